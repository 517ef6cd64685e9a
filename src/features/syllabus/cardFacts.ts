// The flashcards of the workspace as the syllabus sees them: each card's nodes (those of the
// section, editorial or note it comes from) and its review state from the review store (due now?
// last reviewed when?). The refs of an editorial's cards are the review's own (one cache for both,
// core/revision/cards/editorialCardRefs.ts), kept from an earlier session or made one editorial
// per background job (services/cardRefStore.ts). The review progress is read through
// ReviewStore's public API only, again when its file changes.
import * as vscode from 'vscode';
import type { CardRef } from '../../core/revision/cards/card';
import { editorialCardRefs, hasEditorialCardRefs } from '../../core/revision/cards/editorialCardRefs';
import { noteCards } from '../../core/revision/cards/noteCards';
import { isDue, isNew } from '../../core/revision/scheduler';
import type { LibraryEntry } from '../../core/editorial/library';
import type { CardFact } from '../../core/syllabus/coverage';
import { cardNodes, type EditorialMapping } from '../../core/syllabus/editorialMapping';
import type { Assignment } from '../../core/syllabus/mapping';
import { background } from '../../core/shared/slices';
import type { ReviewStore } from '../../services/reviewStore';
import { cardRefStore } from '../../services/cardRefStore';
import type { FeatureContext } from '../context';

export class CardFacts implements vscode.Disposable {
  private readonly store: ReviewStore;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  /** The review progress changed (a card was rated, the storage moved). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly ctx: FeatureContext) {
    // The revision feature's store: a rating there, another window's, or a git pull's shows here.
    this.store = ctx.reviews;
    this.disposables.push(
      this.emitter,
      ctx.config.onChange(['review.storage'], () => this.emitter.fire()),
      this.store.onDidChange(() => this.emitter.fire()),
      ctx.files.onDidChange(e => { if (e.uri.toString() === this.store.uri.toString()) this.emitter.fire(); }),
    );
  }


  /**
   * Every editorial and note card with its nodes. `mappingOf` gives an editorial's mapping;
   * `noteNodes` the nodes of a note.
   */
  async facts(
    entries: readonly LibraryEntry[], mappingOf: (e: LibraryEntry) => EditorialMapping,
    notes: readonly { uri: string; text: string; nodes: readonly Assignment[] }[], now = new Date(),
  ): Promise<CardFact[]> {
    // Every editorial's refs, kept from an earlier session or made (services/cardRefStore.ts).
    await cardRefStore(this.ctx).prepare(entries);
    // Read again only if the log changed since (a stat), so a redraw costs nothing more.
    const states = (await this.store.load()).cards;
    const fact = (card: CardRef, nodes: readonly Assignment[]): CardFact => {
      const s = Object.prototype.hasOwnProperty.call(states, card.id) ? states[card.id] : undefined;
      return { nodes: nodes.map(a => a.node), due: !!s && !isNew(s) && isDue(s, now), ...(s?.lastReview ? { lastReview: s.lastReview } : {}) };
    };
    const out: CardFact[] = [];
    for (const entry of entries) {
      // Made by prepare(), unless the terms changed since (then in a job of its own here too).
      const cards = hasEditorialCardRefs(entry, this.ctx.glossary) ? editorialCardRefs(entry, this.ctx.glossary) : await background.run(() => editorialCardRefs(entry, this.ctx.glossary));
      const mapping = mappingOf(entry);
      for (let k = 0; k < cards.length; k++) {
        const card = cards.at(k);
        out.push(fact(card, cardNodes(mapping, entry.editorial.sections, card)));
      }
    }
    for (const note of notes) for (const card of noteCards(note.uri, note.text)) out.push(fact(card, note.nodes));
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
