// Term completion, go-to-definition, "UPSC: Look Up Term", and the read-only virtual documents
// (`upsc-glossary:`) that show bundled entries, plus the commands hover links call.
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/glossary/entries';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import { completionWord } from '../../core/glossary/completionWord';
import { termToMarkdown } from '../../core/glossary/termMarkdown';
import { NOTES_SELECTOR, settled, termAt } from '../../ui/termAt';
import { categoryWord } from '../../ui/labels';
import { termHoverMarkdown } from './termHover';

export const TERM_SCHEME = 'upsc-glossary';

function termUri(term: GlossaryTerm): vscode.Uri {
  return vscode.Uri.from({ scheme: TERM_SCHEME, path: `/${term.name.replace(/[\\/]/g, '-')}.md`, query: encodeURIComponent(term.id) });
}

export async function showTerm(index: GlossaryIndex, term: GlossaryTerm): Promise<void> {
  if (!index.isBundled(term) && !index.isLibraryTerm(term)) {
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
      return term ? termToMarkdown(term, { mentions: index.mentions(term.id) }, undefined, undefined, { headingLevel: 1, showSources: true }) + '\n' : `# ${vscode.l10n.t('Unknown term')}\n\n${vscode.l10n.t('No glossary entry for "{0}".', decodeURIComponent(uri.query))}\n`;
    },
  };

  type TermItem = vscode.CompletionItem & { term?: GlossaryTerm };
  const completion: vscode.CompletionItemProvider<TermItem> = {
    async provideCompletionItems(document, position, token) {
      await settled(ready);
      if (token.isCancellationRequested) return undefined;
      const word = completionWord(document.lineAt(position.line).text.slice(Math.max(0, position.character - 200), position.character));
      if (!word) return undefined;
      const range = new vscode.Range(position.line, position.character - word.length, position.line, position.character);
      // VS Code's filter needs the typed word's first letter in the label: with thousands of
      // terms, the others are not worth making items for.
      const first = word[0].toLocaleLowerCase();
      return index.terms().flatMap(term => [term.name, ...term.aliases.filter(a => a.length <= 8 && a === a.toUpperCase())]
        .filter(label => label.toLocaleLowerCase().includes(first))
        .map(label => {
          const item: TermItem = new vscode.CompletionItem(label, vscode.CompletionItemKind.Reference);
          item.detail = term.category ? `${term.name} · ${categoryWord(term.category)}` : term.name;
          item.range = range;
          item.filterText = label;
          item.term = term;
          return item;
        }));
    },
    // The documentation (the hover's markdown) only for the item the student looks at.
    resolveCompletionItem(item) {
      if (item.term) item.documentation = termHoverMarkdown(index, item.term);
      return item;
    },
  };

  const definition: vscode.DefinitionProvider = {
    async provideDefinition(document, position, token) {
      await settled(ready);
      if (token.isCancellationRequested) return undefined;
      const found = termAt(index, document, position);
      if (!found) return undefined;
      const { term } = found;
      // A library term is defined by the editorials: its mentions (peeked when there are several).
      if (index.isLibraryTerm(term)) {
        return index.mentions(term.id).slice(0, 50).map(m => ({
          originSelectionRange: found.range, targetUri: vscode.Uri.parse(m.entry.uri), targetRange: new vscode.Range(m.line, 0, m.line, 0),
        } as vscode.LocationLink));
      }
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

/** Terms whose name or an alias holds every word of `query`; names first, then aliases, then definitions. */
export function findTerms(index: GlossaryIndex, query: string): GlossaryTerm[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return index.terms();
  const has = (text: string) => { const t = text.toLocaleLowerCase(); return words.every(w => t.includes(w)); };
  const scored: [number, GlossaryTerm][] = [];
  for (const term of index.terms()) {
    const rank = has(term.name) ? 0 : term.aliases.some(has) ? 1 : has(term.definition) ? 2 : -1;
    if (rank >= 0) scored.push([rank, term]);
  }
  return scored.sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

type LookUpItem = vscode.QuickPickItem & { term?: GlossaryTerm; create?: string };

/**
 * "UPSC: Look Up Term": the terms whose names, aliases or definitions hold what the student types
 * (every word of it, not a fuzzy guess), and when none do, says so and offers to create the entry.
 */
export async function lookUpTerm(index: GlossaryIndex, initial = ''): Promise<{ term?: GlossaryTerm; create?: string } | undefined> {
  const pick = vscode.window.createQuickPick<LookUpItem>();
  pick.title = vscode.l10n.t('UPSC: Look Up Term');
  pick.placeholder = vscode.l10n.t('Type a term, abbreviation or word from its definition');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const itemOf = (term: GlossaryTerm): LookUpItem => ({
    label: term.name,
    description: [term.fromEditorials ? vscode.l10n.t('from your editorials') : term.category && categoryWord(term.category), ...term.aliases.slice(0, 3)].filter(Boolean).join(' · '),
    detail: term.definition.replace(/\*\*/g, '').slice(0, 200) || undefined,
    // Our own filter decides what is shown; VS Code's fuzzy one would show unrelated entries.
    alwaysShow: true,
    term,
  });
  const update = () => {
    const query = pick.value.trim();
    const found = findTerms(index, query).slice(0, 200).map(itemOf);
    if (query && !found.length) {
      found.push({ label: vscode.l10n.t('No term matches "{0}"', query), alwaysShow: true, kind: vscode.QuickPickItemKind.Separator });
      found.push({ label: `$(add) ${vscode.l10n.t('Create a glossary entry for "{0}"', query)}`, alwaysShow: true, create: query });
    }
    pick.items = found;
  };
  pick.value = initial;
  update();
  const chosen = await new Promise<LookUpItem | undefined>(resolve => {
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!chosen) return undefined;
  if (chosen.term) await showTerm(index, chosen.term);
  return chosen.term ? { term: chosen.term } : chosen.create ? { create: chosen.create } : undefined;
}
