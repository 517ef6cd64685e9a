// File names from titles: lower-case ASCII words joined by "-" (Hindi titles transliterated), never
// one that is taken; relative links between files; the file name a URI ends in.
import { hasDevanagari, transliterateDevanagari } from './transliterate';

/**
 * Lower-case ASCII words of the title joined by '-', cut at a word boundary to ≤ 60 characters.
 * A Hindi title is transliterated first ("भारत और अमेरिका" → "bharat-aur-amerika"), so every
 * editorial and its notes get a name of their own.
 */
export function slugify(title: string, max = 60): string {
  const latin = hasDevanagari(title) ? transliterateDevanagari(title) : title;
  let slug = latin.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1);
    const at = cut.lastIndexOf('-');
    slug = (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
  }
  return slug || 'editorial';
}

/**
 * A file name not in `existing`: name.md, name-2.md, name-3.md … Names are compared ignoring case,
 * since Windows and macOS file systems do.
 */
export function uniqueFileName(fileName: string, existing: ReadonlySet<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toLowerCase());
  if (!taken.has(fileName.toLowerCase())) return fileName;
  const dot = fileName.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Relative link from one file to another (both as URI paths with "/"), for markdown links. */
export function relativePath(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  const up = from.slice(i).map(() => '..');
  return [...up, ...to.slice(i)].map(encodeURIComponent).join('/') || '.';
}

/** The file name a URI ends in, decoded ("my%20notes.md" → "my notes.md"); a bad escape is left as written. */
export function uriFileName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
