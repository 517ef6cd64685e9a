// Hover over a prelims term in any markdown or plain-text file (the student's own notes above
// all): name, category, definition, key facts, what the editorials say about it, the PYQs that
// ask about it, where editorials and notes mention it, related terms. Only the hovered line (and
// its neighbours) is scanned, with the prebuilt automaton.
import * as vscode from 'vscode';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type { GlossaryTerm } from '../../core/glossary/entries';
import { termToMarkdown, TermLinks, TermWords } from '../../core/glossary/termMarkdown';
import { commandUri, COMMANDS } from '../../services/commandIds';
import { categoryWord } from '../../ui/labels';
import { NOTES_SELECTOR, settled, termAt } from '../../ui/termAt';
import type { NoteTermIndex } from '../../core/notes/noteTermIndex';
import type { PyqIndex } from '../../core/syllabus/pyqIndex';
import { termNames } from '../../ui/termNames';

/** The only commands a hover's links may run: this extension's own, which check their arguments. */
export const HOVER_COMMANDS = [COMMANDS.openMention, COMMANDS.showTerm, COMMANDS.createGlossaryEntry, COMMANDS.showTermPyqs] as const;

function termWords(): TermWords {
  return {
    also: vscode.l10n.t('Also:'),
    category: categoryWord,
    fromEditorials: vscode.l10n.t('from your editorials'),
    whatEditorialsSay: vscode.l10n.t('What your editorials say'),
    pageLink: vscode.l10n.t('Link on the page:'),
    askedInPyqs: vscode.l10n.t('Asked in PYQs:'),
    pyq: year => (year ? vscode.l10n.t('PYQ {0}', String(year)) : vscode.l10n.t('PYQ')),
    mentionedIn: vscode.l10n.t('Mentioned in'),
    more: n => vscode.l10n.t('…and {0} more', n),
    inNotes: vscode.l10n.t('In your notes:'),
    related: vscode.l10n.t('Related:'),
    sources: vscode.l10n.t('Sources:'),
    createEntry: vscode.l10n.t('Create glossary entry'),
  };
}

const LINKS: TermLinks = {
  mention: m => commandUri(COMMANDS.openMention, [m.entry.uri, m.line]),
  term: t => commandUri(COMMANDS.showTerm, [t.id]),
  note: (uri, line) => commandUri(COMMANDS.openMention, [uri, line]),
  create: t => commandUri(COMMANDS.createGlossaryEntry, [t.id]),
  pyqs: t => commandUri(COMMANDS.showTermPyqs, [t.id]),
};

/** The term's markdown, for a hover or a tooltip: links only to HOVER_COMMANDS and web pages. */
export function termHoverMarkdown(index: GlossaryIndex, term: GlossaryTerm, notes?: NoteTermIndex, pyqs?: PyqIndex): vscode.MarkdownString {
  const related = term.related.map(r => index.lookup(r)).filter((t): t is GlossaryTerm => !!t && t.id !== term.id);
  const noteMentions = (notes?.notesMentioning(term.id) ?? []).map(n => ({ ...n, label: decodeURIComponent(n.uri.split('/').pop() ?? n.uri) }));
  // The editorials' PYQs come with the mentions; the PYQ index adds the student's own PYQ files.
  const pyqFileYears = (pyqs?.mentioning(termNames(term)) ?? []).filter(q => q.from === 'file').map(q => q.year);
  const md = new vscode.MarkdownString(termToMarkdown(term, { mentions: index.mentions(term.id), related, notes: noteMentions, pyqFileYears }, termWords(), LINKS));
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return md;
}

export function registerTermHover(index: GlossaryIndex, ready: Promise<unknown>, notes?: NoteTermIndex, pyqs?: PyqIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider(NOTES_SELECTOR, {
    async provideHover(document, position, token) {
      // A hover right after start-up must not show a term without its "Mentioned in" list.
      await settled(ready);
      if (token.isCancellationRequested) return undefined;
      const found = termAt(index, document, position);
      return found && new vscode.Hover(termHoverMarkdown(index, found.term, notes, pyqs), found.range);
    },
  });
}
