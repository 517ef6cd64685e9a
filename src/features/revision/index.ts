// The revision feature: "Review Due Cards", a keyboard-driven review of flashcards made from the
// glossary, the editorials and the student's own notes, scheduled with FSRS towards the exam
// dates, new cards following what was read; reviews of one editorial, tag, GS paper or note (and
// cramming); "Today's Plan" with the revision statistics; the export for Anki; and the
// status-bar count of cards due.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import type { FeatureContext } from '../context';
import type { ReviewScope } from '../../core/revision/scopes';
import { revisionChunk } from '../chunks';
import type { PlanPanel } from './planPanel';
import type { ReviewSession } from './reviewPanel';

/** The due count needs every card made: it waits this long after start-up work (scan, mention index). */
const FIRST_COUNT_DELAY_MS = 5000;

export function activate(ctx: FeatureContext): { readonly review: ReviewSession; readonly plan: PlanPanel } {
  // The session, its panel and the plan, with ts-fsrs, are loaded on first use (features/chunks.ts):
  // by the first due count, a few seconds after the scan, or by a command before it.
  let loaded: { session: ReviewSession; plan: PlanPanel } | undefined;
  const load = () => {
    if (loaded) return loaded;
    const { ReviewSession, PlanPanel, cardRefStore } = revisionChunk();
    const store = ctx.reviews; // made with the chunk, on first use (features/context.ts)
    const session = new ReviewSession(ctx.extensionUri, ctx.library, ctx.glossary, ctx.notes, store, ctx.config, ctx.reading, cardRefStore(ctx));
    const plan = new PlanPanel(ctx, session);
    ctx.subscribe(
      session,
      plan,
      // Another window rated cards, or a git pull brought another machine's: go on from there.
      store.onDidChange(() => void session.followStore().then(() => session.updateStatus())),
      ctx.config.onChange(['review.storage', 'review.newCardsPerDay', 'review.newCardsPerSource', 'review.allGlossaryTerms'], () => void session.reloadState().then(() => session.updateStatus())),
    );
    return (loaded = { session, plan });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  void ctx.ready.then(() => {
    timer = setTimeout(() => {
      try {
        void load().session.updateStatus();
      } catch (err) {
        ctx.log.error('loading the review', err);
      }
    }, FIRST_COUNT_DELAY_MS);
  });
  ctx.subscribe({ dispose: () => clearTimeout(timer) });
  ctx.commands.register(COMMANDS.reviewDueCards, async () => {
    await ctx.ready;
    return load().session.start();
  });
  // From the palette: choose what and how; from the plan page: [scope, label]; from the tree: an editorial node.
  ctx.commands.register(COMMANDS.reviewScope, async (scope?: unknown, label?: unknown) => {
    await ctx.ready;
    const { session } = load();
    const preset = revisionChunk().isScope(scope) ? { scope: scope as ReviewScope, label: typeof label === 'string' ? label : '' } : undefined;
    const picked = await revisionChunk().pickScope(ctx, preset);
    return picked && session.start(picked.scope, { cram: picked.cram, label: picked.label });
  });
  ctx.commands.register(COMMANDS.reviewEditorial, async (node?: unknown) => {
    await ctx.ready;
    const uri = (node as { entry?: { uri?: unknown } } | undefined)?.entry?.uri;
    const entry = typeof uri === 'string' ? ctx.library.get(uri) : undefined;
    if (!entry) return vscode.commands.executeCommand(COMMANDS.reviewScope);
    return load().session.start({ kind: 'editorial', uri: entry.uri }, { label: entry.editorial.title });
  });
  ctx.commands.register(COMMANDS.exportCards, async (target?: unknown, format?: unknown) => {
    await ctx.ready;
    const { session } = load();
    return revisionChunk().exportCards(ctx, session, target instanceof vscode.Uri ? target : undefined, format === 'anki' || format === 'csv' ? format : undefined);
  });
  ctx.commands.register(COMMANDS.showPlan, async () => {
    await ctx.ready;
    return load().plan.show();
  });
  // Handles for the tests: reading one loads the chunk.
  return {
    get review() { return load().session; },
    get plan() { return load().plan; },
  };
}
