/**
 * When WIIFM_REPORT_DIR is set (by `.ci/run`), vitest also writes its results
 * as JSON to `<dir>/<name>.json`, beside the usual console output, so CI can
 * add up passes and failures across the unit and e2e runs.
 */
export function jsonReport(name: string): { reporters?: string[]; outputFile?: { json: string } } {
  const dir = process.env.WIIFM_REPORT_DIR;
  if (!dir) return {};
  return { reporters: ['default', 'json'], outputFile: { json: `${dir}/${name}.json` } };
}
