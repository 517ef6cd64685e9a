// The bundled syllabus for the revision feature: which syllabus topics each editorial and note
// falls under (the same mapping as the Syllabus view, core/syllabus), for reviewing a topic and for
// the topic tags of exported cards. Read once, when first asked.
import * as vscode from 'vscode';
import { mapEditorial } from '../../core/syllabus/editorialMapping';
import { KeywordIndex } from '../../core/syllabus/keywordIndex';
import type { Assignment } from '../../core/syllabus/mapping';
import { mapNote } from '../../core/syllabus/noteMapping';
import { parseSyllabus, type SyllabusTree } from '../../core/syllabus/tree';
import { background } from '../../core/shared/slices';
import type { FeatureContext } from '../context';

export interface SyllabusMap {
  readonly tree: SyllabusTree;
  readonly index: KeywordIndex;
}

let loaded: Promise<SyllabusMap> | undefined;

export function syllabusMap(ctx: FeatureContext): Promise<SyllabusMap> {
  loaded ??= (async () => {
    const bytes = await ctx.files.readBytes(vscode.Uri.joinPath(ctx.extensionUri, 'data', 'syllabus.json'));
    const { tree } = parseSyllabus(bytes ? new TextDecoder().decode(bytes) : '');
    return { tree, index: new KeywordIndex(tree) };
  })();
  return loaded;
}

/** Syllabus topic id → the editorials and notes under it or under a topic below it. */
export async function sourcesByTopic(ctx: FeatureContext): Promise<Map<string, Set<string>>> {
  const { tree, index } = await syllabusMap(ctx);
  const byTopic = new Map<string, Set<string>>();
  const add = (node: string, uri: string) => {
    for (const n of tree.lineage(node)) {
      const set = byTopic.get(n.id) ?? new Set<string>();
      set.add(uri);
      byTopic.set(n.id, set);
    }
  };
  const editorialNodes = new Map<string, readonly Assignment[]>();
  for (const entry of ctx.library.visible()) {
    const nodes = await background.run(() => mapEditorial(tree, index, entry.editorial).nodes);
    editorialNodes.set(entry.uri, nodes);
    for (const a of nodes) add(a.node, entry.uri);
  }
  await ctx.notes.load();
  for (const [uri, text] of ctx.notes.notes()) {
    const mapping = await background.run(() => mapNote(tree, index, uri, text, u => editorialNodes.get(u)));
    for (const a of mapping.nodes) add(a.node, uri);
  }
  return byTopic;
}
