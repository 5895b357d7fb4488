// One error type for everything a user can cause. The shells (main, post, cli)
// print `message` as one line (plus the hint) and never a stack trace.

export class UserError extends Error {
  /** What to do about it, printed after the message as `hint: ...`. */
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
  }
}

/** The one-line form used in logs and annotations. */
export function formatError(error: unknown): string {
  if (error instanceof UserError) return error.hint ? `${error.message} (hint: ${error.hint})` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
