import { corpus } from './bench/engine';
import { RULES } from '@/lib/rules';
import { Lexicon } from '@/lib/rules/lexicon';
import { SHARED_PHRASES } from '@/lib/rules/signals';
import { stripEmail } from '@/lib/rules/strip';
import { words } from '@/lib/rules/text';
const { short } = corpus();
const lex = new Lexicon(Object.assign({}, SHARED_PHRASES, ...RULES.map(r => r.phrases ?? {})));
const empty = new Lexicon({});
function t(name: string, fn: (s: string, i: number) => unknown) {
  for (let r = 0; r < 40; r++) short.forEach(fn);
  const st = performance.now();
  for (let r = 0; r < 40; r++) short.forEach(fn);
  console.log(name.padEnd(12), ((performance.now() - st) / (40 * short.length) * 1000).toFixed(2), 'µs');
}
const bodies = short.map(s => stripEmail(s).body);
const ws = bodies.map(b => words(b));
const m = new Map<string, number>(); for (const w of ws.flatMap(x=>x.lower)) m.set(w, 1);
for (let k=0;k<3;k++){
t('scan', (s, i) => lex.scan(bodies[i], ws[i]));
t('scanEmpty', (s, i) => empty.scan(bodies[i], ws[i]));
t('words', (s, i) => words(bodies[i]));
t('mapOnly', (s, i) => { let n = 0; for (const w of ws[i].lower) if (m.get(w) !== undefined) n++; return n; });
}
