import { checkDraft } from '@/lib/rules';
import { corpus } from './bench/engine';
const { short } = corpus();
function t(name: string, fn: () => unknown, n = 20000) {
  for (let r = 0; r < n; r++) fn();
  const st = performance.now();
  for (let r = 0; r < n; r++) fn();
  console.log(name.padEnd(12), ((performance.now() - st) / n * 1000).toFixed(2), 'µs');
}
t('tiny', () => checkDraft({ mode: 'email', text: 'Hi Anna, worth a call?' }));
t('empty', () => checkDraft({ mode: 'email', text: '' }));
let i = 0;
t('short', () => checkDraft({ mode: 'email', text: short[i++ % short.length] }), 4000);
