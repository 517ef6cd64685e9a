// "Paste as editorial": a web page copied in the browser and pasted into a markdown editor comes
// in as the canonical editorial (the clipboard's text/html, converted by core/import), offered
// beside VS Code's own paste in the paste options. The importer is loaded on the first paste.
import * as vscode from 'vscode';
import { importChunk } from '../chunks';

export const PASTE_AS_EDITORIAL = vscode.DocumentDropOrPasteEditKind.Text.append('upsc', 'editorial');
const HTML = 'text/html';

/** The provider: the clipboard's HTML as one canonical editorial, or nothing when it reads as none. */
export function pasteAsEditorialProvider(log: (message: string) => void): vscode.DocumentPasteEditProvider {
  return {
    async provideDocumentPasteEdits(_document, _ranges, dataTransfer, _context, token) {
      const html = await dataTransfer.get(HTML)?.asString();
      if (!html?.trim() || token.isCancellationRequested) return undefined;
      const result = importChunk().importEditorial(html);
      if (!result.markdown.trim()) return undefined;
      log(`paste as editorial: "${result.title}", ${result.editorial?.sections.length ?? 0} sections`);
      return [new vscode.DocumentPasteEdit(result.markdown, vscode.l10n.t('Paste as editorial'), PASTE_AS_EDITORIAL)];
    },
  };
}

export function registerPasteAsEditorial(provider: vscode.DocumentPasteEditProvider): vscode.Disposable {
  return vscode.languages.registerDocumentPasteEditProvider({ language: 'markdown' }, provider, { providedPasteEditKinds: [PASTE_AS_EDITORIAL], pasteMimeTypes: [HTML] });
}
