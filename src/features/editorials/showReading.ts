// "UPSC: Show How This Editorial Was Read": a read-only page that lists what the parser found in
// an editorial — its sections with their points and tables, the mains question, FAQs, PYQs, the
// page-break repairs and the warnings — so a student sees at a glance whether the page came out
// whole, and where to look when it did not.
import * as vscode from 'vscode';
import type { LibraryEntry } from '../../core/editorial/library';
import { editorialsChunk } from '../chunks';

export const READING_SCHEME = 'upsc-reading';

export function readingUri(entry: LibraryEntry): vscode.Uri {
  const name = entry.fileName.replace(/\.(md|markdown|txt)$/i, '');
  return vscode.Uri.from({ scheme: READING_SCHEME, path: `/${name} (read).md`, query: encodeURIComponent(entry.uri) });
}

/** The virtual documents of this page, made from the library as it is when they are opened. */
export function readingProvider(find: (uri: string) => LibraryEntry | undefined): vscode.TextDocumentContentProvider {
  return {
    provideTextDocumentContent(uri) {
      const entry = find(decodeURIComponent(uri.query));
      return entry ? editorialsChunk().readingMarkdown(entry) : vscode.l10n.t('This editorial is no longer in the library.');
    },
  };
}
