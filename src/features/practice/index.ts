// The practice feature: "Practise Mains Answer" (an answer file with a word target and an outline,
// and a timer) and "Check My Answer" (what of the editorial the answer covers and misses).
import * as vscode from 'vscode';
import type { LibraryEntry } from '../../core/editorial/library';
import { COMMANDS } from '../../services/commandIds';
import type { FeatureContext } from '../context';
import { MainsPractice } from './mainsPractice';

export function activate(ctx: FeatureContext): { mains: MainsPractice } {
  const practice = new MainsPractice(ctx.extensionUri, ctx.library, ctx.glossary, ctx.files);
  ctx.subscribe(practice);
  ctx.commands.register(COMMANDS.practiseMainsAnswer, async (node?: { entry?: LibraryEntry }) => {
    await ctx.ready;
    return practice.practise(node?.entry);
  });
  ctx.commands.register(COMMANDS.checkAnswer, async (uri?: unknown) => {
    await ctx.ready;
    return practice.check(uri instanceof vscode.Uri ? uri : undefined);
  });
  return { mains: practice };
}
