// The practice feature: "Practise Mains Answer" (an answer file with a word target and an outline,
// and a timer) and "Check My Answer", the answer coach beside the answer, following it as it is
// typed: the directive and what it asks, words against the target, introduction : body :
// conclusion, the editorial's points, terms and dimensions covered and missed, and facts from the
// student's notes not used yet.
import * as vscode from 'vscode';
import type { LibraryEntry } from '../../core/editorial/library';
import { COMMANDS } from '../../services/commandIds';
import type { FeatureContext } from '../context';
import { practiceChunk } from '../chunks';
import type { MainsPractice } from './mainsPractice';

export function activate(ctx: FeatureContext): { readonly mains: MainsPractice } {
  // The answer file, timer and coach are loaded on first use (features/chunks.ts).
  let practice: MainsPractice | undefined;
  const load = () => {
    if (!practice) {
      practice = new (practiceChunk().MainsPractice)(ctx.extensionUri, ctx.library, ctx.glossary, ctx.files, ctx.notes);
      ctx.subscribe(practice);
    }
    return practice;
  };
  ctx.commands.register(COMMANDS.practiseMainsAnswer, async (node?: { entry?: LibraryEntry }) => {
    await ctx.ready;
    return load().practise(node?.entry);
  });
  ctx.commands.register(COMMANDS.checkAnswer, async (uri?: unknown) => {
    await ctx.ready;
    return load().check(uri instanceof vscode.Uri ? uri : undefined);
  });
  // A handle for the tests: reading it loads the chunk.
  return { get mains() { return load(); } };
}
