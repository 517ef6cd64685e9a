// Small pieces every webview page of the extension needs.

/** A fresh nonce for a page's Content-Security-Policy (`script-src 'nonce-…'`). */
export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * ` lang="hi"` for text in the editorial's language when that differs from the page's (the UI
 * language), so screen readers read it with the right voice; '' when they agree or it is unknown.
 */
export function langAttribute(contentLang: string | undefined, pageLang: string): string {
  if (!contentLang || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(contentLang)) return '';
  const base = (tag: string) => tag.split('-')[0].toLowerCase();
  return base(contentLang) === base(pageLang) ? '' : ` lang="${escapeHtml(contentLang)}"`;
}
