import { chain, merged, spansOf } from './draft';
import type { Rule } from './rule';
import { timeHits } from './signals';
import { byStart } from './text';

/**
 * 9. `ease` — (voicemail) how easy it is.
 *
 * "The voicemail speaks to three things only: the main benefit; how it cures
 * the pain, calms the fear or reaches the goal; and how easy it will be."
 * Ease, in whatever words: quick to start ("you can be live by Monday",
 * "the sensor mounts in an hour"), nothing for them to do ("it runs
 * overnight", "nothing to set up", "we load your team in for you"), or it
 * fits what they have ("works on the phones they already carry"). Info when
 * the script never says how easy it is. Voicemail only.
 */
export const ease: Rule = {
  id: 'ease',
  title: 'How easy it is',
  modes: ['voicemail'],
  cost: { info: 4 },
  phrases: {
    ease: [
      'easy|easily|easier|simple|simply|effortless|effortlessly|hassle-free|painless|hands-off|plug-and-play',
      'plug and play',
      'one-click|one-tap',
      'nothing to|for * install|set|setup|do|enter|learn|change|buy|configure|download|manage|maintain|train|type|wire',
      'nothing to install|set|setup|do|enter|learn|change|buy|configure|download|manage|maintain|train|type|wire',
      'nothing for you|your|them|anyone|the to',
      'nothing for * team|staff to',
      'nothing changes for',
      'no wiring|setup|set-up|install|installation|installing|training|it|coding|code|hardware|migration|contract|commitment|integration|extra|new|data|manual|paperwork|effort|downloads|app|apps|engineers|cables',
      'no it project|projects|team|work|department|ticket|tickets',
      'without changing|installing|training|switching|replacing|any|new|extra|lifting',
      'by itself|themselves',
      'on its|their own',
      'automatically',
      'in the background',
      'runs|works|happens overnight|itself|automatically|nightly',
      'already have|use|carry|own|know|run|got|using|has',
      'their|your own phones|phone|devices|laptops|tablets',
      'clip|clips|stick|sticks|plug|plugs|snap|snaps|mount|mounts|bolt|bolts on|onto|in|into|straight',
      'one|two|a|single click|clicks|tap|taps',
      'works|plugs|syncs|connects|fits right? with|into|in your|the',
      'works on|from the|your',
      'takes|took|take only|just|about|under? #|a|an|one|two|five|ten|few minutes|hours|day|afternoon|morning|hour',
      'we do|handle|load|build|switch|install|migrate|move|import|configure the|it|everything|all|your',
      'we take care of',
      'we set up|in the|it|everything|your',
      "we'll do|handle|set|load|build|switch",
      'we do the work|heavy lifting',
      'we set it|everything all? up',
      'for you|them',
      'switch|switches it on',
      'up and running',
      'same day',
      'keep|keeps their|your own? phones|phone|tools|system|systems|software|crm|process',
    ],
    /** Setting it up… */
    setupNoun: [
      'setup|set-up|installation|install|onboarding|rollout|training|migration|switching|switchover',
    ],
    /** …takes little: "a single afternoon", "an hour", "under a week". */
    shortSpan: [
      'a|an|one|half|single|#|two|under|about|just|only day|afternoon|morning|hour|hours|minutes|mins|week|call|visit',
      'a|one single|short|quick day|afternoon|morning|hour|call|visit|session',
    ],
    /** Being up and running… */
    goLive: [
      'live|running|ready|installed|onboarded|up|on|going|done|mounted|launched|set|switched|started|connected',
    ],
    /** …soon: "in a day", "by Monday", "within an hour". */
    soonEnough: [
      'in|within|by|from|before|under a|an|one|two|three|# day|days|hour|hours|week|weeks|afternoon|morning|minutes|mins',
      'in|within|by|from|before|under minutes|hours|days',
      'by|from|before',
      'overnight',
    ],
  },
  check(draft) {
    const soon = merged(draft.hits('soonEnough'));
    const times = timeHits(draft);
    const live = [
      ...chain(draft, [draft.hits('goLive'), soon], 3).filter((c) => {
        // "live by Monday": a bare "by" needs a day or time after it.
        const w = draft.words.lower[c.last];
        return w !== 'by' && w !== 'from' && w !== 'before'
          ? true
          : times.some((t) => t.first === c.last + 1 || t.first === c.last + 2);
      }),
    ];
    // "setup is a single afternoon", "onboarding takes an hour"
    const quickSetup = chain(draft, [draft.hits('setupNoun'), draft.hits('shortSpan')], 3);
    const hits = [...spansOf(draft.hits('ease')), ...live, ...quickSetup].toSorted(byStart);
    if (hits.length === 0) {
      return {
        status: 'info',
        message:
          "Say how easy it is — 'live in a day, nothing to install', 'works with the tools you already use' — so calling back feels like a small step.",
        spans: [],
      };
    }
    return { status: 'pass', message: 'You tell them how easy it is.', spans: hits };
  },
};
