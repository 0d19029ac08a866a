import { corpus } from './bench/engine';
import { RULES } from '@/lib/rules';
import { Lexicon } from '@/lib/rules/lexicon';
import { SHARED_PHRASES } from '@/lib/rules/signals';
import { stripEmail } from '@/lib/rules/strip';
import { words } from '@/lib/rules/text';
const { short } = corpus();
const lex: any = new Lexicon(Object.assign({}, SHARED_PHRASES, ...RULES.map(r => r.phrases ?? {})));
const counts = new Map<string, number>();
let total = 0;
for (const s of short) { const w = words(stripEmail(s).body); for (const k of w.lower) { const l = lex.byFirst.get(k); if (l) { counts.set(k, (counts.get(k) ?? 0) + l.length); total += l.length; } } }
console.log('candidates per draft', total / short.length);
console.log([...counts.entries()].sort((a,b)=>b[1]-a[1]).slice(0,15).map(([k,v])=>k+':'+(v/short.length).toFixed(1)).join(' '));
console.log('bucket sizes', [...lex.byFirst.entries()].sort((a:any,b:any)=>b[1].length-a[1].length).slice(0,15).map(([k,v]:any)=>k+':'+v.length).join(' '));
