// Where review progress lives: `.vscode/upsc-review.json` in the workspace (default) or the
// extension's global storage (setting). Written atomically (temp file, then rename); a corrupted
// file is backed up and reset with a message, never a crash.
import * as vscode from 'vscode';
import { emptyState, parseState, ReviewState, serializeState } from '../core/revision/reviewState';
import type { Config } from './config';
import type { WorkspaceFiles } from './workspaceFiles';

export class ReviewStore {
  private state: ReviewState | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly globalStorage: vscode.Uri, private readonly config: Config, private readonly files: WorkspaceFiles) {}

  get uri(): vscode.Uri {
    const where = this.config.get('review.storage');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (where === 'workspace' && folder && vscode.workspace.isTrusted) return vscode.Uri.joinPath(folder.uri, '.vscode', 'upsc-review.json');
    return vscode.Uri.joinPath(this.globalStorage, 'upsc-review.json');
  }

  async load(): Promise<ReviewState> {
    if (this.state) return this.state;
    const uri = this.uri;
    const bytes = await this.files.readBytes(uri);
    if (!bytes) {
      this.state = emptyState(); // no file yet
      return this.state;
    }
    const text = new TextDecoder().decode(bytes);
    const { state, problem } = parseState(text);
    if (problem) {
      const backup = uri.with({ path: uri.path.replace(/\.json$/, `.corrupt-${Date.now()}.json`) });
      await vscode.workspace.fs.copy(uri, backup, { overwrite: false }).then(undefined, () => undefined);
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: your review progress file was damaged ({0}). A copy was kept as {1}; what could be read was kept.', problem, vscode.workspace.asRelativePath(backup)));
    }
    this.state = state;
    return state;
  }

  /** Saves after each change; writes are queued so two never interleave. */
  save(state: ReviewState): Promise<void> {
    this.state = state;
    const text = serializeState(state);
    this.writing = this.writing.then(async () => {
      await this.files.write(this.uri, text, { atomic: true });
    }).catch(err => {
      void vscode.window.showErrorMessage(vscode.l10n.t('UPSC: could not save review progress: {0}', String(err)));
    });
    return this.writing;
  }

  /** Forget the cached state (e.g. the storage setting changed). */
  reset(): void {
    this.state = undefined;
  }
}
