import { corpus } from './bench/engine';
import { RULES, checkDraft } from '@/lib/rules';
import { prepareDraft } from '@/lib/rules/draft';
import { Lexicon } from '@/lib/rules/lexicon';
import { RuleOptionsSchema } from '@/lib/rules/options';
import { SHARED_PHRASES } from '@/lib/rules/signals';
import { stripEmail, findGreeting } from '@/lib/rules/strip';
import { words, sentences } from '@/lib/rules/text';
const { short } = corpus();
const opts = RuleOptionsSchema.parse({});
const lex = new Lexicon(Object.assign({}, SHARED_PHRASES, ...RULES.map(r => r.phrases ?? {})));
function t(name: string, fn: (s: string, i: number) => unknown) {
  for (let r = 0; r < 40; r++) short.forEach(fn);
  const st = performance.now();
  for (let r = 0; r < 40; r++) short.forEach(fn);
  console.log(name.padEnd(12), ((performance.now() - st) / (40 * short.length) * 1000).toFixed(2), 'µs');
}
const bodies = short.map(s => stripEmail(s).body);
const ws = bodies.map(b => words(b));
t('strip', (s) => stripEmail(s));
t('greeting', (s, i) => findGreeting(bodies[i]));
t('words', (s, i) => words(bodies[i]));
t('sentences', (s, i) => sentences(bodies[i], 0, ws[i]));
t('scan', (s, i) => lex.scan(bodies[i], ws[i]));
t('prepare', (s) => prepareDraft({ mode: 'email', text: s }, opts, lex));
t('full', (s) => checkDraft({ mode: 'email', text: s }));
const drafts = short.map(s => prepareDraft({ mode: 'email', text: s }, opts, lex));
for (const r of RULES) t(r.id, (s, i) => r.check(prepareDraft({ mode: 'email', text: s }, opts, lex)));
