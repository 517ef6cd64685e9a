// The notes feature: "Mentioned in My Notes" (the notes that link to or mention the editorial or
// term in front of the student), checks of links from notes to editorials, and "New Note from
// Section".
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import { isEditorialNode } from '../../ui/editorialNode';
import type { FeatureContext } from '../context';
import { BacklinksProvider, registerBacklinks } from './backlinks';
import { newNoteFromSection } from './notesCommands';

export function activate(ctx: FeatureContext): { backlinks: BacklinksProvider } {
  const backlinks = registerBacklinks(ctx.library, ctx.glossary, ctx.notes, ctx.files);
  ctx.subscribe(backlinks.disposable);
  ctx.commands.register(COMMANDS.newNoteFromSection, (node?: unknown) => {
    if (isEditorialNode(node) && (node.type === 'section' || node.type === 'editorial')) return newNoteFromSection(node, ctx.files);
    void vscode.window.showInformationMessage(vscode.l10n.t('Right-click a section or an editorial in the UPSC Editorials view to make a note from it.'));
    return undefined;
  });
  return { backlinks: backlinks.provider };
}
