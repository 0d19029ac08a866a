import { corpus } from './bench/engine';
import { stripEmail } from '@/lib/rules/strip';
import { words, sentences } from '@/lib/rules/text';
const { short } = corpus();
const bodies = short.map(s => stripEmail(s).body);
const flat = bodies.map(b => (' ' + b).slice(1)).map(b => { b.charCodeAt(0); return b; });
function t(name: string, fn: (s: string, i: number) => unknown) {
  for (let r = 0; r < 50; r++) short.forEach(fn);
  const st = performance.now();
  for (let r = 0; r < 50; r++) short.forEach(fn);
  console.log(name.padEnd(12), ((performance.now() - st) / (50 * short.length) * 1000).toFixed(2), 'µs');
}
console.log('avg len', bodies.reduce((a,b)=>a+b.length,0)/bodies.length);
t('words', (s, i) => words(bodies[i]));
t('wordsFlat', (s, i) => words(flat[i]));
const ws = flat.map(b => words(b));
t('sentences', (s, i) => sentences(flat[i], 0, ws[i]));
t('lowerAll', (s,i) => flat[i].toLowerCase());
