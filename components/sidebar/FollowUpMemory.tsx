import type { Touch } from '@/lib/db';
import { followUpMemory } from '@/lib/fingerprint/followUpMemory';
import { followUpLine, repeatWarning } from './followUpText';
import './followUpMemory.css';

/**
 * Under a recipient of the draft: which follow-up this is, and a warning
 * when the draft repeats the last email sent to them ("re-wording is the
 * job, copying is not"). `draft` is the draft's fingerprint, computed here
 * in the sidebar from the text it already has; the log holds only the sent
 * emails' fingerprints.
 */
export function FollowUpMemory(props: {
  touches: readonly Touch[];
  draft: string | null;
  now: Date;
  timeZone: string;
}) {
  const { touches, draft, now, timeZone } = props;
  const memory = followUpMemory(touches, draft);
  return (
    <>
      <p
        className="wiifm-follow-up wiifm-muted"
        data-wiifm="follow-up-count"
        data-follow-up={memory.followUp}
      >
        {followUpLine(memory, now, timeZone)}
      </p>
      {memory.repeats && (
        <p
          className="wiifm-repeat"
          role="status"
          data-wiifm="repeat-warning"
          data-similarity={memory.repeats.similarity.toFixed(2)}
          title={`About ${Math.round(memory.repeats.similarity * 100)} % of its wording is the same`}
        >
          {repeatWarning(memory.repeats.at, now, timeZone)}
        </p>
      )}
    </>
  );
}
