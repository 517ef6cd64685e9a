// Words the syllabus views say, in the UI language: a node's name, its counts ("3 editorials ·
// 2 notes · 5 due · 40%"), an item's kind, a PYQ's exam. Every message is a literal, for the l10n test.
import * as vscode from 'vscode';
import { coveragePercent, type ItemKind, type NodeStats } from '../../core/syllabus/coverage';
import type { SyllabusTree } from '../../core/syllabus/tree';

export const uiLanguage = (): string => vscode.env.language || 'en';

export function nodeName(tree: SyllabusTree, id: string): string {
  return tree.nameOf(id, uiLanguage());
}

/** The short counts on a tree row; nothing for a node nothing sits on. */
export function statsDescription(s: NodeStats): string {
  const parts: string[] = [];
  if (s.editorials) parts.push(vscode.l10n.t({ message: '{0} ed.', args: [s.editorials], comment: ['number of editorials on a syllabus topic, short'] }));
  if (s.notes) {parts.push(s.notes === 1 ? vscode.l10n.t({ message: '1 note', comment: ['one note of the student\'s on a syllabus topic'] })
    : vscode.l10n.t({ message: '{0} notes', args: [s.notes], comment: ['number of the student\'s notes on a syllabus topic'] }));}
  if (s.answers) parts.push(vscode.l10n.t({ message: '{0} ans.', args: [s.answers], comment: ['number of mains answers written on a syllabus topic, short'] }));
  if (s.pyqs) parts.push(vscode.l10n.t({ message: '{0} PYQ', args: [s.pyqs], comment: ['number of previous-year questions on a syllabus topic'] }));
  if (s.cardsDue) parts.push(vscode.l10n.t({ message: '{0} due', args: [s.cardsDue], comment: ['number of flashcards due for review'] }));
  if (s.leaves > 1 || s.coveredLeaves) parts.push(`${coveragePercent(s)}%`);
  return parts.join(' · ');
}

/** The long form, for a tooltip. */
export function statsTooltip(name: string, id: string, s: NodeStats): string {
  const lines = [
    `**${name}** \`${id}\``,
    '',
    vscode.l10n.t('Editorials: {0} · notes: {1} · answers written: {2} · PYQs: {3}', s.editorials, s.notes, s.answers, s.pyqs),
    vscode.l10n.t('Cards: {0}, due for review: {1}', s.cards, s.cardsDue),
    vscode.l10n.t('Coverage: {0} of {1} sub-topics have notes of your own ({2}%)', s.coveredLeaves, s.leaves, coveragePercent(s)),
    s.lastRevised ? vscode.l10n.t('Last revised: {0}', s.lastRevised.slice(0, 10)) : vscode.l10n.t('Not revised yet'),
  ];
  return lines.join('\n\n');
}

export function itemKindLabel(kind: ItemKind): string {
  switch (kind) {
    case 'editorial': return vscode.l10n.t({ message: 'Editorial', comment: ['kind of item on a syllabus topic'] });
    case 'note': return vscode.l10n.t({ message: 'Note', comment: ['kind of item on a syllabus topic'] });
    case 'answer': return vscode.l10n.t({ message: 'Answer', comment: ['kind of item on a syllabus topic: a mains answer the student wrote'] });
    case 'pyq': return vscode.l10n.t({ message: 'PYQ', comment: ['kind of item on a syllabus topic: a previous-year question'] });
  }
}

export function examLabel(exam: 'prelims' | 'mains'): string {
  return exam === 'prelims' ? vscode.l10n.t({ message: 'Prelims', comment: ['the UPSC preliminary exam'] }) : vscode.l10n.t({ message: 'Mains', comment: ['the UPSC main exam'] });
}

export function confidenceLabel(confidence: number, via: string): string {
  const pct = Math.round(confidence * 100);
  switch (via) {
    case 'override': return vscode.l10n.t('set by you');
    case 'tags': return vscode.l10n.t('from the tags, {0}% sure', pct);
    case 'paper': return vscode.l10n.t('the tags name this paper');
    default: return vscode.l10n.t('from the text, {0}% sure', pct);
  }
}
