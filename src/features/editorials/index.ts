// The editorials feature: the "UPSC Editorials" tree (editorial → section → point), its filter,
// grouping and commands (go to source, copy, insert into notes, search), the parse problems in
// the Problems panel, and the context key that shows editor-title buttons on editorial files.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import { isEditorialNode, lineLink, nodeMarkdown, revealNode, sectionAt, sourceLink } from '../../ui/editorialNode';
import { insertMarkdownIntoNotes } from '../../ui/notesInsert';
import type { FeatureContext } from '../context';
import { registerEditorialDiagnostics } from './editorialDiagnostics';
import { EditorialTreeProvider, GroupBy, TREE_VIEW_ID, TreeNode } from './editorialTree';
import { READING_SCHEME, readingProvider, readingUri } from './showReading';
import { pickEditorial } from '../../ui/editorialPicker';
import { editorialsChunk } from '../chunks';
import { showWalkthroughOnce } from './firstRun';

/** Keeps menus (the editor-title "Show Section Summaries" button) on editorial files only. */
const EDITORIAL_FILES_CONTEXT = 'upscEditorials.editorialFiles';
const FILTERED_CONTEXT = 'upscEditorials.filtered';

export function activate(ctx: FeatureContext): { tree: EditorialTreeProvider; editorialIndex: FeatureContext['editorialIndex'] } {
  const { library, config, commands } = ctx;
  const provider = new EditorialTreeProvider(library, () => ({ groupBy: config.get('tree.groupBy'), sortBy: config.get('tree.sortBy') }));
  const view = vscode.window.createTreeView<TreeNode>(TREE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const updateMessage = () => {
    if (!provider.scanned && provider.entries().length === 0) view.message = vscode.l10n.t('Loading editorials…');
    else if (provider.filter) view.message = vscode.l10n.t('Filtered by "{0}": {1} of {2} editorials', provider.filter, provider.entries().length, library.visible().length);
    else view.message = undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, !!provider.filter);
  };
  const updateEditorialFiles = () => void vscode.commands.executeCommand('setContext', EDITORIAL_FILES_CONTEXT, library.all().map(e => e.uri));
  updateMessage();
  void ctx.ready.then(() => { provider.scanned = true; provider.refresh(); });
  showWalkthroughOnce(ctx.extension, ctx.ready, config);
  updateEditorialFiles();
  ctx.subscribe(
    provider, view,
    library.onDidChange(updateMessage),
    library.onDidChange(updateEditorialFiles),
    provider.onDidChangeTreeData(updateMessage),
    config.onChange(['tree.groupBy', 'tree.sortBy'], () => provider.settingsChanged()),
    registerEditorialDiagnostics(library),
    vscode.workspace.registerTextDocumentContentProvider(READING_SCHEME, readingProvider(uri => library.get(uri))),
  );

  commands.register(COMMANDS.filterEditorials, async () => {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Editorials'),
      prompt: vscode.l10n.t('Show editorials whose text contains every word'),
      value: provider.filter,
    });
    if (value === undefined) return;
    provider.filter = value.trim();
    provider.refresh();
  });
  commands.register(COMMANDS.clearFilter, () => { provider.filter = ''; provider.refresh(); });
  commands.register(COMMANDS.groupBy, async () => {
    const picks: (vscode.QuickPickItem & { value: GroupBy })[] = [
      { label: vscode.l10n.t('No grouping'), value: 'none' },
      { label: vscode.l10n.t('By month'), value: 'month' },
      { label: vscode.l10n.t('By subject (GS paper)'), value: 'subject' },
    ];
    const picked = await vscode.window.showQuickPick(picks.map(p => ({ ...p, picked: p.value === provider.groupBy, description: p.value === provider.groupBy ? '✓' : undefined })), { title: vscode.l10n.t('Group Editorials') });
    if (picked) await config.update('tree.groupBy', picked.value);
  });
  commands.register(COMMANDS.revealSource, (node?: unknown) => (isEditorialNode(node) ? revealNode(node) : undefined));
  commands.register(COMMANDS.refresh, async () => {
    await ctx.editorials.rescan();
    provider.refresh();
  });
  commands.register(COMMANDS.copyMarkdown, async (node?: unknown) => {
    if (!isEditorialNode(node)) return;
    await vscode.env.clipboard.writeText(nodeMarkdown(node));
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied as markdown'), 2000);
  });
  commands.register(COMMANDS.insertIntoNotes, (node?: unknown) => {
    if (isEditorialNode(node)) return insertMarkdownIntoNotes(note => `${nodeMarkdown(node)}\n\n— ${sourceLink(node, note)}`, ctx.notesTarget);
    // From the editor's context menu: the text selected in an editorial, with a link to its line.
    const editor = vscode.window.activeTextEditor;
    const entry = editor && library.get(editor.document.uri.toString());
    if (!editor || !entry || editor.selection.isEmpty) return undefined;
    const line = editor.selection.start.line;
    const text = editor.document.getText(editor.selection).trim();
    return insertMarkdownIntoNotes(note => `${text}\n\n— ${lineLink(entry, sectionAt(entry, line), line, note)}`, ctx.notesTarget);
  });
  commands.register(COMMANDS.searchEditorials, async () => {
    await ctx.ready;
    await editorialsChunk().searchEditorials(library);
  });
  commands.register(COMMANDS.showReading, async (arg?: unknown) => {
    await ctx.ready;
    const entry = isEditorialNode(arg) ? library.get(arg.entry.uri)
      : arg instanceof vscode.Uri ? library.get(arg.toString())
        : await pickEditorial(library, vscode.l10n.t('Show How This Editorial Was Read'));
    if (!entry) return undefined;
    const doc = await vscode.workspace.openTextDocument(readingUri(entry));
    return vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  });
  // Shows an editorial in the tree (after an import), once the library has it.
  commands.register(COMMANDS.revealEditorial, async (uri?: unknown) => {
    const key = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : undefined;
    if (!key) return;
    for (let i = 0; i < 50 && !library.has(key); i++) await new Promise(r => setTimeout(r, 100));
    const entry = library.get(key);
    if (!entry || !view.visible) return;
    provider.refresh();
    await view.reveal({ type: 'editorial', entry }, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  });
  return { tree: provider, editorialIndex: ctx.editorialIndex };
}
