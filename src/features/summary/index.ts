// The summaries feature: "Show Section Summaries" opens a webview per editorial with each section
// summarised (rendered by the one markdown engine), live with the file, restored after a reload.
import * as vscode from 'vscode';
import type { LibraryEntry } from '../../core/editorial/library';
import { COMMANDS } from '../../services/commandIds';
import { isEditorialNode } from '../../ui/editorialNode';
import { pickEditorial } from '../../ui/editorialPicker';
import type { FeatureContext } from '../context';
import { summaryChunk } from '../chunks';
import type { SummaryPanels } from './summaryPanel';
import { SUMMARY_VIEW_TYPE } from './viewType';

interface PanelState {
  uri: string;
}

export function activate(ctx: FeatureContext): { readonly summaries: SummaryPanels } {
  const { library, ready } = ctx;
  // The panels, the summariser and the page are loaded on first use (features/chunks.ts).
  let loaded: SummaryPanels | undefined;
  const panels = () => {
    if (!loaded) ctx.subscribe(loaded = new (summaryChunk().SummaryPanels)(ctx.extensionUri, library, ctx.glossary, ctx.notesTarget));
    return loaded;
  };
  ctx.subscribe(
    vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state: PanelState | undefined) {
        await ready;
        panel.webview.options = panels().webviewOptions();
        if (state && typeof state.uri === 'string' && library.has(state.uri)) panels().attach(panel, state.uri);
        else panel.dispose();
      },
    }),
  );
  ctx.commands.register(COMMANDS.showSummaries, async (arg?: unknown) => {
    await ready;
    let entry: LibraryEntry | undefined;
    let section: number | undefined;
    if (arg instanceof vscode.Uri) entry = library.get(arg.toString());
    else if (isEditorialNode(arg)) {
      entry = library.get(arg.entry.uri);
      if (arg.type === 'section') section = arg.entry.editorial.sections.indexOf(arg.section);
    }
    entry ??= await pickEditorial(library, vscode.l10n.t('Show Section Summaries'));
    if (!entry) {
      if (!library.size) void vscode.window.showInformationMessage(vscode.l10n.t('No editorials are loaded yet.'));
      return undefined;
    }
    return panels().show(entry, section !== undefined && section >= 0 ? section : undefined);
  });
  // A handle for the tests: reading it loads the chunk.
  return { get summaries() { return panels(); } };
}
