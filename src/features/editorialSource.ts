// Feeds the core library from VS Code: the bundled sample from the extension's data/ folder and
// the user's own editorials from the workspace (setting `upscEditorials.editorialFiles`), kept
// up to date by a file-system watcher. All reads go through `workspace.fs`, so it also works in
// remote and virtual workspaces.
import * as vscode from 'vscode';
import { globToRegExp } from '../core/glob';
import type { EditorialLibrary } from '../core/library';

export const EDITORIAL_GLOB_SETTING = 'upscEditorials.editorialFiles';
const DEFAULT_GLOB = '**/editorials/**/*.md';
/** Larger files are skipped: a 20 MB "editorial" is a mistake, and parsing it would stall the host. */
export const MAX_EDITORIAL_BYTES = 20 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_EDITORIAL_BYTES) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: skipped {0}: {1} MB is larger than the {2} MB limit for editorials.',
        vscode.workspace.asRelativePath(uri), (stat.size / 1048576).toFixed(1), MAX_EDITORIAL_BYTES / 1048576));
      return undefined;
    }
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // deleted between the event and the read: the delete event follows
  }
}

export class EditorialSource implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.FileSystemWatcher[] = [];
  private scanning: Promise<void> | undefined;

  constructor(private readonly library: EditorialLibrary, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(EDITORIAL_GLOB_SETTING)) void this.rescan();
    }));
  }

  private get glob(): string {
    return vscode.workspace.getConfiguration().get<string>(EDITORIAL_GLOB_SETTING) || DEFAULT_GLOB;
  }

  /** Loads the bundled sample and scans the workspace; safe to call again (refresh). */
  load(): Promise<void> {
    this.scanning ??= this.doLoad().finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  private async doLoad(): Promise<void> {
    await this.loadBundled();
    await this.rescan();
  }

  private async loadBundled(): Promise<void> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'data', 'editorials');
    let files: [string, vscode.FileType][] = [];
    try {
      files = await vscode.workspace.fs.readDirectory(folder);
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: the bundled editorials could not be read: {0}', String(err)));
    }
    for (const [name, type] of files) {
      if (type !== vscode.FileType.File || !name.endsWith('.md')) continue;
      const uri = vscode.Uri.joinPath(folder, name);
      const text = await readText(uri);
      if (text !== undefined) this.library.set(uri.toString(), text, { bundled: true });
    }
  }

  /** Finds the workspace's editorials, adds new or changed ones, drops those that are gone. */
  async rescan(): Promise<void> {
    this.watch();
    if (!vscode.workspace.workspaceFolders?.length) return;
    const uris = await vscode.workspace.findFiles(this.glob, '**/node_modules/**');
    const found = new Set(uris.map(u => u.toString()));
    for (const entry of this.library.all()) {
      if (!entry.bundled && !found.has(entry.uri)) this.library.delete(entry.uri);
    }
    for (const uri of uris) await this.update(uri);
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    const files = vscode.workspace.createFileSystemWatcher(this.glob);
    files.onDidCreate(uri => this.update(uri));
    files.onDidChange(uri => this.update(uri));
    files.onDidDelete(uri => this.library.delete(uri.toString()));
    // The file watcher reports a folder created or deleted as one event for the folder, without
    // its files: look inside created folders, and drop every editorial under a deleted one.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    // Files written into a folder just after it appears can be missed while the watcher is still
    // attaching to it: look again a little later.
    folders.onDidCreate(uri => {
      void this.scanFolder(uri);
      for (const ms of [1000, 3000]) setTimeout(() => void this.scanFolder(uri), ms);
    });
    folders.onDidDelete(uri => {
      const prefix = uri.toString() + '/';
      for (const entry of this.library.all()) if (entry.uri.startsWith(prefix)) this.library.delete(entry.uri);
    });
    this.watchers = [files, folders];
  }

  private async scanFolder(uri: vscode.Uri): Promise<void> {
    // Package installs and VCS folders create thousands of folders: never look in them.
    if (/\/(node_modules|\.git)(\/|$)/.test(uri.path)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return;
    }
    const glob = globToRegExp(this.glob);
    for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.md'), '**/node_modules/**')) {
      if (glob.test(vscode.workspace.asRelativePath(file, false))) await this.update(file);
    }
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const text = await readText(uri);
    if (text === undefined) return;
    if (text.includes('\u0000')) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: skipped {0}: it looks like a binary file, not markdown.', vscode.workspace.asRelativePath(uri)));
      return;
    }
    this.library.set(uri.toString(), text);
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
