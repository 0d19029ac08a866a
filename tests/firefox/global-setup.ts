import { buildFirefox, requireFirefox } from '@/scripts/firefox';

/**
 * Runs once before the Firefox suite: a missing Firefox fails the run with
 * the install hint (never a silent skip), then the Firefox add-on is built
 * (`wxt build -b firefox`, a few seconds), so the suite always tests the
 * sources as they are. WIIFM_SKIP_BUILD=1 tests the existing build.
 */
export default function setup(): void {
  requireFirefox();
  if (process.env.WIIFM_SKIP_BUILD !== '1') buildFirefox();
}
