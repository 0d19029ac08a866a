import { corpus } from './bench/engine';
import { checkDraft } from '@/lib/rules';
const { short, long } = corpus();
for (let r = 0; r < 200; r++) for (const s of short) checkDraft({ mode: 'email', text: s });
for (let r = 0; r < 100; r++) for (const s of long) checkDraft({ mode: 'email', text: s });
