// The syllabus feature: every editorial, note, card, answer and PYQ placed on the UPSC syllabus.
// The "Syllabus" view (paper → topic → sub-topic with counts, coverage and gaps), the "PYQ Radar"
// view (by year or topic) and its heatmap, "Compile Month by GS Paper", "Set Syllabus Topics…",
// and the PYQ index other features ask about a term. All of it but the registrations is a chunk
// loaded on first use (features/chunks.ts): when the scan is done (the PYQ index serves the
// hovers), or before, when a view is expanded or a command runs.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import { LazyTreeProvider } from '../../ui/lazyTree';
import { showLine } from '../../ui/showLine';
import { termNames } from '../../ui/termNames';
import { background } from '../../core/shared/slices';
import { syllabusChunk } from '../chunks';
import type { FeatureContext } from '../context';
import type { HeatmapPanel } from './heatmapPanel';
import type { PyqTreeNode, PyqTreeProvider } from './pyqTree';
import type { SyllabusTreeNode, SyllabusTreeProvider } from './syllabusTree';
import type { WorkspaceSyllabus } from './workspaceSyllabus';

/** The views' ids, as in package.json. */
const SYLLABUS_VIEW_ID = 'upscEditorials.syllabus';
const PYQ_VIEW_ID = 'upscEditorials.pyqs';

export interface SyllabusHandles {
  readonly syllabus: WorkspaceSyllabus;
  readonly syllabusView: SyllabusTreeProvider;
  readonly pyqView: PyqTreeProvider;
  readonly pyqs: FeatureContext['pyqs'];
  /** The heatmap panel once it has been opened. */
  heatmap(): HeatmapPanel | undefined;
}

export function activate(ctx: FeatureContext): { readonly syllabus: SyllabusHandles } {
  let loaded: { model: WorkspaceSyllabus; syllabusView: SyllabusTreeProvider; pyqView: PyqTreeProvider } | undefined;
  const load = () => {
    if (loaded) return loaded;
    const chunk = syllabusChunk();
    const model = new chunk.WorkspaceSyllabus(ctx);
    const syllabusView = new chunk.SyllabusTreeProvider(model, ctx.config);
    const pyqView = new chunk.PyqTreeProvider(ctx.pyqs, () => model.tree);
    ctx.subscribe(model, syllabusView, pyqView);
    loaded = { model, syllabusView, pyqView };
    pyqMessage();
    return loaded;
  };
  const syllabusRows = new LazyTreeProvider<SyllabusTreeNode>(() => load().syllabusView);
  const pyqRows = new LazyTreeProvider<PyqTreeNode>(() => load().pyqView);
  const syllabusTree = vscode.window.createTreeView(SYLLABUS_VIEW_ID, { treeDataProvider: syllabusRows, showCollapseAll: true });
  const pyqTree = vscode.window.createTreeView(PYQ_VIEW_ID, { treeDataProvider: pyqRows, showCollapseAll: true });
  function pyqMessage(): void {
    const n = ctx.pyqs.size;
    pyqTree.description = loaded?.pyqView.grouping === 'topic' ? vscode.l10n.t('by topic') : vscode.l10n.t('by year');
    pyqTree.message = n ? undefined : vscode.l10n.t('No PYQs yet: they come from the editorials\' PYQ blocks and from PYQ files (pyqs/*.md).');
  }
  pyqMessage();
  let heatmap: HeatmapPanel | undefined;
  ctx.subscribe(syllabusRows, pyqRows, syllabusTree, pyqTree, ctx.pyqs.onDidChange(pyqMessage), { dispose: () => heatmap?.dispose() });
  // The PYQ index (hovers list the questions that mention a term) is filled by the model.
  // Two background jobs, apart from the scan's last one: loading the chunk (compiling it is
  // ~30 ms) and making the model.
  void ctx.ready.then(() => background.run(syllabusChunk)).then(() => background.run(load)).catch(err => ctx.log.error('loading the syllabus', err));

  // Links from tree rows and hovers: arguments come from a URI, so check them.
  ctx.commands.register(COMMANDS.openSyllabusItem, async (uri: unknown, line: unknown) => {
    if (typeof uri !== 'string' || typeof line !== 'number') return undefined;
    return showLine(uri, line);
  });
  ctx.commands.register(COMMANDS.setSyllabusTopics, (uri?: unknown, ids?: unknown) =>
    syllabusChunk().setTopics(ctx, load().model, uri, Array.isArray(ids) && ids.every(i => typeof i === 'string') ? ids : undefined));
  ctx.commands.register(COMMANDS.compileMonth, async (month?: unknown) => {
    await ctx.ready;
    return syllabusChunk().compileMonth(ctx, load().model, typeof month === 'string' ? month : undefined);
  });
  ctx.commands.register(COMMANDS.groupPyqs, () => {
    const { pyqView } = load();
    pyqView.grouping = pyqView.grouping === 'year' ? 'topic' : 'year';
    pyqMessage();
    pyqView.refresh();
    return pyqView.grouping;
  });
  ctx.commands.register(COMMANDS.showPyqHeatmap, async () => {
    const { model } = load();
    await model.coverage();
    heatmap ??= new (syllabusChunk().HeatmapPanel)(ctx.extensionUri, ctx.pyqs, () => model.tree);
    return heatmap.show();
  });
  ctx.commands.register(COMMANDS.showTermPyqs, async (id: unknown) => {
    const term = typeof id === 'string' ? ctx.glossary.get(id) : undefined;
    if (!term) return undefined;
    const asked = ctx.pyqs.mentioning(termNames(term));
    if (!asked.length) return undefined;
    const { examLabel } = syllabusChunk();
    const picked = await vscode.window.showQuickPick(
      asked.map(q => ({ label: q.text.replace(/\s+/g, ' ').slice(0, 200), description: [q.year, examLabel(q.exam), q.title].filter(Boolean).join(' · '), q })),
      { title: vscode.l10n.t('PYQs that mention {0}', term.name), matchOnDescription: true },
    );
    return picked && showLine(picked.q.source.uri, picked.q.source.line);
  });
  // Handles for the tests: reading them loads the chunk.
  return {
    syllabus: {
      get syllabus() { return load().model; },
      get syllabusView() { return load().syllabusView; },
      get pyqView() { return load().pyqView; },
      pyqs: ctx.pyqs,
      heatmap: () => heatmap,
    },
  };
}
