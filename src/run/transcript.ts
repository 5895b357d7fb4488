// A member's test output as it is kept until the member ends (pure): stdout
// and stderr lines in the order they arrived, bounded. A test suite can print
// gigabytes, and several run at once, so the first HEAD_CHARS and the last
// TAIL_CHARS are kept and what lies between is counted, never silently lost:
// the printed group says how much was left out. The tail is what an error
// annotation quotes, so it is always the real end of the output.

/** Kept from the start of the output. */
const HEAD_CHARS = 1024 * 1024;
/** Kept from the end of the output. */
const TAIL_CHARS = 1024 * 1024;
/** A line longer than this is cut (a progress bar redrawn with `\r` for minutes is one line). */
const MAX_LINE_CHARS = 16 * 1024;

export interface TranscriptView {
  head: string[];
  /** Lines between head and tail that were not kept (0 when nothing was left out). */
  omittedLines: number;
  omittedChars: number;
  tail: string[];
}

function cut(line: string): string {
  return line.length <= MAX_LINE_CHARS ? line : `${line.slice(0, MAX_LINE_CHARS)} … (${line.length - MAX_LINE_CHARS} more characters)`;
}

export class Transcript {
  private readonly head: string[] = [];
  private headChars = 0;
  /** The head is full: every later line goes to the tail. */
  private headFull = false;
  private tail: string[] = [];
  /** Index of the first live line in `tail` (lines before it were dropped; compacted now and then). */
  private tailStart = 0;
  private tailChars = 0;
  private omittedLines = 0;
  private omittedChars = 0;

  constructor(
    private readonly headLimit = HEAD_CHARS,
    private readonly tailLimit = TAIL_CHARS,
  ) {}

  push(raw: string): void {
    const line = cut(raw);
    if (!this.headFull && this.headChars + line.length + 1 <= this.headLimit) {
      this.head.push(line);
      this.headChars += line.length + 1;
      return;
    }
    this.headFull = true;
    this.tail.push(line);
    this.tailChars += line.length + 1;
    while (this.tailChars > this.tailLimit && this.tail.length - this.tailStart > 1) {
      const dropped = this.tail[this.tailStart++]!;
      this.tailChars -= dropped.length + 1;
      this.omittedLines++;
      this.omittedChars += dropped.length + 1;
    }
    if (this.tailStart > 4096 && this.tailStart * 2 > this.tail.length) {
      this.tail = this.tail.slice(this.tailStart);
      this.tailStart = 0;
    }
  }

  view(): TranscriptView {
    return { head: [...this.head], omittedLines: this.omittedLines, omittedChars: this.omittedChars, tail: this.tail.slice(this.tailStart) };
  }
}

/** The last `n` lines that are not blank, from the end of the output. */
export function lastLines(view: TranscriptView, n: number): string[] {
  const all = view.omittedLines === 0 ? [...view.head, ...view.tail] : view.tail;
  const kept = all.filter((line) => line.trim() !== '');
  return kept.slice(Math.max(0, kept.length - n));
}
