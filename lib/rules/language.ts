/**
 * Is a draft written in English? The rules are written for English
 * (rulebook.md, "The score"): a Spanish discount pitch read as English finds
 * nothing wrong and would score high. So a draft that is not English gets no
 * score, and the report says why.
 *
 * The test counts function words, the short words every sentence of a
 * language is full of, for English and for the languages reps here write in
 * most (Spanish, French, German, Italian, Portuguese, Dutch, the Nordic
 * languages, Polish), leaving out the words those languages share with
 * English ("a", "in", "is", "on", "we", "me", "so", "do", "to", "at", "for").
 * A draft whose words are mostly in another script (Cyrillic, Greek, CJK…)
 * is not English either. n-gram detectors (franc, tinyld, cld) were
 * measured for this and rejected: franc-min takes ~0.35 ms per 150-word
 * email, most of the engine's budget, for a yes/no a word list answers in
 * microseconds.
 */
import type { Words } from './text';

const ENGLISH = new Set(
  (
    "the and you your you're you'll you've you'd yours of with that this are our ours my it it's its " +
    'be been being can would could should have has had not if but or from about just what how when ' +
    "who which there their they them were i'm i've i'd i'll we're we've we'll don't can't won't " +
    "didn't isn't aren't into any some more get got also than then these those here by all out up " +
    'because worth like help thanks thank team week time quick call one new how your our would ' +
    'there where why after before over most very make see saw'
  ).split(' '),
);

const FOREIGN = new Set(
  // Spanish
  (
    'el la los las que del por para con una es tu su nos te mi como más pero muy está estamos ' +
    'hola gracias tenemos puedo podemos usted ustedes nuestro nuestra vuestro equipo semana ' +
    'saludos empresa descuento también sobre ' +
    // French
    'le les des et est vous nous pour qui dans sur avec pas je votre notre ce cette au aux ' +
    'bonjour merci une sont avez pouvons semaine équipe entreprise aussi chez ' +
    // German
    'der das und ist nicht sie ich wir ihr ihre ihnen mit für auf ein eine einen zu von den dem ' +
    'auch wie noch bei oder aber uns unser unsere dass hallo danke sind haben können wochen ' +
    'woche ihrem ihren ihres gerne wenn schon nur mehr sehr unternehmen ' +
    // Italian
    'il gli di che è per non sono della ci ti vi suo nostro vostro anche ciao grazie siamo ' +
    'possiamo questa questo settimana azienda vostra nostra ' +
    // Portuguese
    'os um uma com não seu sua nosso você vocês em na da olá obrigado obrigada somos podemos ' +
    'semana empresa também ' +
    // Dutch
    'het een van ik je jij uw wij niet dat voor ons onze ook maar naar hebben kunnen graag ' +
    'bedankt week bedrijf jullie ' +
    // Danish, Norwegian, Swedish
    'og och det er är jeg jag du vi att til till för med på ikke inte ett som har kan vil vill ' +
    'hej tak tack takk jeres dere ni vores vår våre ' +
    // Polish
    'się nie że jest jak dla od czy pan pani państwa mamy jestem dzień dziękuję dzięki tydzień'
  ).split(' '),
);

/** Below this many words the counts say nothing; such drafts have no score anyway. */
const MIN_WORDS = 6;

/** Latin letters (with accents), for telling scripts apart. */
const LATIN = /[A-Za-z\u00C0-\u024F]/;

export function isEnglish(text: string, w: Words, from = 0): boolean {
  let english = 0;
  let foreign = 0;
  let latin = 0;
  let other = 0;
  let n = 0;
  for (let k = 0; k < w.lower.length; k++) {
    if (w.starts[k] < from) continue;
    const word = w.lower[k];
    n++;
    const c = text.charCodeAt(w.starts[k]);
    if (c >= 48 && c <= 57) continue;
    if (c < 128 || LATIN.test(text[w.starts[k]])) latin++;
    else if (/\p{L}/u.test(text[w.starts[k]])) other++;
    if (ENGLISH.has(word)) english++;
    else if (FOREIGN.has(word)) foreign++;
  }
  if (n < MIN_WORDS) return true;
  if (other > latin) return false;
  return !(foreign >= 3 && foreign > english * 2);
}
