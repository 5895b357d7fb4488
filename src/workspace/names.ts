// PEP 503 normalisation: names enter the model once, normalised, so every
// comparison after that is plain string equality. Extras and group names are
// normalised the same way (PEP 685, PEP 735).

/** Already normal (what lock files and most pyproject files hold): returned as is, without a new string. */
const NORMAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function normalizeName(name: string): string {
  if (NORMAL.test(name)) return name;
  return name.trim().replace(/[-_.]+/g, '-').toLowerCase();
}

/** PEP 508 / core metadata: ASCII letters and digits, with `.`, `_`, `-` inside. uv rejects anything else. */
const VALID_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}
