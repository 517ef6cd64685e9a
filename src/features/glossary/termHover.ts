// Hover over a prelims term in any markdown or plain-text file (the student's own notes above
// all): name, category, definition, key facts, where editorials mention it, related terms.
// Only the hovered line (and its neighbours) is scanned, with the prebuilt automaton.
import * as vscode from 'vscode';
import type { GlossaryIndex, Mention } from '../../core/glossary/glossaryIndex';
import type { GlossaryTerm } from '../../core/glossary/entries';
import { termToMarkdown, TermLink } from '../../core/glossary/termMarkdown';
import { commandUri, COMMANDS } from '../../services/commandIds';
import { NOTES_SELECTOR, settled, termAt } from '../../ui/termAt';

function mentionLabel(m: Mention): string {
  const e = m.entry.editorial;
  const where = [e.title, m.section?.heading.replace(/\?$/, ''), m.point?.lead].filter(Boolean).join(' › ');
  return (e.source?.date ? `${where} (${e.source.date})` : where).replace(/[[\]]/g, '');
}

export function termHoverMarkdown(index: GlossaryIndex, term: GlossaryTerm): vscode.MarkdownString {
  const mentions: TermLink[] = index.mentions(term.id).map(m => ({
    label: mentionLabel(m),
    target: commandUri(COMMANDS.openMention, [m.entry.uri, m.line]),
  }));
  const related: TermLink[] = term.related
    .map(r => index.lookup(r))
    .filter((t): t is GlossaryTerm => !!t && t.id !== term.id)
    .map(t => ({ label: t.name, target: commandUri(COMMANDS.showTerm, [t.id]) }));
  // The "Mentioned in" and "Related" parts are put together here, in the same form as
  // termToMarkdown would, so that their fixed words are in the UI language.
  const parts = [termToMarkdown(term)];
  if (mentions.length) {
    const shown = mentions.slice(0, 5).map(m => `- [${m.label}](${m.target})`);
    if (mentions.length > 5) shown.push(`- ${vscode.l10n.t('…and {0} more', mentions.length - 5)}`);
    parts.push(`**${vscode.l10n.t('Mentioned in')}**\n\n${shown.join('\n')}`);
  }
  if (related.length) parts.push(`**${vscode.l10n.t('Related:')}** ${related.map(r => `[${r.label}](${r.target})`).join(' · ')}`);
  const md = new vscode.MarkdownString(parts.join('\n\n'));
  md.supportHtml = false;
  // Command links work only for this extension's own commands, which validate their arguments.
  md.isTrusted = { enabledCommands: [COMMANDS.openMention, COMMANDS.showTerm] };
  return md;
}

export function registerTermHover(index: GlossaryIndex, ready: Promise<unknown>): vscode.Disposable {
  return vscode.languages.registerHoverProvider(NOTES_SELECTOR, {
    async provideHover(document, position, token) {
      // A hover right after start-up must not show a term without its "Mentioned in" list.
      await settled(ready);
      if (token.isCancellationRequested) return undefined;
      const found = termAt(index, document, position);
      return found && new vscode.Hover(termHoverMarkdown(index, found.term), found.range);
    },
  });
}
