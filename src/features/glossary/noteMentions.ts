// Keeps the index of which notes mention which terms up to date, in the background: after the
// first load, each note in a background slice of its own; then on every note change, and from
// scratch when the glossary's terms change. A hover reads what is indexed so far, never waits.
import * as vscode from 'vscode';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import { NoteTermIndex } from '../../core/notes/noteTermIndex';
import { background } from '../../core/shared/slices';
import type { Log } from '../../services/log';
import type { NoteTexts } from '../../services/noteTexts';

export class NoteMentions implements vscode.Disposable {
  readonly index: NoteTermIndex;
  private readonly subscriptions: vscode.Disposable[] = [];
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly glossary: GlossaryIndex, private readonly notes: NoteTexts, private readonly log: Log) {
    this.index = new NoteTermIndex(text => glossary.scan(text));
    this.subscriptions.push(
      notes.onDidChange(() => void this.refresh()),
      new vscode.Disposable(glossary.onDidChange(() => { this.index.reset(text => glossary.scan(text)); void this.refresh(); }).dispose),
    );
  }

  /** Loads the notes (once) and indexes what changed; calls made meanwhile run once more after. */
  refresh(): Promise<void> {
    if (this.running) { this.again = true; return this.running; }
    this.running = (async () => {
      try {
        await this.notes.load();
        do {
          this.again = false;
          await this.glossary.readyMatcher();
          const notes = this.notes.notes();
          this.index.retain(new Set(notes.map(([uri]) => uri)));
          for (const [uri, text] of notes) {
            if (!this.index.holds(uri, text)) await background.run(() => this.index.update(uri, text));
          }
        } while (this.again);
      } catch (err) {
        this.log.error('note mentions', err);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
