// Term completion, go-to-definition, "UPSC: Look Up Term", and the read-only virtual documents
// (`upsc-glossary:`) that show bundled entries, plus the commands hover links call.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/glossary/entries';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import { completionWord } from '../../core/glossary/completionWord';
import { termToMarkdown } from '../../core/glossary/termMarkdown';
import { NOTES_SELECTOR, settled, termAt } from '../../ui/termAt';
import { categoryWord } from '../../ui/labels';

export const TERM_SCHEME = 'upsc-glossary';

function termUri(term: GlossaryTerm): vscode.Uri {
  return vscode.Uri.from({ scheme: TERM_SCHEME, path: `/${term.name.replace(/[\\/]/g, '-')}.md`, query: encodeURIComponent(term.id) });
}

export async function showTerm(index: GlossaryIndex, term: GlossaryTerm): Promise<void> {
  if (!index.isBundled(term)) {
    // A user's own entry opens where it is written, so they can edit it.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(term.origin.uri));
    const pos = new vscode.Position(term.origin.line, 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(pos, pos) });
    return;
  }
  const doc = await vscode.workspace.openTextDocument(termUri(term));
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

/** The virtual documents of bundled entries, term completion and go to definition in notes. */
export function registerTermNavigation(index: GlossaryIndex, ready: Promise<unknown>): vscode.Disposable {
  const content: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const term = index.get(decodeURIComponent(uri.query));
      return term ? termToMarkdown(term, { headingLevel: 1, showSources: true }) + '\n' : `# ${vscode.l10n.t('Unknown term')}\n\n${vscode.l10n.t('No glossary entry for "{0}".', decodeURIComponent(uri.query))}\n`;
    },
  };

  const completion: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position, token) {
      await settled(ready);
      if (token.isCancellationRequested) return undefined;
      const word = completionWord(document.lineAt(position.line).text.slice(0, position.character));
      if (!word) return undefined;
      const range = new vscode.Range(position.line, position.character - word.length, position.line, position.character);
      return index.terms().flatMap(term => [term.name, ...term.aliases.filter(a => a.length <= 8 && a === a.toUpperCase())].map(label => {
        const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.Reference);
        item.detail = term.category ? `${term.name} · ${categoryWord(term.category)}` : term.name;
        const doc = new vscode.MarkdownString(termToMarkdown(term));
        doc.supportHtml = false;
        item.documentation = doc;
        item.range = range;
        item.filterText = label;
        return item;
      }));
    },
  };

  const definition: vscode.DefinitionProvider = {
    async provideDefinition(document, position, token) {
      await settled(ready);
      if (token.isCancellationRequested) return undefined;
      const found = termAt(index, document, position);
      if (!found) return undefined;
      const { term } = found;
      const uri = index.isBundled(term) ? termUri(term) : vscode.Uri.parse(term.origin.uri);
      const line = index.isBundled(term) ? 0 : term.origin.line;
      return [{ originSelectionRange: found.range, targetUri: uri, targetRange: new vscode.Range(line, 0, line, 0) } as vscode.LocationLink];
    },
  };

  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(TERM_SCHEME, content),
    vscode.languages.registerCompletionItemProvider(NOTES_SELECTOR, completion),
    vscode.languages.registerDefinitionProvider(NOTES_SELECTOR, definition),
  );
}

/** "UPSC: Look Up Term": a quick pick over every term, matched on names, aliases and definitions. */
export async function lookUpTerm(index: GlossaryIndex): Promise<void> {
  const items = index.terms().map(term => ({
    label: term.name,
    description: [term.category && categoryWord(term.category), ...term.aliases.slice(0, 3)].filter(Boolean).join(' · '),
    detail: term.definition.replace(/\*\*/g, ''),
    term,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('UPSC: Look Up Term'),
    placeHolder: vscode.l10n.t('Type a term, abbreviation or word from its definition'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await showTerm(index, picked.term);
}
