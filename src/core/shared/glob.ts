// Workspace-relative paths ("notes/editorials/a.md") tested against the student's glob settings
// ("**/editorials/**/*.md"), so a watcher event or a created folder's files can be checked
// without another workspace search. picomatch does the matching (nested braces, classes, `**`);
// its posix build needs no Node built-ins, so this runs in the web extension too.
import picomatch from 'picomatch/posix';

/** Longer patterns are refused: a setting is a short glob, and a huge one is a mistake or an attack. */
export const MAX_GLOB_LENGTH = 512;

/**
 * VS Code's glob syntax, which is what the settings promise: `*`, `?`, `**`, `{a,b}` (nested
 * too), `[abc]` and `[!abc]`, and every other character literal. picomatch also reads extglobs
 * ("+(a)", "!(a)"), so those characters are escaped, and `[!` is written as picomatch's `[^`.
 */
function toPicomatch(glob: string): string {
  return glob.replace(/[()+@!]/g, (c, at: number) => (c === '!' && glob[at - 1] === '[' ? '^' : '\\' + c));
}

/**
 * The regular expression of a glob. Dotfiles match `*` as in VS Code. Throws on a pattern
 * longer than MAX_GLOB_LENGTH.
 */
export function globToRegExp(glob: string): RegExp {
  if (glob.length > MAX_GLOB_LENGTH) throw new Error(`glob pattern is longer than ${MAX_GLOB_LENGTH} characters`);
  return picomatch.makeRe(toPicomatch(glob), { dot: true, maxLength: MAX_GLOB_LENGTH * 2 });
}

/** A matcher for a glob; one that can never match when the glob is refused (too long, malformed). */
export function globMatcher(glob: string): (path: string) => boolean {
  let re: RegExp;
  try {
    re = globToRegExp(glob);
  } catch {
    return () => false;
  }
  return path => re.test(path);
}
