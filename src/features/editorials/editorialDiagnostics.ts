// Parse problems of the user's own editorials in the Problems panel. Page-break repairs are
// hints (visible in the editor, not listed as problems): they are fixes, not faults.
import * as vscode from 'vscode';
import type { EditorialLibrary, LibraryEntry } from '../../core/editorial/library';
import type { ParseProblem } from '../../core/editorial/model';
import { background } from '../../core/shared/slices';

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
    case 'no-date': return vscode.l10n.t('The source line has no date that can be read (such as 17/02/2024): the editorial is undated.');
    case 'joined-fragment': return vscode.l10n.t('Page-break fragment joined to the text before it: "{0}"', arg);
    case 'deep-list': return vscode.l10n.t('A list nested {0} levels deep: the points below level {1} are shown at level {1}.', arg, p.args?.[1] ?? '');
    case 'demoted-bullet': return vscode.l10n.t('Bullet without a bold lead read as a sub-point of the point above: "{0}"', arg);
    default: return p.message;
  }
}

/** Most files whose problems are set in one background slice (one message to the window). */
const PUBLISH_BATCH = 50;

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
  // A scan's change lists hundreds of files, and setting all their problems inside the change
  // event blocked the extension host for tens of milliseconds (one message to the window per
  // file). They are not urgent: they are set in background slices of up to PUBLISH_BATCH files,
  // one message each, from the library as it is then (a file removed meanwhile is skipped).
  const pending = new Set<string>();
  let queued = false;
  let disposed = false;
  const publish = () => {
    queued = false;
    if (disposed) return;
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    let count = 0;
    for (const uri of pending) {
      const entry = library.get(uri);
      const diagnostics = entry && !entry.bundled ? toDiagnostics(entry) : undefined;
      // VS Code sends at most ~1100 diagnostics of one set() call to the window: stay below.
      if (diagnostics && entries.length && (entries.length === PUBLISH_BATCH || count + diagnostics.length > 1000)) break;
      pending.delete(uri);
      if (diagnostics) {
        entries.push([vscode.Uri.parse(uri), diagnostics]);
        count += diagnostics.length;
      }
    }
    if (entries.length) collection.set(entries);
    schedule();
  };
  const schedule = () => {
    if (queued || !pending.size) return;
    queued = true;
    void background.run(publish);
  };
  const sub = library.onDidChange(change => {
    for (const uri of change.removed) {
      pending.delete(uri);
      collection.delete(vscode.Uri.parse(uri));
    }
    for (const uri of [...change.added, ...change.changed]) pending.add(uri);
    schedule();
  });
  return vscode.Disposable.from(collection, sub, { dispose: () => { disposed = true; } });
}
