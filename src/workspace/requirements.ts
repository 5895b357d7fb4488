// Just enough PEP 508 to know which project a requirement names and which of
// its extras it asks for. Versions, URLs and markers do not decide whether a
// member depends on another member, so they are not parsed.
import { normalizeName } from './names.js';

export interface Requirement {
  /** PEP 503-normalised project name. */
  name: string;
  /** Requested extras, normalised, sorted, unique. */
  extras: string[];
}

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;

/**
 * `core[openai, x] >=1; python_version<'3.12'` → `{name: 'core', extras: ['openai', 'x']}`.
 * Returns undefined for text that does not start with a project name.
 */
export function parseRequirement(text: string): Requirement | undefined {
  const match = NAME.exec(text);
  if (!match) return undefined;
  const name = normalizeName(match[1]!);
  const rest = text.slice(match[0].length);
  const extras = new Set<string>();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    for (const extra of rest.slice(1, close).split(',')) {
      const trimmed = extra.trim();
      if (trimmed) extras.add(normalizeName(trimmed));
    }
  }
  return { name, extras: [...extras].sort() };
}
