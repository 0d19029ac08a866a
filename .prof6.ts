import { corpus } from './bench/engine';
import { stripEmail } from '@/lib/rules/strip';
const { short } = corpus();
const flat = short.map(s => stripEmail(s).body);
function t(name: string, fn: (s: string) => unknown) {
  for (let r = 0; r < 50; r++) flat.forEach(fn);
  const st = performance.now();
  for (let r = 0; r < 50; r++) flat.forEach(fn);
  console.log(name.padEnd(12), ((performance.now() - st) / (50 * flat.length) * 1000).toFixed(2), 'µs');
}
const CLS = new Uint8Array(65536); for (let c=0;c<128;c++) CLS[c] = ((c>=48&&c<=57)||(c>=65&&c<=90)||(c>=97&&c<=122))?1:2;
const RE=/[\p{L}\p{N}\p{M}]/u;
function isW(s: string, i: number) { const c = s.charCodeAt(i); if (c < 0xd800 || c > 0xdfff) { let k = CLS[c]; if (k===0){k=RE.test(String.fromCharCode(c))?1:2; CLS[c]=k;} return k===1;} return false; }
function scanOnly(s: string) { let n=0; const L=s.length; let i=0; while(i<L){ if(!isW(s,i)){i++;continue;} n++; i++; while(i<L && isW(s,i)) i++; } return n; }
function scanPush(s: string) { const st:number[]=[]; const en:number[]=[]; const L=s.length; let i=0; while(i<L){ if(!isW(s,i)){i++;continue;} const a=i; i++; while(i<L && isW(s,i)) i++; st.push(a); en.push(i);} return st; }
function scanLower(s: string) { const st=scanPush(s); const all=s.toLowerCase(); const out=new Array(st.length); for(let k=0;k<st.length;k++) out[k]=all.slice(st[k], st[k]+5); return out; }
t('scanOnly', scanOnly);
t('scanPush', scanPush);
t('scanLower', scanLower);
