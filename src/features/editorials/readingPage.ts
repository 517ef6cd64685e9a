// The page of "UPSC: Show How This Editorial Was Read" (showReading.ts): what the parser found in
// an editorial, as markdown in the UI language. Loaded with the editorials chunk, on first use
// (features/chunks.ts): most sessions never open it.
import * as vscode from 'vscode';
import type { LibraryEntry } from '../../core/editorial/library';
import { readEditorial } from '../../core/editorial/readingReport';
import { escapeMarkdown } from '../../core/shared/markdown/inline';

const cell = (text: string) => escapeMarkdown(text).replace(/\n/g, ' ');

/** The page, in the UI language; every text from the editorial escaped. */
export function readingMarkdown(entry: LibraryEntry): string {
  const e = entry.editorial;
  const r = readEditorial(e);
  const out: string[] = [`# ${vscode.l10n.t('How "{0}" was read', cell(r.title))}`, ''];
  const facts = [
    vscode.l10n.t('Language: {0}', r.language === 'hi' ? vscode.l10n.t('Hindi') : vscode.l10n.t('English')),
    vscode.l10n.t('Date: {0}', r.date ?? vscode.l10n.t('none found')),
    r.gsPapers.length ? vscode.l10n.t('GS papers: {0}', r.gsPapers.join(', ')) : '',
    r.tags.length ? vscode.l10n.t('Tags: {0}', r.tags.map(cell).join(', ')) : '',
    vscode.l10n.t('For Prelims: {0} terms', r.prelims.length),
  ].filter(Boolean);
  for (const f of facts) out.push(`- ${f}`);
  out.push('', `## ${vscode.l10n.t('Sections ({0})', r.sections.length)}`, '');
  out.push(`| # | ${vscode.l10n.t('Section')} | ${vscode.l10n.t('Points')} | ${vscode.l10n.t('Tables')} | ${vscode.l10n.t('Line')} |`, '| --- | --- | --- | --- | --- |');
  r.sections.forEach((s, i) => out.push(`| ${i + 1} | ${cell(s.heading)} | ${s.points} | ${s.tables} | ${s.line + 1} |`));
  out.push('', `## ${vscode.l10n.t('Mains question')}`, '', r.mainsQuestion ? `> ${cell(r.mainsQuestion)}` : `*${vscode.l10n.t('none found')}*`);
  out.push('', `## ${vscode.l10n.t('FAQs ({0})', r.faqs)}`, '');
  e.faqs.forEach((f, i) => out.push(`${i + 1}. ${cell(f.question)}`));
  out.push('', `## ${vscode.l10n.t('Previous year questions: {0} prelims, {1} mains', r.pyqPrelims, r.pyqMains)}`, '');
  for (const q of e.pyqs) {
    const what = [q.exam === 'prelims' ? vscode.l10n.t({ message: 'Prelims', comment: ['the UPSC preliminary exam'] }) : vscode.l10n.t({ message: 'Mains', comment: ['the UPSC main exam'] }), q.year].filter(Boolean).join(' ');
    const extra = [q.options?.length ? vscode.l10n.t('{0} options', q.options.length) : '', q.answer ? vscode.l10n.t('answer ({0})', q.answer) : ''].filter(Boolean).join(', ');
    out.push(`- **${what}**${extra ? ` (${extra})` : ''}: ${cell(q.text.length > 140 ? q.text.slice(0, 139) + '…' : q.text)}`);
  }
  out.push('', `## ${vscode.l10n.t('Page-break repairs ({0})', e.repairs.length)}`, '');
  for (const rep of e.repairs) {
    out.push(`- ${vscode.l10n.t('Line {0}', rep.line + 1)}: ${rep.kind === 'joined-fragment' ? vscode.l10n.t('fragment joined to the text before it') : vscode.l10n.t('bullet read as a sub-point')}: "${cell(rep.text.slice(0, 80))}"`);
  }
  out.push('', `## ${vscode.l10n.t('Warnings ({0})', r.warnings.length)}`, '');
  for (const w of r.warnings) out.push(`- ${cell(w)}`);
  if (r.rawMarkup.length) {
    out.push('', `## ${vscode.l10n.t('Markup left in the text ({0})', r.rawMarkup.length)}`, '');
    for (const m of r.rawMarkup) out.push(`- ${cell(m)}`);
  }
  return out.join('\n') + '\n';
}
