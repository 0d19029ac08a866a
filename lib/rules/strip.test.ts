import EmailReplyParser from 'email-reply-parser';
import { describe, expect, it } from 'vitest';
import { findGreeting, stripEmail } from './strip';

/** The words the rules get to read. */
function kept(text: string): string {
  return stripEmail(text).body.split(/\s+/).filter(Boolean).join(' ');
}

describe('email signature and reply trail are not checked', () => {
  it.each([
    [
      'a "-- " signature',
      'Worth 15 minutes on Tuesday?\n\n-- \nMarta Kowalska\nAcme | +48 555 010 200',
    ],
    [
      '"Best," and a name',
      'Worth 15 minutes on Tuesday?\n\nBest,\nMarta Kowalska\nAccount Executive',
    ],
    [
      '"Thanks!" and "Sent from my iPhone"',
      'Worth 15 minutes on Tuesday?\n\nThanks!\nJonas\n\nSent from my iPhone',
    ],
    ['"Cheers, Sam" on one line', 'Worth 15 minutes on Tuesday?\n\nCheers, Sam'],
    [
      '"Kind regards," and a title',
      'Worth 15 minutes on Tuesday?\n\nKind regards,\nDr. Jonas Weber\nHead of Sales',
    ],
    [
      'a Gmail "On … wrote:" trail',
      'Worth 15 minutes on Tuesday?\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <zoe@example.pl> wrote:\n> Can you send the summary?',
    ],
    [
      'a "wrote:" header wrapped over two lines',
      'Worth 15 minutes on Tuesday?\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <\nzoe@example.pl> wrote:\n> Can you send it?',
    ],
    [
      'an Outlook "-----Original Message-----"',
      'Worth 15 minutes on Tuesday?\n\n-----Original Message-----\nFrom: Anna Berg\nSent: Monday, March 2, 2026 5:40 PM\nSubject: pricing\n\nCan you send pricing?',
    ],
    [
      'a forwarded message',
      'Worth 15 minutes on Tuesday?\n\n---------- Forwarded message ---------\nFrom: Anna Berg <anna@example.com>\nDate: Mon, 2 Mar 2026\n\nHi all, see below.',
    ],
    [
      'an Outlook "From:/Sent:" header',
      'Worth 15 minutes on Tuesday?\n\nFrom: Anna Berg <anna@example.com>\nSent: Monday, 2 March 2026 17:40\nTo: Marta\n\nCan you send pricing?',
    ],
    ['"> " quoted lines', '> Can you send pricing?\n> Anna\n\nWorth 15 minutes on Tuesday?'],
  ])('strips %s', (_name, text) => {
    expect(kept(text)).toBe('Worth 15 minutes on Tuesday?');
  });

  it.each([
    ['German', 'Viele Grüße\nMarta Kowalska'],
    ['German, formal', 'Mit freundlichen Grüßen\nDr. Jonas Weber'],
    ['French', 'Bien cordialement,\nHugo Martin'],
    ['Spanish', 'Un saludo,\nPaul'],
    ['Dutch', 'Met vriendelijke groet,\nSara Lindqvist'],
    ['Danish', 'Med venlig hilsen\nSofia Marin'],
    ['Swedish', 'Med vänliga hälsningar,\nIngrid Solberg'],
    ['Italian, two joined', 'Grazie e a presto,\nOwen'],
    ['Portuguese', 'Com os melhores cumprimentos,\nHanne'],
    ['Polish', 'Pozdrawiam,\nAnna Berg'],
    ['Finnish', 'Ystävällisin terveisin\nMatti'],
    ['a dash signature', '-Marta'],
    ['a dash signature with a title', '— Marta K.\nAccount Executive, Acme'],
    ['a bare name and title block', 'Marta Kowalska\nAccount Executive | Acme\n+48 555 010 200'],
  ])('strips a %s sign-off', (_name, signOff) => {
    expect(kept(`Worth 15 minutes on Tuesday?\n\n${signOff}`)).toBe('Worth 15 minutes on Tuesday?');
  });

  it.each([
    ['French Gmail', 'Le mar. 3 mars 2026 à 09:14, Claire Dubois <claire@example.fr> a écrit :'],
    ['Spanish Gmail', 'El mar, 3 mar 2026 a las 9:14, Carmen Ruiz (<carmen@example.es>) escribió:'],
    [
      'German Gmail',
      'Am Di., 3. März 2026 um 09:14 Uhr schrieb Rebecca Stein <rebecca@example.de>:',
    ],
    [
      'Italian Gmail',
      'Il giorno mar 3 mar 2026 alle ore 09:14 Giulia Conti <giulia@example.it> ha scritto:',
    ],
    ['Dutch Gmail', 'Op di 3 mrt 2026 om 09:14 schreef Pieter Jansen <pieter@example.nl>:'],
    ['Polish Gmail', 'W dniu wt., 3.03.2026 o 09:14 Anna Nowak <anna@example.pl> napisał(a):'],
    ['Swedish Gmail', 'Den tis 3 mars 2026 kl 09:14 skrev Ingrid Solberg <ingrid@example.se>:'],
    [
      'Portuguese Gmail',
      'Em ter., 3 de mar. de 2026 às 09:14, João Silva <joao@example.pt> escreveu:',
    ],
    ['Ukrainian Gmail', 'вт, 3 бер. 2026 р. о 09:14 Олена <olena@example.ua> написав:'],
    ['Chinese Gmail', '王丽 <li.wang@example.cn> 于2026年3月3日周二 09:14写道：'],
    ['Russian Gmail (no verb)', 'вт, 3 мар. 2026 г. в 09:14, Ольга <olga@example.ru>:'],
    [
      'a German header wrapped over two lines',
      'Am Di., 3. März 2026 um 09:14 Uhr schrieb Rebecca Stein <\nrebecca@example.de>:',
    ],
  ])('strips a %s reply trail', (_name, header) => {
    expect(
      kept(`Worth 15 minutes on Tuesday?\n\n${header}\n> Can you send pricing?\n> Thanks`),
    ).toBe('Worth 15 minutes on Tuesday?');
  });

  it.each([
    [
      'French',
      'De : Claire Dubois <claire@example.fr>\nEnvoyé : mardi 3 mars 2026 09:14\nÀ : Hugo Martin\nObjet : tarifs',
    ],
    [
      'Dutch',
      'Van: Pieter de Vries <pieter@example.nl>\nVerzonden: dinsdag 3 maart 2026 09:14\nAan: Sara\nOnderwerp: RE: the rollout',
    ],
    [
      'Italian',
      'Da: Giulia Conti <giulia@example.it>\nInviato: martedì 3 marzo 2026 09:14\nA: Owen Price\nOggetto: R: volunteer app',
    ],
    [
      'German',
      'Von: Tom Becker <tom@example.de>\nGesendet: Dienstag, 3. März 2026 09:14\nAn: Ana Ruiz\nBetreff: Angebot',
    ],
    [
      'Chinese',
      '发件人: 王丽 <li.wang@example.cn>\n发送时间: 2026年3月3日 9:14\n收件人: Ethan Brooks\n主题: 回复: supplier onboarding',
    ],
    [
      'Spanish',
      'De: Carmen Ruiz <carmen@example.es>\nEnviado el: martes, 3 de marzo de 2026 9:14\nPara: Paul\nAsunto: formularios',
    ],
  ])('strips a %s Outlook header and the message under it', (_name, header) => {
    expect(
      kept(
        `Worth 15 minutes on Tuesday?\n\n${header}\n\nWe leverage robust synergy. Only 3 spots left!`,
      ),
    ).toBe('Worth 15 minutes on Tuesday?');
  });

  it('keeps the answers a rep types between quoted blocks', () => {
    const text = `Hi Rebecca,

Answers inline below.

On Tue, 3 Mar 2026 at 09:14, Rebecca Stein <rebecca@example.de> wrote:
> 1. Does it work with Word?
Yes, your associates review in Word as they do today.

> 2. How long is setup?
About a day.

Felix`;
    expect(kept(text)).toBe(
      'Hi Rebecca, Answers inline below. Yes, your associates review in Word as they do today. About a day.',
    );
  });

  it('keeps a sentence that starts "Sent from" in the middle of the message', () => {
    const text =
      'Sent from our Austin office, the samples should reach your team by Friday.\n\nWorth a look?';
    expect(kept(text)).toBe(
      'Sent from our Austin office, the samples should reach your team by Friday. Worth a look?',
    );
  });

  it.each([
    'Sent from my iPhone',
    'Von meinem iPhone gesendet',
    'Envoyé de mon iPhone',
    'Enviado desde mi Android',
    'Get Outlook for iOS',
  ])('strips the phone footer %j at the end', (footer) => {
    expect(kept(`Worth 15 minutes on Tuesday?\n\n${footer}`)).toBe('Worth 15 minutes on Tuesday?');
  });

  it('keeps a bullet list of capitalised items: they are not a dash signature', () => {
    const text = 'What changes for your team:\n- Salesforce stays\n- Gong stays\n\nWorth a look?';
    expect(kept(text)).toBe(
      'What changes for your team: - Salesforce stays - Gong stays Worth a look?',
    );
  });

  it('keeps a P.S. after the signature: the rep wrote it now', () => {
    expect(kept('Worth a call?\n\nBest,\nMarta\n\nP.S. Congrats on the Lisbon office!')).toBe(
      'Worth a call? P.S. Congrats on the Lisbon office!',
    );
  });

  it('keeps a sentence that starts like a sign-off', () => {
    expect(kept('Thanks for the intro, Anna.\nBest of luck with the launch!')).toBe(
      'Thanks for the intro, Anna. Best of luck with the launch!',
    );
  });

  it('keeps every offset: what is kept is where it was, the rest is blank', () => {
    const text =
      'Hi Anna,\r\n\r\nWorth 15 minutes? 🙂\r\n\r\nBest,\r\nZoë\r\n\r\nOn Mon, Anna wrote:\r\n> Hi';
    const { body } = stripEmail(text);
    expect(body.length).toBeLessThanOrEqual(text.length);
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== text[i]) expect(body[i]).toBe(' ');
    }
    expect(body.indexOf('Worth')).toBe(text.indexOf('Worth'));
  });

  it('agrees with email-reply-parser on what the reply is', () => {
    const samples = [
      'Hi Anna,\n\nWorth 15 minutes on Tuesday?\n\n-- \nMarta Kowalska\nAcme',
      'Hi Zoë,\n\nHere is the summary.\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <zoe@example.pl> wrote:\n> Can you send the summary?\n> Zoë',
      'Hi Zoë,\n\nHere is the summary.\n\nOn Tue, 3 Mar 2026 at 09:14, Zoë Łukasiewicz <\nzoe@example.pl> wrote:\n> Can you send it?',
      'Thanks, that helps.\n\nSent from my iPhone',
      'See below.\n\n-----Original Message-----\nFrom: Anna Berg\nSent: Monday\nTo: Marta\n\nCan you send pricing?',
      'Sounds good.\n\nCheers,\nSam',
    ];
    for (const text of samples) {
      const theirs = new EmailReplyParser().parseReply(text).split(/\s+/).filter(Boolean).join(' ');
      expect(kept(text)).toBe(theirs);
    }
  });
});

