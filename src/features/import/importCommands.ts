// Getting editorials in: from the clipboard, from text in an editor, from chosen files, or a
// whole folder of .md/.txt/.html files (from a web address: urlImport.ts). core/import converts
// the text and the parser reads it; the canonical markdown is written to
// editorials/YYYY-MM-DD-slug.md. The same editorial again (that name taken) is written only when
// the student says so (duplicates.ts): over the old file, or beside it under a new name. An
// import that gives nothing writes nothing (the student's text opens in an untitled editor).
import * as vscode from 'vscode';
import { importEditorial, ImportResult, NO_ARTICLE } from '../../core/import/importEditorial';
import { looksLikeHtml } from '../../core/import/html/looksLikeHtml';
import { uniqueFileName } from '../../core/shared/fileNames';
import { COMMANDS } from '../../services/commandIds';
import type { Log } from '../../services/log';
import type { WorkspaceFiles } from '../../services/workspaceFiles';
import { askDuplicate, type AskDuplicate, existingFile } from './duplicates';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** What can be imported: markdown, plain text and saved web pages. */
const EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm', 'xhtml'];
const IMPORTABLE = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`, 'i');
const HTML_FILE = /\.x?html?$/i;
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * A file's text: UTF-8; a saved web page that is not UTF-8 may declare its encoding in a
 * <meta charset> (or http-equiv Content-Type) near its start, which is then used.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    if (HTML_FILE.test(name)) {
      try {
        const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
        const label = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)?.[1];
        if (label && !/^utf-?8$/i.test(label)) return new TextDecoder(label, { fatal: true }).decode(bytes);
      } catch { /* an unknown encoding label, or bytes that are not in it */ }
    }
    throw new Error(vscode.l10n.t('not UTF-8 text'));
  }
}

function editorialsFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, 'editorials');
}

/**
 * Writes an import in `folder` and returns its URI; `taken` holds the names in use. `over` is the
 * file of the same editorial to replace; without it the name is a new one.
 */
async function writeImport(files: WorkspaceFiles, result: ImportResult, folder: vscode.Uri, taken: Set<string>, over?: vscode.Uri): Promise<vscode.Uri> {
  const name = over ? undefined : uniqueFileName(result.fileName, taken);
  if (name) taken.add(name);
  const uri = over ?? vscode.Uri.joinPath(folder, name!);
  // Atomic: a write that fails half way leaves no half editorial behind.
  await files.write(uri, result.markdown, { atomic: true });
  return uri;
}

/** Why an import gave no editorial, from its notes ("no conversion: …", "the input is empty", no article). */
function emptyReason(result: ImportResult): string {
  return result.notes.find(n => n.startsWith('no conversion') || n === 'the input is empty' || n === NO_ARTICLE) ?? result.notes.slice(1, 3).join('; ');
}

export class ImportCommands {
  constructor(
    /** Whether the active editor shows an editorial (then "from the editor" starts a new file). */
    private readonly isEditorial: (uri: string) => boolean,
    private readonly files: WorkspaceFiles,
    private readonly log: Log,
  ) {}

  /** Asks what to do with an editorial imported again (tests answer it themselves). */
  askDuplicate: AskDuplicate = askDuplicate;

  private async takenNames(folder: vscode.Uri): Promise<Set<string>> {
    return new Set((await this.files.list(folder) ?? []).map(([name]) => name));
  }

  /** Imports text as one editorial, opens it and shows it in the tree. */
  /** Nothing saved: the student's text is kept, in an untitled editor, with the reason. */
  private async keepText(text: string, from: string, err: unknown): Promise<undefined> {
    const reason = err instanceof Error ? err.message : String(err);
    this.log.warn(`import from ${from}: nothing saved (${reason})`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: text, language: looksLikeHtml(text) ? 'html' : 'markdown' }));
    void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: nothing could be read from {0} ({1}). Your text is open in an untitled editor.', from, reason));
    return undefined;
  }

  async importText(text: string, from: string): Promise<vscode.Uri | undefined> {
    if (!text.trim()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: {0} is empty: nothing to import.', from));
      return undefined;
    }
    const folder = editorialsFolder();
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: open a folder first; imported editorials are saved in its editorials/ folder.'));
      return undefined;
    }
    let result: ImportResult;
    try {
      result = importEditorial(text);
      this.log.info(`import from ${from}: ${result.format}, "${result.title}", ${result.notes.length} notes`);
      if (!result.markdown.trim()) throw new Error(emptyReason(result));
    } catch (err) {
      return this.keepText(text, from, err);
    }
    const taken = await this.takenNames(folder);
    const existing = existingFile(result.fileName, folder, taken);
    const choice = existing ? await this.askDuplicate([existing], false) : 'keep';
    if (existing) this.log.info(`import from ${from}: ${vscode.workspace.asRelativePath(existing)} exists, ${choice ?? 'cancelled'}`);
    if (!choice || choice === 'skip') return undefined;
    if (choice === 'open' && existing) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(existing), { preview: false });
      await vscode.commands.executeCommand(COMMANDS.revealEditorial, existing);
      return existing;
    }
    let uri: vscode.Uri;
    try {
      uri = await writeImport(this.files, result, folder, taken, choice === 'replace' ? existing : undefined);
    } catch (err) {
      return this.keepText(text, from, err);
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await vscode.commands.executeCommand(COMMANDS.revealEditorial, uri);
    const summary = result.notes.length ? ` ${result.notes.slice(0, 3).join('; ')}${result.notes.length > 3 ? '…' : ''}` : '';
    void vscode.window.showInformationMessage(vscode.l10n.t('Imported "{0}" as {1} ({2}).{3}', result.title, vscode.workspace.asRelativePath(uri), result.format, summary));
    return uri;
  }

  async fromClipboard(): Promise<vscode.Uri | undefined> {
    return this.importText(await vscode.env.clipboard.readText(), vscode.l10n.t('The clipboard'));
  }

  /** Imports the selection (or the whole text) of the active editor. */
  async fromEditor(): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || this.isEditorial(editor.document.uri.toString())) {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      await vscode.window.showTextDocument(doc);
      void vscode.window.showInformationMessage(vscode.l10n.t('Paste the editorial text into this new file, then run "UPSC: New Editorial from Text" again.'));
      return undefined;
    }
    const text = editor.selection.isEmpty ? editor.document.getText() : editor.document.getText(editor.selection);
    return this.importText(text, vscode.l10n.t('The editor'));
  }

  /**
   * Imports the .md/.markdown/.txt/.html/.htm/.xhtml files of a folder (asked for when not given).
   * Given a file instead, imports that file; given several (the explorer's multi-selection), all.
   */
  async fromFolder(source?: vscode.Uri, selection?: readonly vscode.Uri[]): Promise<ImportReport | undefined> {
    const target = editorialsFolder();
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: open a folder first; imported editorials are saved in its editorials/ folder.'));
      return undefined;
    }
    source ??= (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Import Editorials') }))?.[0];
    if (!source) return undefined;
    const roots = selection?.length ? selection : [source];
    const files: vscode.Uri[] = [];
    for (const uri of roots) {
      const type = (await this.files.stat(uri))?.type ?? vscode.FileType.Unknown;
      if (type & vscode.FileType.Directory) {
        files.push(...(await this.files.list(uri) ?? [])
          .filter(([name, type]) => type === vscode.FileType.File && IMPORTABLE.test(name))
          .map(([name]) => name)
          .sort()
          .map(name => vscode.Uri.joinPath(uri, name)));
      } else files.push(uri);
    }
    return this.importFiles(files, target);
  }

  /** Asks for one or more files (markdown, text or saved web pages) and imports them. */
  async fromFiles(chosen?: readonly vscode.Uri[]): Promise<ImportReport | undefined> {
    const target = editorialsFolder();
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('UPSC: open a folder first; imported editorials are saved in its editorials/ folder.'));
      return undefined;
    }
    const files = chosen?.length ? chosen : await vscode.window.showOpenDialog({
      canSelectFiles: true, canSelectFolders: false, canSelectMany: true, openLabel: vscode.l10n.t('Import Editorials'),
      filters: { [vscode.l10n.t('Editorials (markdown, text, web pages)')]: EXTENSIONS },
    });
    if (!files?.length) return undefined;
    return this.importFiles(files, target);
  }

  /**
   * Imports files one by one, with progress; says which failed and why. Those already imported
   * (the same name in editorials/) are written only as the student says, asked once for all.
   */
  private async importFiles(uris: readonly vscode.Uri[], target: vscode.Uri): Promise<ImportReport> {
    const files = uris.map(uri => uri.path.slice(uri.path.lastIndexOf('/') + 1));
    const imported: vscode.Uri[] = [];
    const failed: { file: string; reason: string }[] = [];
    const converted: { file: string; result: ImportResult }[] = [];
    const taken = await this.takenNames(target);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('UPSC: importing editorials'), cancellable: true }, async (progress, token) => {
      for (const [i, name] of files.entries()) {
        if (token.isCancellationRequested) {
          failed.push(...files.slice(i).map(file => ({ file, reason: vscode.l10n.t('cancelled') })));
          break;
        }
        progress.report({ message: `${i + 1}/${files.length} ${name}`, increment: 100 / files.length });
        try {
          converted.push({ file: name, result: await this.convertFile(uris[i], name) });
        } catch (err) {
          failed.push({ file: name, reason: err instanceof Error ? err.message : String(err) });
        }
      }
    });
    const existing = new Map(converted.map(c => [c, existingFile(c.result.fileName, target, taken)] as const).filter((e): e is [typeof e[0], vscode.Uri] => !!e[1]));
    const choice = existing.size ? await this.askDuplicate([...existing.values()], converted.length > 1) : 'keep';
    if (existing.size) this.log.info(`import: ${existing.size} already imported, ${choice ?? 'cancelled'}`);
    for (const c of converted) {
      const over = existing.get(c);
      if (over && (choice === undefined || choice === 'skip' || choice === 'open')) {
        if (choice === 'open') imported.push(over);
        else failed.push({ file: c.file, reason: vscode.l10n.t('already imported as {0}', vscode.workspace.asRelativePath(over)) });
        continue;
      }
      try {
        imported.push(await writeImport(this.files, c.result, target, taken, over && choice === 'replace' ? over : undefined));
      } catch (err) {
        failed.push({ file: c.file, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    if (choice === 'open' && imported.length === 1) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(imported[0]), { preview: false });
    const details = failed.map(f => `${f.file}: ${f.reason}`).join('\n');
    const message = vscode.l10n.t('Imported {0} of {1} files into editorials/.', imported.length, files.length) +
      (failed.length ? ' ' + vscode.l10n.t('Not imported: {0}', failed.map(f => `${f.file} (${f.reason})`).join(', ')) : '');
    if (failed.length) void vscode.window.showWarningMessage(message, { detail: details });
    else void vscode.window.showInformationMessage(message);
    return { imported, failed };
  }

  /** A file's text converted to an editorial; throws an Error saying why it cannot be one. */
  private async convertFile(uri: vscode.Uri, name: string): Promise<ImportResult> {
    const size = (await this.files.stat(uri))?.size ?? 0;
    if (size > MAX_IMPORT_BYTES) throw new Error(vscode.l10n.t('larger than 20 MB'));
    const bytes = await this.files.readBytes(uri);
    if (!bytes) throw new Error(vscode.l10n.t('could not be read'));
    const text = decodeText(bytes, name);
    if (text.includes('\u0000')) throw new Error(vscode.l10n.t('binary file'));
    if (!text.trim()) throw new Error(vscode.l10n.t('empty file'));
    const result = importEditorial(text);
    // An import that gives nothing is not saved (never an empty file): the reason is said.
    if (!result.markdown.trim()) throw new Error(emptyReason(result));
    return result;
  }
}

export interface ImportReport {
  imported: vscode.Uri[];
  failed: { file: string; reason: string }[];
}
