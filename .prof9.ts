import { checkDraft } from '@/lib/rules';
for (let r = 0; r < 300000; r++) checkDraft({ mode: 'email', text: '' });
