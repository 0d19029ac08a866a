import { corpus } from './bench/engine';
import { checkDraft } from '@/lib/rules';
const { short } = corpus();
for (let r = 0; r < 300; r++) for (const s of short) checkDraft({ mode: 'email', text: s });
