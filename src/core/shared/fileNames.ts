// File-name slugs from titles: lower-case ASCII words joined by "-".

/** Lower-case ASCII words of the title joined by '-', cut at a word boundary to ≤ 60 characters. */
export function slugify(title: string, max = 60): string {
  let slug = title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1);
    const at = cut.lastIndexOf('-');
    slug = (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
  }
  return slug || 'editorial';
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
