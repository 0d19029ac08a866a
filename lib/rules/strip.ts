/**
 * What of a draft the rules read. An email is checked without its signature
 * and quoted reply trail (rulebook.md, "Modes"): a rep is judged on what they
 * wrote now, not on the thread below it. The greeting ("Hi Anna,") is not
 * part of the opening the purpose rule reads.
 *
 * Reps write from mail apps in many languages, so the sign-offs, Gmail's
 * "On … wrote:" line, Outlook's "From:/Sent:/To:" block and the phone
 * footers are recognised in the languages those apps come in (seen 2026-03
 * in Gmail's and Outlook's own language settings).
 *
 * We do not use `email-reply-parser` here although it knows the English
 * patterns: it imports Node's `module` at load, which throws in the
 * sidebar's browser bundle (seen 2026-03, v2.3.9: "createRequire is not a
 * function"), and it trims and rejoins lines, so its output cannot be mapped
 * back to offsets in the draft. strip.test.ts checks that both agree on
 * typical English emails.
 */
import { isSpace } from './text';
import type { Span } from './types';

// ------------------------------------------------------------- reply headers

/**
 * The verb that ends Gmail's reply header, in the languages Gmail's UI comes
 * in: "On … wrote:", "Le … a écrit :", "El … escribió:", "Am … schrieb …:",
 * "Il … ha scritto:", "Op … schreef …:", "W dniu … napisał(a):", "Den … skrev
 * …:", "Em … escreveu:", "… kirjoitti:", "… napsal(a):", "… написав:", "…
 * 写道：", "… şunu yazdı:", "… ezt írta …:".
 */
const WROTE =
  /(?:(?<![\p{L}\p{N}])(?:wrote|a écrit|escribió|schrieb|ha scritto|schreef|napisała?|napisał\(a\)|skrev|escreveu|kirjoitti|napsala?|napsal\(a\)|написав|написала|написал|пише|пишет|yazdı|írta|scrie|γράφει)(?![\p{L}\p{N}])|写道)[^\n:：]{0,60}[:：]\s*$/iu;
/** An address in a header: "<zoe@acme.io>", "(zoe@acme.io)", or bare. */
const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
/** A reply header without a verb (Russian, Japanese Gmail): a date, an address, a final colon. */
const DATED_ADDRESS_HEADER =
  /\d.{0,200}[<(（]?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+[>)）]?\s*[:：]\s*$/u;

/** "----- Original Message -----", "-------- Message d'origine --------", "---------- Forwarded message ---------". */
const DASHED_SEPARATOR = /^\s*[-_=]{2,}\s*\p{L}[^\n]{1,60}?\s*[-_=]{2,}\s*$/u;
/** Apple Mail's and others' forward lines, localised. */
const FORWARD_LINE =
  /^\s*(?:Begin forwarded message|Début du message réexpédié|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado|Inizio messaggio inoltrato|Begin doorgestuurd bericht|Início da mensagem reencaminhada|Vidarebefordrat meddelande|Videresendt besked|Początek przekazywanej wiadomości)\s*[:：]\s*$/iu;

/** Outlook's header block: "From:" then "Sent:"/"Date:"/"To:" lines, in Outlook's languages. */
const FROM_FIELD =
  /^\s*\*?\s*(?:From|De|Van|Da|Von|Od|Fra|Från|Lähettäjä|От|Від|Kimden|Feladó|Ο χρήστης|Ab|发件人|寄件者|差出人|보낸 사람|Expéditeur|Remitente|Mittente|Afzender|Nadawca|Avsändare|Afsender|Avsender)\s*\*?\s*[:：]/iu;
