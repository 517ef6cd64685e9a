// The PYQ line of a term's hover: "Asked in PYQ 2019, 2023", a link that lists those questions
// (command upscEditorials.showTermPyqs, registered by the syllabus feature), from the workspace's
// PYQ index (editorials' PYQ blocks and the student's PYQ files).
import * as vscode from 'vscode';
import type { GlossaryTerm } from '../core/glossary/entries';
import type { PyqIndex } from '../core/syllabus/pyqIndex';
import { commandUri, COMMANDS } from '../services/commandIds';

/** The names a term is asked by: its name, aliases and Hindi name. */
export function termNames(term: GlossaryTerm): string[] {
  return [term.name, ...term.aliases, ...(term.hindiName ? [term.hindiName] : [])];
}

/**
 * A markdown line for the hover, or undefined when no PYQ mentions the term. The hover's
 * MarkdownString must trust COMMANDS.showTermPyqs for the link to work.
 */
export function pyqHoverLine(pyqs: PyqIndex, term: GlossaryTerm): string | undefined {
  const asked = pyqs.mentioning(termNames(term));
  if (!asked.length) return undefined;
  const years = [...new Set(asked.map(q => q.year).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  const label = years.length ? vscode.l10n.t('Asked in PYQ {0}', years.join(', ')) : vscode.l10n.t('Asked in a PYQ');
  const count = asked.length === 1 ? vscode.l10n.t('1 question') : vscode.l10n.t('{0} questions', asked.length);
  return `**[${label}](${commandUri(COMMANDS.showTermPyqs, [term.id])})** (${count})`;
}
