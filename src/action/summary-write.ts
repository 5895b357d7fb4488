import * as core from '@actions/core';
import { formatError } from '../errors.js';

/**
 * Writes the job summary; trouble (GITHUB_STEP_SUMMARY unset, unwritable, the
 * runner's size limit) is a warning: the summary explains a step, it never
 * decides whether it passed.
 */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`the job summary was not written: ${formatError(error)}`);
  }
}
