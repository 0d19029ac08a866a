import { corpus } from './bench/engine';
import { wordOffsets, splitSentences } from '@/lib/rules/text';
const { short } = corpus();
const ws = short.map(s => wordOffsets(s));
function t(name: string, fn: (s: string, i: number) => unknown) {
  for (let r=0;r<5;r++) short.forEach(fn);
  const st = performance.now();
  for (let r = 0; r < 20; r++) short.forEach(fn);
  console.log(name.padEnd(12), ((performance.now() - st) / (20 * short.length) * 1000).toFixed(2), 'µs');
}
t('split', (s, i) => splitSentences(s, 0, ws[i].starts, ws[i].ends));
t('lower', (s, i) => { const w = ws[i]; const out = []; for (let k=0;k<w.starts.length;k++) out.push(s.slice(w.starts[k], w.ends[k]).toLowerCase()); return out; });
const m = new Map<string, number>([['you',1],['the',2]]);
const lowers = short.map((s,i)=>{ const w=ws[i]; const out:string[]=[]; for (let k=0;k<w.starts.length;k++) out.push(s.slice(w.starts[k], w.ends[k]).toLowerCase()); return out;});
t('mapget', (s, i) => { let n=0; for (const x of lowers[i]) if (m.get(x)!==undefined) n++; return n; });
