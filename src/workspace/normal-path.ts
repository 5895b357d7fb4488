// Paths that are normal already, as discovery makes them (an absolute member
// directory, a relative path of directory entry names): joined and compared
// by concatenation, not by path.join or path.relative, for each of thousands
// of members. One helper, so every fast path says "normal" the same way and
// anything else takes the slow path.
import path from 'node:path';

/** A `.` or `..` component, an empty one, or a trailing `/`: what path.join or path.relative would rewrite. */
const UNNORMAL = /(^|\/)\.\.?(\/|$)|\/\/|\/$/;

/** Would path.posix.normalize leave this non-empty text as it is (no `.`, `..` or empty component, no trailing `/`)? */
export function isNormal(text: string): boolean {
  return text !== '' && !UNNORMAL.test(text);
}

/**
 * path.join(dir, rel), by concatenation when `dir` is a normal absolute path
 * and `rel` a normal relative one (where path.join would return the
 * concatenation itself); anything else (Windows separators, a `.` or `..`, a
 * trailing `/`, the file system root) takes path.join. Equal to path.join for
 * every input.
 */
export function joinNormal(dir: string, rel: string): string {
  if (path.sep === '/' && dir.length > 1 && dir.charCodeAt(0) === 47 && rel.charCodeAt(0) !== 47 && isNormal(dir) && isNormal(rel)) {
    return `${dir}/${rel}`;
  }
  return path.join(dir, rel);
}
