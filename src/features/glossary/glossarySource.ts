// Feeds the glossary index: the bundled data/glossary.json and the user's glossary files
// (setting `upscEditorials.glossaryFiles`), reloaded live on save. Each bad entry becomes a
// Problems-panel entry at its line and column; the good entries keep working.
import * as vscode from 'vscode';
import { GlossaryFileResult, parseGlossaryJson, parseGlossaryMarkdown } from '../../core/glossary/entries';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';

export const GLOSSARY_GLOB_SETTING = 'upscEditorials.glossaryFiles';
const DEFAULT_GLOBS = ['**/*.glossary.json', '**/glossary/*.md'];
const MAX_GLOSSARY_BYTES = 5 * 1024 * 1024;

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export function parseGlossaryFile(uri: vscode.Uri, bytes: Uint8Array): GlossaryFileResult {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    return { terms: [], problems: [{ severity: 'error', message: vscode.l10n.t('This glossary file is not valid UTF-8 text; save it as UTF-8.'), line: 0, column: 0, endLine: 0, endColumn: 1 }] };
  }
  return uri.path.toLowerCase().endsWith('.json') ? parseGlossaryJson(text, uri.toString()) : parseGlossaryMarkdown(text, uri.toString());
}

export class GlossarySource implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('upsc-glossary');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private watchers: vscode.FileSystemWatcher[] = [];
  private loading: Promise<void> | undefined;
  private toldUntrusted = false;

  constructor(private readonly index: GlossaryIndex, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(GLOSSARY_GLOB_SETTING)) void this.scanWorkspace(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.scanWorkspace()),
    );
  }

  static bundledUri(extensionUri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(extensionUri, 'data', 'glossary.json');
  }

  /** Loads the bundled glossary, then the workspace's; resolves when both are in. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      await this.loadBundled();
      await this.scanWorkspace();
    })();
    return this.loading;
  }

  private async loadBundled(): Promise<void> {
    const uri = GlossarySource.bundledUri(this.extensionUri);
    try {
      const result = parseGlossaryFile(uri, await vscode.workspace.fs.readFile(uri));
      this.index.setSource(uri.toString(), result.terms, true);
      if (result.problems.length) {
        void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled glossary has {0} problem(s): {1}', result.problems.length, result.problems[0].message));
      }
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled glossary could not be read: {0}', String(err)));
    }
  }

  private globs(): string[] {
    const value = vscode.workspace.getConfiguration().get<string[] | string>(GLOSSARY_GLOB_SETTING);
    const list = Array.isArray(value) ? value : value ? [value] : DEFAULT_GLOBS;
    return list.filter(g => typeof g === 'string' && g.trim());
  }

  async scanWorkspace(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (!vscode.workspace.workspaceFolders?.length) return;
    // Files a workspace brings along are not read until the user trusts it; say so once.
    if (!vscode.workspace.isTrusted) {
      if (!this.toldUntrusted) {
        this.toldUntrusted = true;
        void vscode.window.showInformationMessage(vscode.l10n.t('UPSC: Restricted Mode. Glossary files in this workspace are not loaded until you trust it; the bundled glossary and editorials work.'));
      }
      return;
    }
    for (const glob of this.globs()) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidCreate(uri => this.loadUserFile(uri));
      watcher.onDidChange(uri => this.loadUserFile(uri));
      watcher.onDidDelete(uri => { this.index.removeSource(uri.toString()); this.diagnostics.delete(uri); });
      this.watchers.push(watcher);
      for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**')) await this.loadUserFile(uri);
    }
  }

  async loadUserFile(uri: vscode.Uri): Promise<void> {
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_GLOSSARY_BYTES) {
        this.diagnostics.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1),
          vscode.l10n.t('Glossary file is larger than {0} MB and was not loaded.', MAX_GLOSSARY_BYTES / 1048576), vscode.DiagnosticSeverity.Error)]);
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return;
    }
    const result = parseGlossaryFile(uri, bytes);
    this.index.setSource(uri.toString(), result.terms);
    this.diagnostics.set(uri, result.problems.map(p => {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, p.column, p.endLine, p.endColumn), p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'UPSC glossary';
      return d;
    }));
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
