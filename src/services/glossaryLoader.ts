// Feeds the glossary index: the bundled data/glossary.json and the student's glossary files
// (setting `glossaryFiles`), reloaded live from WorkspaceFiles' events. Each bad entry becomes a
// Problems-panel entry at its line and column; the good entries keep working, and one broken
// file never stops the others.
import * as vscode from 'vscode';
import { GlossaryFileResult, parseGlossaryJson, parseGlossaryMarkdown } from '../core/glossary/entries';
import type { GlossaryIndex } from '../core/glossary/glossaryIndex';
import { globMatcher } from '../core/shared/glob';
import type { Config } from './config';
import type { Log } from './log';
import type { FileEvent, WorkspaceFiles } from './workspaceFiles';

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

/**
 * The bundled glossary, one file per part (listed by name: on vscode.dev the extension's folders
 * cannot be listed). data/glossary.json holds the entries of the sample's subjects; the others the
 * static syllabus every editorial leans on.
 */
import { BUNDLED_GLOSSARIES } from './bundledData';

export { BUNDLED_GLOSSARIES };

export function bundledGlossaryUri(extensionUri: vscode.Uri, name = BUNDLED_GLOSSARIES[0]): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'data', name);
}

export class GlossaryLoader implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('upsc-glossary');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private loading: Promise<void> | undefined;
  private toldUntrusted = false;
  private matchers: ((path: string) => boolean)[] = [];
  /** The workspace's glossary files now loaded (URI strings), to drop them when the globs change. */
  private readonly loaded = new Set<string>();

  constructor(
    private readonly index: GlossaryIndex,
    private readonly files: WorkspaceFiles,
    private readonly config: Config,
    private readonly log: Log,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      config.onChange(['glossaryFiles'], () => void this.scanWorkspace()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.scanWorkspace()),
      files.onDidChange(e => this.onFile(e)),
    );
  }

  /** Loads the bundled glossary, then the workspace's; resolves when both are in. */
  load(): Promise<void> {
    this.loading ??= this.log.timed('glossary load', async () => {
      await this.loadBundled();
      await this.scanWorkspace();
    });
    return this.loading;
  }

  private async loadBundled(): Promise<void> {
    let total = 0;
    for (const name of BUNDLED_GLOSSARIES) {
      const uri = bundledGlossaryUri(this.extensionUri, name);
      const bytes = await this.files.readBytes(uri);
      if (!bytes) {
        this.log.error('reading the bundled glossary', new Error(`${name} is missing from the extension`));
        void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled glossary could not be read: {0}', name));
        continue;
      }
      // One bad part never keeps the others out.
      let result: GlossaryFileResult;
      try {
        result = parseGlossaryFile(uri, bytes);
      } catch (err) {
        this.log.error(`reading the bundled glossary ${name}`, err);
        continue;
      }
      this.index.setSource(uri.toString(), result.terms, true);
      total += result.terms.length;
      if (result.problems.length) {
        this.log.warn(`bundled glossary ${name}: ${result.problems.length} problem(s), the first: ${result.problems[0].message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled glossary has {0} problem(s): {1}', result.problems.length, result.problems[0].message));
      }
    }
    this.log.info(`bundled glossary: ${total} entries`);
  }

  private globs(): string[] {
    return this.config.get('glossaryFiles').filter(g => g.trim());
  }

  private isGlossary(uri: vscode.Uri): boolean {
    const path = this.files.relative(uri);
    return this.matchers.some(m => m(path));
  }

  private onFile(e: FileEvent): void {
    const key = e.uri.toString();
    if (e.type === 'deleted') {
      for (const uri of [...this.loaded]) if (uri === key || uri.startsWith(key + '/')) this.unload(vscode.Uri.parse(uri));
      return;
    }
    if (vscode.workspace.isTrusted && this.isGlossary(e.uri)) void this.loadUserFile(e.uri);
  }

  async scanWorkspace(): Promise<void> {
    this.matchers = this.globs().map(globMatcher);
    for (const uri of [...this.loaded]) if (!this.isGlossary(vscode.Uri.parse(uri))) this.unload(vscode.Uri.parse(uri));
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
      for (const uri of await this.files.find(glob)) await this.loadUserFile(uri);
    }
  }

  private unload(uri: vscode.Uri): void {
    this.loaded.delete(uri.toString());
    this.index.removeSource(uri.toString());
    this.diagnostics.delete(uri);
  }

  async loadUserFile(uri: vscode.Uri): Promise<void> {
    let result: GlossaryFileResult;
    try {
      const stat = await this.files.stat(uri);
      if (!stat) return;
      if (stat.size > MAX_GLOSSARY_BYTES) {
        this.diagnostics.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1),
          vscode.l10n.t('Glossary file is larger than {0} MB and was not loaded.', MAX_GLOSSARY_BYTES / 1048576), vscode.DiagnosticSeverity.Error)]);
        return;
      }
      const bytes = await this.files.readBytes(uri);
      if (!bytes) return;
      result = parseGlossaryFile(uri, bytes);
    } catch (err) {
      // One bad file never takes the others down: it is left out, logged and marked.
      this.log.error(`reading glossary ${this.files.relative(uri)}`, err);
      this.diagnostics.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), vscode.l10n.t('This glossary file could not be read: {0}', String(err)), vscode.DiagnosticSeverity.Error)]);
      return;
    }
    this.loaded.add(uri.toString());
    this.index.setSource(uri.toString(), result.terms);
    if (result.problems.length) this.log.info(`glossary ${this.files.relative(uri)}: ${result.terms.length} entries, ${result.problems.length} problem(s)`);
    this.diagnostics.set(uri, result.problems.map(p => {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, p.column, p.endLine, p.endColumn), p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'UPSC glossary';
      return d;
    }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
