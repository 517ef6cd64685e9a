// The glossary feature: prelims terms in the student's notes, underlined, explained on hover,
// completed, and followed to their definition; "Look Up Term"; the Terms view of the terms the
// editorials mention; and the commands hover links call.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import { showLine } from '../../ui/showLine';
import { settled } from '../../ui/termAt';
import type { FeatureContext } from '../context';
import { TermDecorations } from './termDecorations';
import { registerTermHover } from './termHover';
import { lookUpTerm, registerTermNavigation, showTerm } from './termNavigation';
import { glossaryChunk } from '../chunks';
import { NoteMentions } from './noteMentions';
import { termAt } from '../../ui/termAt';
import { TERMS_VIEW_ID, TermsTreeProvider } from './termsTree';

export function activate(ctx: FeatureContext): { glossary: FeatureContext['glossary']; decorations: TermDecorations; noteMentions: NoteMentions } {
  const { glossary, library, commands, ready } = ctx;
  const decorations = new TermDecorations(glossary, ctx.config);
  const noteMentions = new NoteMentions(glossary, ctx.notes, ctx.log);
  const terms = new TermsTreeProvider(glossary, library, noteMentions.index);
  const termsView = vscode.window.createTreeView(TERMS_VIEW_ID, { treeDataProvider: terms, showCollapseAll: true });
  ctx.subscribe(decorations, noteMentions, terms, termsView, registerTermHover(glossary, ready, noteMentions.index, ctx.pyqs), registerTermNavigation(glossary, ready));
  // The notes are read after start-up, in the background, for the hovers' "In your notes".
  void ready.then(() => noteMentions.refresh());

  commands.register(COMMANDS.lookUpTerm, async () => {
    await settled(ready);
    const editor = vscode.window.activeTextEditor;
    const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).slice(0, 200) : '';
    const result = await lookUpTerm(glossary, selected);
    if (result?.create) await glossaryChunk().createGlossaryEntry(glossary, ctx.files, result.create);
  });
  // From a hover link or the Terms view (a term id or its tree node), else the term under the
  // cursor or the selected text, else a name the student types.
  commands.register(COMMANDS.createGlossaryEntry, async (arg?: unknown) => {
    await settled(ready);
    const id = typeof arg === 'string' ? arg : isTermNode(arg) ? arg.term.id : undefined;
    const known = id !== undefined ? glossary.get(id) : undefined;
    if (id !== undefined && !known) return; // a stale link: the term is gone
    const editor = vscode.window.activeTextEditor;
    const under = !known && editor ? termAt(glossary, editor.document, editor.selection.active)?.term : undefined;
    const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim().slice(0, 200) : '';
    const subject = known ?? under ?? (selected || await vscode.window.showInputBox({
      title: vscode.l10n.t('Create Glossary Entry'),
      prompt: vscode.l10n.t('The term to define'),
      validateInput: v => (v.trim() ? undefined : vscode.l10n.t('Type the term.')),
    }));
    if (subject) await glossaryChunk().createGlossaryEntry(glossary, ctx.files, subject);
  });
  // Called from hover links: arguments come from a URI, so check them.
  commands.register(COMMANDS.showTerm, async (id: unknown) => {
    const term = typeof id === 'string' ? glossary.get(id) : undefined;
    if (term) await showTerm(glossary, term);
  });
  commands.register(COMMANDS.openMention, async (uri: unknown, line: unknown) => {
    // An editorial of the library, or one of the student's notes ("In your notes").
    if (typeof uri !== 'string' || typeof line !== 'number' || !(library.has(uri) || ctx.notes.has(uri))) return;
    await showLine(uri, line);
  });
  commands.register(COMMANDS.toggleAllTerms, () => {
    terms.mentionedOnly = !terms.mentionedOnly;
    termsView.description = terms.mentionedOnly ? undefined : vscode.l10n.t('all glossary terms');
    terms.refresh();
  });
  return { glossary, decorations, noteMentions };
}

function isTermNode(arg: unknown): arg is { term: { id: string } } {
  const term = (arg as { term?: { id?: unknown } } | undefined)?.term;
  return typeof term?.id === 'string';
}
