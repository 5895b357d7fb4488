// The main step's journal: every warning is logged (as a ::warning) and kept
// for the summary in one call, and notes likewise go to the log and the
// summary together, so nothing is said in one place and forgotten in the other.
import type { Log } from '../log.js';
import { logText } from '../report/escape.js';
import type { AnnotationProps, RunnerIO } from './io.js';

export class Journal implements Log {
  /** Said in the log and repeated in the summary's notes. */
  readonly notes: string[] = [];
  /** Emitted as ::warning and repeated in the summary, where a reviewer reads them. */
  readonly warnings: string[] = [];

  constructor(private readonly io: RunnerIO) {}

  /**
   * A log line. Text from the repository, the event, uv or the cache service
   * is neutralised (report/escape.ts logText); annotations go through the
   * runner, which escapes their data.
   */
  info(message: string): void {
    this.io.info(logText(message));
  }

  /** A warning for the log and the summary, once. */
  warning(message: string, props?: AnnotationProps): void {
    this.io.warning(message, props);
    this.warnings.push(message);
  }

  notice(message: string): void {
    this.io.notice(message);
  }

  /** A note for the log and the summary. */
  note(message: string): void {
    this.info(message);
    this.notes.push(message);
  }

  /**
   * The Log for modules whose warnings are theirs to word but not summary
   * material (the passed markers, the cache client): logged, not kept.
   */
  get log(): Log {
    return { info: (m) => this.info(m), warning: (m) => this.io.warning(m), notice: (m) => this.notice(m) };
  }
}
