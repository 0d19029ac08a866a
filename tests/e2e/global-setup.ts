import { ensureBuild } from '@/scripts/build';
import { requireChromium } from '@/scripts/chromium';

/**
 * Runs once before any e2e file: a missing Chromium fails the run with the
 * install hint (never a silent skip), and the production build is made only
 * when it is missing or stale (`npm test` builds right before).
 */
export default function setup(): void {
  requireChromium();
  ensureBuild();
}
