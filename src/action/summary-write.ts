import { formatError } from '../errors.js';
import { runner } from './runner.js';

/**
 * Writes the job summary; trouble (GITHUB_STEP_SUMMARY unset, unwritable, the
 * runner's size limit) is a warning: the summary explains a step, it never
 * decides whether it passed.
 */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await runner.appendSummary(markdown);
  } catch (error) {
    runner.warning(`the job summary was not written: ${formatError(error)}`);
  }
}
