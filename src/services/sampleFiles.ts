// The bundled sample, read-only: the extension's data/editorials folder shown under the
// `upsc-sample:` scheme by a file system that refuses every write. Opened from the install folder
// itself, the sample was an ordinary writable file: one keystroke and autosave changed the
// extension's own copy for good. Through this file system the editor marks it read-only, and
// nothing the student does can change the install folder. Reads go to the real files through
// workspace.fs, so it works wherever the extension's files can be read (vscode.dev too).
import * as vscode from 'vscode';

export const SAMPLE_SCHEME = 'upsc-sample';

/** The sample folder as the library and the editor see it. */
export const SAMPLE_FOLDER = vscode.Uri.from({ scheme: SAMPLE_SCHEME, path: '/editorials' });

export class SampleFiles implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  private readonly registration: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri) {
    // One provider per scheme: a second indexer (the integration tests make one) reads through the first's.
    let registration: vscode.Disposable = { dispose: () => undefined };
    try {
      registration = vscode.workspace.registerFileSystemProvider(SAMPLE_SCHEME, this, { isCaseSensitive: true, isReadonly: true });
    } catch {
      // already registered
    }
    this.registration = registration;
  }

  /** The real file behind a sample URI; only what is under data/editorials. */
  private real(uri: vscode.Uri): vscode.Uri {
    const parts = uri.path.split('/').filter(Boolean);
    if (parts[0] !== 'editorials' || parts.some(p => p === '..' || p === '.')) throw vscode.FileSystemError.FileNotFound(uri);
    return vscode.Uri.joinPath(this.extensionUri, 'data', ...parts);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined); // the install folder does not change while it runs
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const s = await vscode.workspace.fs.stat(this.real(uri));
    return { ...s, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(uri: vscode.Uri): Thenable<[string, vscode.FileType][]> {
    return vscode.workspace.fs.readDirectory(this.real(uri));
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(this.real(uri));
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.emitter.dispose();
  }
}