describe('the greeting is not part of the opening', () => {
  it.each([
    ['Hi Anna,\n\nYour team…', 'Hi Anna,'],
    ['Hey there — quick one about your team.', 'Hey there —'],
    ['Dear Dr. Müller,\nYour clinic…', 'Dear Dr. Müller,'],
    ['Hello Zoë Łukasiewicz!\nYour team…', 'Hello Zoë Łukasiewicz!'],
    ['Good morning Anna, your team…', 'Good morning Anna,'],
    ['Hi, this is Zoë from Acme.', 'Hi,'],
    ['Hi Oluwaseun 👋 we helped two teams…', 'Hi Oluwaseun 👋'],
    ['Hi Anna. Your team…', 'Hi Anna.'],
    ['Hi team - your renewal…', 'Hi team -'],
    ['Anna,\n\nYour team…', 'Anna,'],
    ['Hi Anna\nYour team…', 'Hi Anna'],
    ['Hi Ana and Raj,\n\nYour depots…', 'Hi Ana and Raj,'],
    ['Hey Ana, Raj and Lee,\nYour clinics…', 'Hey Ana, Raj and Lee,'],
    ['Hello team,\n\nAs promised…', 'Hello team,'],
    ['Hi Dr. Ana Ruiz and Prof. Raj Patel,\nYour lab…', 'Hi Dr. Ana Ruiz and Prof. Raj Patel,'],
    ['Ana, Raj —\nYour team…', 'Ana, Raj —'],
  ])('finds the greeting in %j', (text, greeting) => {
    const g = findGreeting(text);
    expect(g).not.toBeNull();
    expect(text.slice(g?.start, g?.end)).toBe(greeting);
  });

  it.each([
    'Your team posted six openings.',
    'Hiring six SDRs is a lot.',
    'Highlights from your Q3 launch.',
    '',
  ])('finds no greeting in %j', (text) => {
    expect(findGreeting(text)).toBeNull();
  });
});
