// The revision feature: "Review Due Cards", a keyboard-driven review of flashcards made from the
// glossary, the editorials and the student's own notes, scheduled with FSRS; and the status-bar
// count of cards due.
import { COMMANDS } from '../../services/commandIds';
import type { FeatureContext } from '../context';
import { ReviewSession } from './reviewPanel';

/** The due count needs every card made: it waits this long after start-up work (scan, mention index). */
const FIRST_COUNT_DELAY_MS = 5000;

export function activate(ctx: FeatureContext): { review: ReviewSession } {
  const store = ctx.reviews;
  const session = new ReviewSession(ctx.extensionUri, ctx.library, ctx.glossary, ctx.notes, store, ctx.config);
  let timer: ReturnType<typeof setTimeout> | undefined;
  void ctx.ready.then(() => { timer = setTimeout(() => void session.updateStatus(), FIRST_COUNT_DELAY_MS); });
  ctx.subscribe(
    session,
    // Another window rated cards, or a git pull brought another machine's: go on from there.
    store.onDidChange(() => void session.followStore().then(() => session.updateStatus())),
    { dispose: () => clearTimeout(timer) },
    ctx.config.onChange(['review.storage', 'review.newCardsPerDay'], () => void session.reloadState().then(() => session.updateStatus())),
  );
  ctx.commands.register(COMMANDS.reviewDueCards, async () => {
    await ctx.ready;
    return session.start();
  });
  return { review: session };
}
