// Parse problems of the user's own editorials in the Problems panel. Page-break repairs are
// hints (visible in the editor, not listed as problems): they are fixes, not faults.
import * as vscode from 'vscode';
import type { EditorialLibrary, LibraryEntry } from '../core/library';
import type { ParseProblem } from '../core/model';

const SEVERITY: Record<ParseProblem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The parser's message in the UI language (the parser, pure TypeScript, writes English). */
function message(p: ParseProblem): string {
  const [arg = ''] = p.args ?? [];
  switch (p.code) {
    case 'no-title': return vscode.l10n.t('No title heading found: start the editorial with a "## Title" line.');
    case 'empty-section': return vscode.l10n.t('Section "{0}" has no text or points.', arg);
    case 'no-sections': return vscode.l10n.t('No sections found: an editorial needs "## …" headings after its title.');
    case 'no-prelims': return vscode.l10n.t('No "For Prelims:" line found; prelims terms will only come from the glossary.');
    case 'joined-fragment': return vscode.l10n.t('Page-break fragment joined to the text before it: "{0}"', arg);
    case 'demoted-bullet': return vscode.l10n.t('Bullet without a bold lead read as a sub-point of the point above: "{0}"', arg);
    default: return p.message;
  }
}

function toDiagnostics(entry: LibraryEntry): vscode.Diagnostic[] {
  return entry.editorial.problems.map(p => {
    const range = new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER);
    const isRepair = p.code === 'joined-fragment' || p.code === 'demoted-bullet';
    const d = new vscode.Diagnostic(range, message(p), isRepair ? vscode.DiagnosticSeverity.Hint : SEVERITY[p.severity]);
    d.source = 'UPSC editorial';
    d.code = p.code;
    return d;
  });
}

export function registerEditorialDiagnostics(library: EditorialLibrary): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('upsc-editorials');
  const sub = library.onDidChange(change => {
    for (const uri of change.removed) collection.delete(vscode.Uri.parse(uri));
    for (const uri of [...change.added, ...change.changed]) {
      const entry = library.get(uri);
      if (entry && !entry.bundled) collection.set(vscode.Uri.parse(uri), toDiagnostics(entry));
    }
  });
  return vscode.Disposable.from(collection, sub);
}
