import { spansOf } from './draft';
import type { Rule } from './rule';

/**
 * 9. `ease` — (voicemail) how easy it is.
 *
 * "The voicemail speaks to three things only: the main benefit; how it cures
 * the pain, calms the fear or reaches the goal; and how easy it will be."
 * Info when the script never says how easy it is. Voicemail only.
 */
export const ease: Rule = {
  id: 'ease',
  title: 'How easy it is',
  modes: ['voicemail'],
  cost: { info: 4 },
  phrases: {
    ease: [
      'easy|easily|easier|simple|simply|effortless|effortlessly|hassle-free|painless|hands-off',
      'nothing to install',
      'up and running',
      'one-click',
      'plug and play',
      'we do the work',
      'we do the heavy lifting',
      'we handle the setup',
      'we handle it|everything',
      'we set it|everything up',
      'no setup|set-up|install|installation|migration|code|coding|contract|commitment|training',
      'no it project',
      'no long-term contract',
      'no extra work',
      'no new software',
      'without changing|switching|replacing',
      'without a migration',
      'without any setup|code|training',
      'without new software',
      'without lifting a finger',
      'live|running|done|installed|onboarded in minutes|days',
      'set up in minutes|days',
      'live|running|done|installed|onboarded|up in an|a|one hour|day|week|afternoon',
      'live|running|done|installed|onboarded in # minutes|hours|days',
      'takes only|just|about|under? #|a|five|ten|two few? minutes|mins|hours|days',
      'works|plugs right? with|into your',
      'works with the tools',
      'takes|took one|an|a afternoon|morning|hour|day',
      'nothing changes for you|your',
    ],
  },
  check(draft) {
    const hits = draft.hits('ease');
    if (hits.length === 0) {
      return {
        status: 'info',
        message:
          "Say how easy it is — 'live in a day, no IT project', 'works with the tools you already use' — so calling back feels like a small step.",
        spans: [],
      };
    }
    return { status: 'pass', message: 'You tell them how easy it is.', spans: spansOf(hits) };
  },
};
