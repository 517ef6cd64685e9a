// Links of the converted page: only http(s) URLs are kept, relative ones resolved against the page's address.

/** An http(s) URL for an href, resolved against the page address, or undefined. */
export function webUrl(href: string | null, base: string | undefined): string | undefined {
  const h = (href ?? '').trim();
  if (!h || h.startsWith('#')) return undefined;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own address, for relative links: <base href>, the canonical link, og:url. */
export function pageAddress(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    const u = webUrl(c ?? null, undefined);
    if (u) return u;
  }
  return undefined;
}
