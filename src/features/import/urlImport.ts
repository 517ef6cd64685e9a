// "UPSC: Import Editorial from URL": a web page fetched (https only; plain http only from this
// machine, for a local server), within a time limit and a size cap, with progress and cancel;
// then imported like a saved page (the article picked out of it by core/import/html).
import * as vscode from 'vscode';

/** Pages are rarely over 1 MB; a larger answer is not an editorial. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const PAGE_TIMEOUT_MS = 20_000;

export interface FetchedPage {
  readonly text: string;
  readonly url: string;
}

/** Why an address is refused, or undefined when it may be fetched. */
export function refusedAddress(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return vscode.l10n.t('not a web address');
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return undefined;
  return vscode.l10n.t('only https:// addresses are fetched');
}

/** The charset a response or its page declares (else UTF-8). */
function charsetOf(contentType: string | null, head: Uint8Array): string {
  const declared = /charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(contentType ?? '')?.[1]
    ?? /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(new TextDecoder('latin1').decode(head.subarray(0, 4096)))?.[1];
  try {
    return declared && new TextDecoder(declared) ? declared : 'utf-8';
  } catch {
    return 'utf-8';
  }
}

/**
 * Fetches a page: refuses other schemes, follows redirects only to allowed addresses, stops at
 * MAX_PAGE_BYTES and after PAGE_TIMEOUT_MS, and when `token` is cancelled. Throws an Error whose
 * message says what went wrong, in the student's words.
 */
export async function fetchPage(address: string, token: vscode.CancellationToken): Promise<FetchedPage> {
  const refused = refusedAddress(address);
  if (refused) throw new Error(refused);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PAGE_TIMEOUT_MS);
  const cancel = token.onCancellationRequested(() => controller.abort());
  try {
    let response: Response;
    try {
      response = await fetch(address.trim(), { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.9' } });
    } catch (err) {
      if (token.isCancellationRequested) throw new Error(vscode.l10n.t('cancelled'));
      if (controller.signal.aborted) throw new Error(vscode.l10n.t('no answer within {0} seconds', PAGE_TIMEOUT_MS / 1000));
      throw new Error(vscode.l10n.t('the page could not be fetched: {0}', err instanceof Error ? err.message : String(err)));
    }
    if (response.url && refusedAddress(response.url)) throw new Error(vscode.l10n.t('the page redirected to an address that is not fetched: {0}', response.url));
    if (!response.ok) throw new Error(vscode.l10n.t('the server answered {0} {1}', response.status, response.statusText));
    const type = response.headers.get('content-type') ?? '';
    if (type && !/^text\/(?:html|plain)|application\/xhtml\+xml/i.test(type)) throw new Error(vscode.l10n.t('not a web page ({0})', type.split(';')[0]));
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_PAGE_BYTES) throw new Error(vscode.l10n.t('the page is larger than {0} MB', MAX_PAGE_BYTES / 1048576));
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
      size += r.value.length;
      if (size > MAX_PAGE_BYTES) {
        controller.abort();
        throw new Error(vscode.l10n.t('the page is larger than {0} MB', MAX_PAGE_BYTES / 1048576));
      }
      chunks.push(r.value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    return { text: new TextDecoder(charsetOf(type, bytes)).decode(bytes), url: response.url || address };
  } finally {
    clearTimeout(timer);
    cancel.dispose();
  }
}