const HEADER_FIELD =
  /^\s*\*?\s*(?:Sent|Date|To|Subject|Cc|Envoyé(?: le)?|Date d'envoi|À|Objet|Verzonden|Datum|Aan|Onderwerp|Inviato|Data|A|Oggetto|Gesendet|An|Betreff|Enviado(?: el)?|Enviada(?: em)?|Fecha|Para|Asunto|Assunto|Wysłano|Wysłane|Data|Do|Temat|Sendt|Til|Emne|Skickat|Till|Ämne|Lähetetty|Vastaanottaja|Aihe|Отправлено|Дата|Кому|Тема|Надіслано|Gönderildi|Tarih|Kime|Konu|Elküldve|Címzett|Tárgy|发送时间|日期|收件人|主题|寄件日期|收件者|主旨|送信日時|宛先|件名|날짜|받는 사람|제목)\s*\*?\s*[:：]/iu;

// ---------------------------------------------------------------- signatures

/** "-- " is the standard signature delimiter; "--" and "__" are how people type it. */
const SIGNATURE_DELIMITER = /^(?:--|__+)\s*$/;
/**
 * Phone footers: "Sent from my iPhone", "Get Outlook for iOS", "Von meinem
 * iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi Android"… Only
 * as a footer (see {@link isFooter}): "Sent from our Austin office, …" is prose.
 */
const DEVICE_FOOTER =
  /^\s*(?:(?:Sent|Envoyé|Enviado|Enviada|Inviato|Verzonden|Verstuurd|Skickat|Sendt|Wysłane|Lähetetty|Отправлено|Надіслано|Gesendet|Von meinem)(?![\p{L}\p{N}]).{0,40}\b(?:iPhone|iPad|Android|Galaxy|Samsung|Pixel|BlackBerry|mobile|móvil|cellulare|Handy|telefon|smartphone|Outlook|Mail|Gmail|Yahoo|Proton|device|appareil|dispositivo)\b.{0,30}|Get Outlook for \S+|Holen Sie sich Outlook für \S+|Obtenir Outlook pour \S+|Obtener Outlook para \S+)\s*$/iu;

/**
 * A line that is only a sign-off, optionally with the rep's name: "Best,",
 * "Thanks, Zoë", "Viele Grüße", "Cordialement", "Un saludo", "Met
 * vriendelijke groet", "Med venlig hilsen", "Pozdrawiam", "Cordiali saluti"…
 */
const SIGN_OFF = new RegExp(
  `^\\s*(?:${[
    // English
    'best(?: regards| wishes)?',
    'all (?:the )?best',
    'kind(?:est)? regards',
    'warm(?:est)? (?:regards|wishes)',
    'regards',
    'rgds',
    'br',
    'kr',
    'many thanks',
    'thanks(?: again| so much| a lot| much| in advance| very much)?',
    'thank you(?: so much| again| very much| in advance)?',
    'thx',
    'ty',
    'ta',
    'cheers',
    'sincerely(?: yours)?',
    'yours(?: sincerely| truly| faithfully)?',
    'talk soon',
    'speak soon',
    'chat soon',
    'more soon',
    'warmly',
    'with thanks',
    'with gratitude',
    'respectfully',
    'take care',
    'be well',
    'stay safe',
    'onwards',
    'have a (?:great|good|nice|lovely) (?:day|week|weekend|one)',
    'looking forward',
    // German
    '(?:viele|beste|liebe|herzliche|freundliche|schöne|sonnige) grüße',
    'mit (?:den )?(?:besten|freundlichen|herzlichen|lieben) grüßen',
    'grüße',
    'gruß',
    'lg',
    'vg',
    'mfg',
    'danke(?: schön| sehr)?',
    'vielen dank',
    'bis bald',
    // French
    'cordialement',
    'bien cordialement',
    'bien à (?:vous|toi)',
    'bonne (?:journée|soirée|fin de journée|semaine)',
    'merci(?: beaucoup| encore| d.avance)?',
    '(?:sincères |meilleures )?salutations',
    'amicalement',
    'bises',
    'à bientôt',
    'belle journée',
    // Spanish
    '(?:un )?(?:cordial )?saludos?(?: cordiales)?',
    'atentamente',
    'un abrazo',
    'abrazos',
    '(?:muchas )?gracias',
    'cordialmente',
    'hasta pronto',
    // Portuguese
    'atenciosamente',
    '(?:com os )?(?:melhores )?cumprimentos',
    '(?:um )?abraço',
    'abs',
    'obrigad[oa]',
    'saudações',
    'att',
    // Italian
    '(?:cordiali|distinti) saluti',
    'saluti',
    'un (?:caro )?saluto',
    'grazie(?: mille)?',
    'buona giornata',
    'a presto',
    // Dutch
    '(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?',
    'groet(?:en|jes)?',
    'mvg',
    'bedankt',
    'dank (?:je|u)(?: wel)?',
    // Danish, Norwegian, Swedish
    'med venlig hilsen',
    'venlig hilsen',
    'med vennlig hilsen',
    'vennlig hilsen',
    'med vänliga? hälsningar?',
    'vänliga? hälsningar?',
    'bästa hälsningar',
    '(?:de )?bedste hilsner',
    'hilsen',
    'hälsningar',
    'mvh',
    'tak',
    'takk',
    'tack',
    'mange tak',
    // Polish, Czech
    'pozdrawiam(?: serdecznie)?',
    'serdecznie pozdrawiam',
    'z poważaniem',
    'z wyrazami szacunku',
    'pozdrowienia',
    'dziękuję',
    's pozdravem',
    'děkuji',
    // Finnish, Hungarian, Romanian, Turkish, Greek
    'ystävällisin terveisin',
    'terveisin',
    'kiitos',
    'üdvözlettel',
    'tisztelettel',
    'cu stimă',
    'mulțumesc',
    'saygılarımla',
    'teşekkürler',
    'με εκτίμηση',
    'ευχαριστώ',
    // Russian, Ukrainian
    'с уважением',
    'з повагою',
    'спасибо',
    'дякую',
    'всего доброго',
    // Japanese, Chinese
    'よろしくお願いします',
    'よろしくお願いいたします',
    '宜しくお願いいたします',
    '此致',
    '祝好',
    '谢谢',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** What may follow a sign-off on its line: punctuation and up to four capitalised name words. */
const SIGN_OFF_REST =
  /^[\s,.!—–-]*(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})?[\s!.]*$/u;
/** "-Marta", "— Marta K.", "~Sam": a dash and a name, alone on a line. */
const DASH_NAME = /^\s*[-–—~]\s?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}\s*$/u;
/** A bare name line closing the message: "Marta", "Marta Kowalska". */
const NAME_ONLY = /^\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}\.?\s*$/u;
/** A postscript after the signature is still the rep's message. */
const POSTSCRIPT = /^\s*P\.?\s?S\.?(?:[\s:,-]|$)/i;
const QUOTED_LINE = /^\s*>/;
/** A bullet line: "- fewer missed renewals", "• one dashboard". */
const BULLET = /^\s*(?:[-*•–—]\s|\d{1,2}[.)]\s)/;
/** A line of a signature block: short, no sentence inside it. */
const SIGNATURE_LINE_MAX = 70;

export interface Stripped {
  /**
   * The text the rules read: the draft with its signature, quoted lines and
   * reply trail blanked out by spaces (line breaks kept), so every offset in
   * it is an offset in the draft. It may be shorter than the draft, never longer.
   */
  body: string;
  /** The quoted or forwarded text below (or between) the rep's lines: what they reply to. */
  quoted: string;
  /** Where the sign-off or signature starts (the text's length when there is none). */
  signOff: number;
}

interface Line {
  start: number;
  /** Offset of the line break (or the text's end). */
  end: number;
  text: string;
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const t = text.slice(start, nl);
    out.push({ start, end: nl, text: t, blank: t.trim() === '' });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return out;
}

/** Blanks the signature and quoted reply trail of an email draft, keeping offsets. */
export function stripEmail(text: string): Stripped {
  const lines = splitLines(text);
  const masked = new Array<boolean>(lines.length).fill(false);
  let cut = lines.length;
  let bodySeen = false;
  let inSignature = false;
  let signOff = -1;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      if (inSignature) masked[i] = true;
      continue;
    }
    const t = line.text;
    const header = trailHeader(lines, i);
    if (header > 0) {
      if (isInlineReply(lines, i + header)) {
        // The rep answers between the quoted lines: keep their lines, drop the header and quotes.
        for (let k = i; k < i + header; k++) masked[k] = true;
        i += header - 1;
        inSignature = false;
        continue;
      }
      cut = i;
      break;
    }
    if (QUOTED_LINE.test(t)) {
      masked[i] = true;
      inSignature = false;
      continue;
    }
    if (bodySeen && SIGNATURE_DELIMITER.test(t)) {
      if (signOff < 0) signOff = line.start;
      // Everything after "-- " is signature, unless the rep answers further down inline.
      const resume = nextQuoted(lines, i + 1);
      for (let k = i; k < resume; k++) masked[k] = true;
      if (resume >= lines.length) {
        cut = i;
        break;
      }
      i = resume - 1;
      continue;
    }
    if (inSignature) {
      if (POSTSCRIPT.test(t)) {
        inSignature = false;
        continue;
      }
      masked[i] = true;
      continue;
    }
    if (isFooter(lines, i)) {
      if (signOff < 0) signOff = line.start;
      masked[i] = true;
      inSignature = true;
      continue;
    }
    if (bodySeen && (isSignOff(t) || isDashSignature(lines, i) || isClosingName(lines, i))) {
      if (signOff < 0) signOff = line.start;
      masked[i] = true;
      inSignature = true;
      continue;
    }
    bodySeen = true;
  }

  const end = cut < lines.length ? lines[cut].start : text.length;
  const parts: string[] = [];
  const quotedParts: string[] = [];
  let at = 0;
  for (let i = 0; i < cut; i++) {
    if (!masked[i]) continue;
    const { start, end: lineEnd } = lines[i];
    if (QUOTED_LINE.test(lines[i].text)) quotedParts.push(lines[i].text);
    parts.push(text.slice(at, start), ' '.repeat(lineEnd - start));
    at = lineEnd;
  }
  parts.push(text.slice(at, end));
  if (cut < lines.length) quotedParts.push(text.slice(end));
  const body = parts.join('');
  return { body, quoted: quotedParts.join('\n'), signOff: signOff < 0 ? body.length : signOff };
}

/**
 * How many lines the reply or forward header starting at line `i` takes
 * (0 when it is not one): Gmail's "On … wrote:" (one or two lines), a
 * dashed "Original Message" line, a forward line, or Outlook's "From:"
 * block with at least one more header field in the next lines.
 */
function trailHeader(lines: readonly Line[], i: number): number {
  const t = lines[i].text;
  if (t.length > 400) return 0;
  if (DASHED_SEPARATOR.test(t) || FORWARD_LINE.test(t)) return 1;
  if (isReplyHeader(t)) return 1;
  const next = i + 1 < lines.length ? lines[i + 1].text : '';
  // Gmail wraps a long header over two lines.
  if (next !== '' && t.length < 300 && next.length < 300 && isReplyHeader(`${t} ${next}`)) {
    return WROTE.test(t) || DATED_ADDRESS_HEADER.test(t) ? 1 : 2;
  }
  if (FROM_FIELD.test(t)) {
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      if (HEADER_FIELD.test(lines[k].text)) {
        let last = k;
        while (last + 1 < lines.length && HEADER_FIELD.test(lines[last + 1].text)) last++;
        return last - i + 1;
      }
      if (lines[k].blank) break;
    }
  }
  return 0;
}

function isReplyHeader(t: string): boolean {
  if (WROTE.test(t)) {
    // "I wrote:" in a sentence is prose; a header holds a date, a time or an address.
    return /\d/.test(t) || ADDRESS.test(t);
  }
  return DATED_ADDRESS_HEADER.test(t) && ADDRESS.test(t);
}

/**
 * After a reply header: do the rep's own lines come between or after the
 * quoted lines? Then they answered inline, and those lines are the message.
 */
function isInlineReply(lines: readonly Line[], from: number): boolean {
  let quotes = 0;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank) continue;
    if (QUOTED_LINE.test(l.text)) {
      quotes++;
      continue;
    }
    // Unquoted text before any quote is the original message pasted under the header.
    if (quotes === 0) return false;
    return !isSignOff(l.text) && !SIGNATURE_DELIMITER.test(l.text) && !isFooter(lines, k);
  }
  return false;
}

/** The next quoted line after `from` that has the rep's unquoted text after it, or lines.length. */
function nextQuoted(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    if (QUOTED_LINE.test(lines[k].text) && isInlineReply(lines, k)) return k;
  }
  return lines.length;
}

/** Between two sign-offs on one line: "Grazie e a presto", "Thanks and best regards". */
const SIGN_OFF_JOIN = /^\s*(?:,|and|e|y|und|et|en|og|och|i|&|\+)\s*/iu;

function isSignOff(line: string): boolean {
  // A sign-off line is short; the length cap also keeps the regexes linear.
  if (line.length > 80) return false;
  const m = SIGN_OFF.exec(line);
  if (m === null) return false;
  const rest = line.slice(m[0].length);
  if (SIGN_OFF_REST.test(rest)) return true;
  const join = SIGN_OFF_JOIN.exec(rest);
  if (join === null) return false;
  const second = SIGN_OFF.exec(rest.slice(join[0].length));
  return second !== null && SIGN_OFF_REST.test(rest.slice(join[0].length + second[0].length));
}

/** The rest of the message after line `i`: only blank lines, quotes or more signature lines. */
function onlySignatureAfter(lines: readonly Line[], i: number, maxLines = 6): boolean {
  let count = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank) continue;
    if (QUOTED_LINE.test(l.text) || trailHeader(lines, k) > 0) return true;
    if (POSTSCRIPT.test(l.text)) return true;
    if (BULLET.test(l.text) || l.text.trim().length > SIGNATURE_LINE_MAX) return false;
    if (++count > maxLines) return false;
  }
  return true;
}

/** A phone footer: the device line, as the message's last line (signature or trail may follow). */
function isFooter(lines: readonly Line[], i: number): boolean {
  const t = lines[i].text;
  return t.length <= 80 && DEVICE_FOOTER.test(t) && onlySignatureAfter(lines, i, 3);
}

/** "-Marta" closing the message (not a bullet in a list of bullets). */
function isDashSignature(lines: readonly Line[], i: number): boolean {
  if (!DASH_NAME.test(lines[i].text)) return false;
  for (let k = i - 1; k >= 0; k--) {
    if (lines[k].blank) continue;
    if (BULLET.test(lines[k].text)) return false;
    break;
  }
  return onlySignatureAfter(lines, i, 4);
}

/** A bare name after a blank line, closing the message: "Marta", then maybe a title and a phone. */
function isClosingName(lines: readonly Line[], i: number): boolean {
  if (i === 0 || !lines[i - 1].blank || !NAME_ONLY.test(lines[i].text)) return false;
  return onlySignatureAfter(lines, i, 4);
}

// ------------------------------------------------------------------ greeting

/** "Hi", "Dear", "Good morning"… opening the first line. */
const GREETING_WORD =
  /(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|hallo|hej|hola|bonjour|ciao|salut|yo)(?![\p{L}\p{N}\p{M}])/iuy;
/** A bare name line: "Anna,", "Zoë Łukasiewicz —", "Ana, Raj —", "Ana and Raj,". */
const NAME_LINE =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}(?:[ \t]*(?:,|and|&)[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}){0,4}[ \t]*[,!—–]$/u;
/** Words after "Hey" that still belong to the greeting. */
const GREETING_FILLERS = new Set([
  'there',
  'team',
  'all',
  'everyone',
  'folks',
  'guys',
  'both',
  'and',
  '&',
  'you',
  'two',
  'three',
]);
const GREETING_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st']);
/** Capitalised words that start the message, not a name: "Hi This is Zoë", "Hey I saw…". */
const NOT_A_NAME = new Set(
  (
    "i i'm i’m i've i'd i'll this it's it’s its my we we're our just quick hope thanks thank how " +
    'what are do did can could would will please your you sorry following congrats congratulations ' +
    'great loved saw so the a'
  ).split(' '),
);
/** One word after the greeting word: a name, a title, "there". */
const NAME_WORD = /[ \t]+([\p{L}\p{M}&][\p{L}\p{M}'’.-]*)/uy;
/** More names after the first one: ", Raj and Lee,", " & Raj —". */
const MORE_NAMES =
  /(?:[ \t]*(?:,|and\b|&)[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})+[ \t]*[,!:—–-]/uy;
const CLOSING_MARKS = new Set([',', '!', ':', '—', '–', '-', '?', '.']);
const MAX_NAME_WORDS = 7;

/**
 * The greeting opening `s` at or after `from` ("Hi Anna,", "Hey there —",
 * "Dear Dr. Müller,", "Hi Ana and Raj,", "Hey Ana, Raj and Lee,", "Hi
 * Oluwaseun 👋"), or null. Only the first non-blank line can hold one: a
 * greeting word, the names, and the mark (or emoji) after them.
 */
export function findGreeting(s: string, from = 0): Span | null {
  let ls = from;
  while (ls < s.length && isSpace(s.charCodeAt(ls))) ls++;
  if (ls >= s.length) return null;
  let le = s.indexOf('\n', ls);
  if (le < 0) le = s.length;
  while (le > ls && isSpace(s.charCodeAt(le - 1))) le--;

  GREETING_WORD.lastIndex = ls;
  if (GREETING_WORD.test(s) && GREETING_WORD.lastIndex <= le) {
    let end = GREETING_WORD.lastIndex;
    for (let k = 0; k < MAX_NAME_WORDS; k++) {
      NAME_WORD.lastIndex = end;
      const m = NAME_WORD.exec(s);
      if (m === null || NAME_WORD.lastIndex > le) break;
      const word = m[1];
      const lower = word.toLowerCase();
      const capital = word[0] !== lower[0];
      if (capital ? NOT_A_NAME.has(lower) : !GREETING_FILLERS.has(lower)) break;
      if (word.endsWith('.') && !GREETING_TITLES.has(lower.slice(0, -1))) {
        // "Hi Anna." ends the greeting with its full stop.
        return { start: ls, end: NAME_WORD.lastIndex };
      }
      end = NAME_WORD.lastIndex;
    }
    // The mark after the name ("," "!" " —"), or an emoji or two.
    let p = end;
    while (p < le && (s[p] === ' ' || s[p] === '\t')) p++;
    if (p < le && CLOSING_MARKS.has(s[p])) {
      // "Hey Ana, Raj and Lee," — the names go on after the first comma.
      MORE_NAMES.lastIndex = end;
      if (MORE_NAMES.test(s) && MORE_NAMES.lastIndex <= le) {
        const tail = s.slice(end, MORE_NAMES.lastIndex);
        const atLineEnd = s.slice(MORE_NAMES.lastIndex, le).trim() === '';
        if (atLineEnd || /\band\b|&/.test(tail)) p = MORE_NAMES.lastIndex - 1;
      }
      p++;
      while (p < le && (s[p] === '-' || s[p] === '—')) p++;
      return { start: ls, end: p };
    }
    let q = p;
    while (q < le && q < p + 6 && !isSpace(s.charCodeAt(q)) && !/[\p{L}\p{N}]/u.test(s[q])) q++;
    return { start: ls, end: q > p ? q : end };
  }
  if (le - ls <= 60 && NAME_LINE.test(s.slice(ls, le))) return { start: ls, end: le };
  return null;
}
