// Runs in the VS Code extension host over a workspace of generated editorials: how long the first
// scan takes, how much heap the library and indexes add, their sizes, and how quickly the tree,
// search and hover answer. Writes JSON to UPSC_BENCH_RESULT. Heap: added (heapUsed, garbage
// included) and retained (after a full collection), both from a collected start.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { writeProbeResult } from './probeResult';
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../src/extension';
import type { TreeNode } from '../src/features/editorials/editorialTree';
import { searchItems } from '../src/features/editorials/searchEditorials';
import { BlockRecorder } from './blockRecorder';
import { collectGarbage } from './measure';

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

export async function run(): Promise<void> {
  const out = process.env.UPSC_BENCH_RESULT!;
  try {
    // Heap before, after a full collection: the retained figure below is measured the same way.
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    // The longest time the extension host's event loop was blocked while the library loaded and
    // the term mentions were indexed: the longest single synchronous task (10 ms resolution).
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    // The same, with the CPU used in each long gap and, with UPSC_BENCH_PROFILE=1, what ran.
    const recorder = new BlockRecorder(30, process.env.UPSC_BENCH_PROFILE === '1');
    const ext = vscode.extensions.getExtension<UpscEditorialsApi>('upsc-companion.upsc-editorial-companion')!;
    const t0 = performance.now();
    const api = ext.isActive ? ext.exports : await ext.activate();
    const activateMs = ms(t0);
    await api.ready;
    const readyMs = ms(t0);
    await api.glossary.indexMentions();
    // Hovers name the editorials that mention a term from here on.
    const mentionsReadyMs = ms(t0);
    // Work that follows the scan on timers (the due-card count a second after the last change,
    // Problems entries in batches) belongs to the startup too: keep measuring a little longer.
    await new Promise(r => setTimeout(r, 2500));
    // The due count makes every editorial's cards (their refs are kept): part of what a start
    // leaves in memory, whether or not its timer has fired by now.
    const dueCards = await api.review.updateStatus();
    loop.disable();
    const blocks = await recorder.stop();
    const longestBlockMs = Math.round(loop.max / 1e5) / 10;
    // The persisted index, written now rather than on its timer (what the next start reads).
    let t = performance.now();
    await api.editorialIndex.save();
    const indexSaveMs = ms(t);
    // The card refs too (the next start takes them instead of making every editorial's cards).
    await api.review.keptRefs?.save();
    const heapAfter = process.memoryUsage().heapUsed;
    // What the extension keeps: the same after a full collection (the figure above also holds
    // the garbage of the scan and the save that no collection has taken yet).
    collectGarbage();
    const heapRetained = process.memoryUsage().heapUsed;
    // UPSC_BENCH_SNAPSHOT=/tmp/x: a heap snapshot of what is kept, to compare a cold with a warm
    // start (it showed the due count's cards: 35,000 question/answer texts per 300 editorials).
    if (process.env.UPSC_BENCH_SNAPSHOT) v8.writeHeapSnapshot(`${process.env.UPSC_BENCH_SNAPSHOT}-${Date.now()}.heapsnapshot`);
    // Where the retained heap is, by V8 space (MB): big strings and arrays are in large_object_space.
    const heapSpaces = Object.fromEntries(v8.getHeapSpaceStatistics().map(s => [s.space_name, Math.round(s.space_used_size / 1048576)]));

    t = performance.now();
    const roots = await api.tree.getChildren();
    const treeRootMs = ms(t);
    t = performance.now();
    let nodes = 0;
    const walk = async (n: TreeNode) => { nodes++; api.tree.getTreeItem(n); for (const c of await api.tree.getChildren(n)) await walk(c); };
    for (const r of roots) await walk(r);
    const treeAllMs = ms(t);
    t = performance.now();
    const items = searchItems(api.library);
    const searchBuildMs = ms(t);
    t = performance.now();
    const mentions = api.glossary.terms().reduce((n, term) => n + api.glossary.mentions(term.id).length, 0);
    const mentionIndexMs = ms(t);

    const notes = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'notes.md'));
    const at = notes.positionAt(notes.getText().indexOf('CAATSA') + 1);
    t = performance.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', notes.uri, at);
    const hoverMs = ms(t);

    writeProbeResult(out, {
      editorials: api.library.size, activateMs, scanReadyMs: readyMs, mentionsReadyMs, indexSaveMs, parses: api.library.parseCount, longestBlockMs, heapAddedMB: Math.round((heapAfter - heapBefore) / 1048576 * 10) / 10,
      heapRetainedMB: Math.round((heapRetained - heapBefore) / 1048576 * 10) / 10, heapSpaces, dueCards,
      treeRootMs, treeAllNodes: nodes, treeAllMs, searchItems: items.length, searchBuildMs,
      glossaryTerms: api.glossary.size, matcherPatterns: api.glossary.matcher().size, mentions, mentionIndexMs, hoverMs, hoverFound: hovers.length > 0,
      // The longest task by the time the host's thread ran in it (NaN off Linux): what our code
      // and its garbage collection took, apart from waiting for a core on a busy machine.
      longestBlockRunMs: recorder.longestRunMs,
      blocks,
    });
  } catch (err) {
    writeProbeResult(out, { error: String((err as Error)?.stack ?? err) });
  }
}
