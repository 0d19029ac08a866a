import { corpus } from './bench/engine';
import { wordOffsets } from '@/lib/rules/text';
const { short } = corpus();
const ws = short.map(s => wordOffsets(s));
function t(name: string, fn: (s: string, i: number) => unknown) {
  for (let r=0;r<5;r++) short.forEach(fn);
  const st = performance.now();
  for (let r = 0; r < 20; r++) short.forEach(fn);
  console.log(name.padEnd(12), ((performance.now() - st) / (20 * short.length) * 1000).toFixed(2), 'µs');
}
t('lowerAll', (s) => s.toLowerCase());
t('lowerAll+slice', (s, i) => { const l = s.toLowerCase(); const w = ws[i]; const out = []; for (let k=0;k<w.starts.length;k++) out.push(l.slice(w.starts[k], w.ends[k])); return out; });
t('charloop', (s) => { let n=0; for (let i=0;i<s.length;i++){ const c=s.charCodeAt(i); if (c===32||c===10) n++; } return n; });
