// The syllabus feature: every editorial, note, card, answer and PYQ placed on the UPSC syllabus.
// The "Syllabus" view (paper → topic → sub-topic with counts, coverage and gaps), the "PYQ Radar"
// view (by year or topic) and its heatmap, "Compile Month by GS Paper", "Set Syllabus Topics…",
// and the PYQ index other features ask about a term.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import { showLine } from '../../ui/showLine';
import { termNames } from '../../ui/termNames';
import type { FeatureContext } from '../context';
import { compileMonth } from './compileMonth';
import type { HeatmapPanel } from './heatmapPanel';
import { PYQ_VIEW_ID, PyqTreeProvider } from './pyqTree';
import { setTopics } from './setTopics';
import { examLabel } from './syllabusLabels';
import { SYLLABUS_VIEW_ID, SyllabusTreeProvider } from './syllabusTree';
import { WorkspaceSyllabus } from './workspaceSyllabus';

export interface SyllabusHandles {
  readonly syllabus: WorkspaceSyllabus;
  readonly syllabusView: SyllabusTreeProvider;
  readonly pyqView: PyqTreeProvider;
  readonly pyqs: FeatureContext['pyqs'];
  /** The heatmap panel once it has been opened. */
  heatmap(): HeatmapPanel | undefined;
}

export function activate(ctx: FeatureContext): { syllabus: SyllabusHandles } {
  const model = new WorkspaceSyllabus(ctx);
  const syllabusView = new SyllabusTreeProvider(model, ctx.config);
  const pyqView = new PyqTreeProvider(ctx.pyqs, () => model.tree);
  const syllabusTree = vscode.window.createTreeView(SYLLABUS_VIEW_ID, { treeDataProvider: syllabusView, showCollapseAll: true });
  const pyqTree = vscode.window.createTreeView(PYQ_VIEW_ID, { treeDataProvider: pyqView, showCollapseAll: true });
  const pyqMessage = () => {
    const n = ctx.pyqs.size;
    pyqTree.description = pyqView.grouping === 'year' ? vscode.l10n.t('by year') : vscode.l10n.t('by topic');
    pyqTree.message = n ? undefined : vscode.l10n.t('No PYQs yet: they come from the editorials\' PYQ blocks and from PYQ files (pyqs/*.md).');
  };
  pyqMessage();
  let heatmap: HeatmapPanel | undefined;
  ctx.subscribe(model, syllabusView, pyqView, syllabusTree, pyqTree, ctx.pyqs.onDidChange(pyqMessage), { dispose: () => heatmap?.dispose() });

  // Links from tree rows and hovers: arguments come from a URI, so check them.
  ctx.commands.register(COMMANDS.openSyllabusItem, async (uri: unknown, line: unknown) => {
    if (typeof uri !== 'string' || typeof line !== 'number') return undefined;
    return showLine(uri, line);
  });
  ctx.commands.register(COMMANDS.setSyllabusTopics, (uri?: unknown, ids?: unknown) =>
    setTopics(ctx, model, uri, Array.isArray(ids) && ids.every(i => typeof i === 'string') ? ids : undefined));
  ctx.commands.register(COMMANDS.compileMonth, async (month?: unknown) => {
    await ctx.ready;
    return compileMonth(ctx, model, typeof month === 'string' ? month : undefined);
  });
  ctx.commands.register(COMMANDS.groupPyqs, () => {
    pyqView.grouping = pyqView.grouping === 'year' ? 'topic' : 'year';
    pyqMessage();
    pyqView.refresh();
    return pyqView.grouping;
  });
  ctx.commands.register(COMMANDS.showPyqHeatmap, async () => {
    await model.coverage();
    // The panel and its page are loaded on first use only.
    const { HeatmapPanel } = await import('./heatmapPanel');
    heatmap ??= new HeatmapPanel(ctx.extensionUri, ctx.pyqs, () => model.tree);
    return heatmap.show();
  });
  ctx.commands.register(COMMANDS.showTermPyqs, async (id: unknown) => {
    const term = typeof id === 'string' ? ctx.glossary.get(id) : undefined;
    if (!term) return undefined;
    const asked = ctx.pyqs.mentioning(termNames(term));
    if (!asked.length) return undefined;
    const picked = await vscode.window.showQuickPick(
      asked.map(q => ({ label: q.text.replace(/\s+/g, ' ').slice(0, 200), description: [q.year, examLabel(q.exam), q.title].filter(Boolean).join(' · '), q })),
      { title: vscode.l10n.t('PYQs that mention {0}', term.name), matchOnDescription: true },
    );
    return picked && showLine(picked.q.source.uri, picked.q.source.line);
  });
  return { syllabus: { syllabus: model, syllabusView, pyqView, pyqs: ctx.pyqs, heatmap: () => heatmap } };
}
