/**
 * What an incoming email is, as far as follow-ups go: a reply from the
 * prospect (the rep owes an answer), an automatic reply (an out-of-office,
 * a vacation notice: nobody answered, the cadence runs on), or a bounce (the
 * address does not work). Read from the sender and the subject only, the
 * same in the Gmail tab (which reads the page) and the background (which
 * checks again before it writes). Mail clients write these subjects in the
 * account's language, so the list covers the languages reps write in; an
 * auto-reply in another language counts as a reply, which is the safe side
 * (the rep looks once more, rather than missing a real answer).
 */
export type InboundKind = 'reply' | 'auto-reply' | 'bounce';

/** Senders of delivery reports ("Mail Delivery Subsystem <mailer-daemon@googlemail.com>"). */
const BOUNCE_LOCAL_PART = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;
const BOUNCE_NAME = /^(mail delivery (subsystem|system)|mail delivery failure)$/i;

/** Subjects of delivery reports, Gmail's first. */
const BOUNCE_SUBJECT = [
  /^delivery status notification \((failure|delay)\)/i,
  /^undeliverable:/i,
  /^undelivered mail returned to sender/i,
  /^mail delivery (failed|failure)/i,
  /^returned mail:/i,
  /^failure notice/i,
  /^(nicht zustellbar|unzustellbar):/i,
  /^non remis\s?:/i,
  /^no se puede entregar:/i,
];

/**
 * Subjects of automatic replies: Outlook's "Automatic reply:" and "Out of
 * Office:" in its UI languages, Exchange's "Autoreply", vacation responders.
 * Anchored at the start (after any "Re:"/"AW:") and followed by a colon,
 * a dash or nothing, so a prospect's own "Re: back from out of office,
 * let's talk" or "Absence management" stays a reply.
 */
const AUTO_REPLY_SUBJECT = new RegExp(
  String.raw`^(?:(?:re|aw|sv|vs|antw|r|rv|tr|wg|fw|fwd)\s?:\s*)*(?:` +
    [
      'automatic reply',
      'auto[- ]?reply',
      'autoreply',
      'auto[- ]?response',
      'out of (the )?office',
      'ooo\\b',
      'vacation reply',
      'abwesenheitsnotiz',
      'automatische antwort',
      'abwesend',
      'r[ée]ponse automatique',
      'absence',
      'absent du bureau',
      'respuesta autom[áa]tica',
      'fuera de la oficina',
      'risposta automatica',
      'fuori sede',
      'automatisch antwoord',
      'afwezig',
      'resposta autom[áa]tica',
      'aus[êe]ncia',
      'autosvar',
      'automatiskt svar',
      'automaattinen vastaus',
      'automatyczna odpowied[źz]',
      'automatick[áa] odpov[ěe]ď',
      'автоматический ответ',
      '自动回复',
      '自動回覆',
      '自動返信',
      '자동 회신',
    ].join('|') +
    // Followed by ":" (Outlook, Exchange), a dash, or nothing: "Absence management" stays a subject.
    String.raw`)\s*(?:[:\-–—]|$)`,
  'iu',
);

/** A delivery system's address or name. */
export function isBounceSender(from: string, name?: string): boolean {
  const local = from.split('@')[0] ?? '';
  return BOUNCE_LOCAL_PART.test(local) || (name !== undefined && BOUNCE_NAME.test(name.trim()));
}

export function inboundKind(msg: {
  from: string;
  fromName?: string;
  subject: string;
}): InboundKind {
  const subject = msg.subject.trim();
  if (isBounceSender(msg.from, msg.fromName)) return 'bounce';
  if (BOUNCE_SUBJECT.some((re) => re.test(subject))) return 'bounce';
  if (AUTO_REPLY_SUBJECT.test(subject)) return 'auto-reply';
  return 'reply';
}
