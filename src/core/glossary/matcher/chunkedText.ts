// The text of an open document, in 4 KB chunks, so that an edit costs a chunk, not a copy of a
// 1 MB string: an edit rebuilds one chunk, and `toString` joins them only when the whole text is
// read.
//
// Plain TypeScript without imports: runs in Node, the extension host and a web worker.

const CHUNK = 4 * 1024;

export class ChunkedText {
  private chunks: string[] = [];
  /** starts[i]: offset of chunks[i]. */
  private starts: number[] = [];
  private whole: string | undefined;
  private hint = 0;
  length = 0;

  constructor(text: string) {
    for (let i = 0; i < text.length; i += CHUNK) this.chunks.push(text.slice(i, i + CHUNK));
    if (!this.chunks.length) this.chunks.push('');
    this.reindex(0);
    this.whole = text;
  }

  private reindex(from: number): void {
    let pos = from > 0 ? this.starts[from - 1] + this.chunks[from - 1].length : 0;
    this.starts.length = this.chunks.length;
    for (let i = from; i < this.chunks.length; i++) {
      this.starts[i] = pos;
      pos += this.chunks[i].length;
    }
    this.length = pos;
  }

  /** Index of the chunk holding offset pos (the last chunk for pos = length). */
  private chunkAt(pos: number): number {
    const h = this.hint;
    if (pos >= this.starts[h] && (pos < this.starts[h] + this.chunks[h].length || h === this.chunks.length - 1)) return h;
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    // Skip empty chunks so that pos < start + length where possible.
    while (lo < this.chunks.length - 1 && pos >= this.starts[lo] + this.chunks[lo].length) lo++;
    this.hint = lo;
    return lo;
  }

  charCodeAt(pos: number): number {
    if (pos < 0 || pos >= this.length) return NaN;
    const i = this.chunkAt(pos);
    return this.chunks[i].charCodeAt(pos - this.starts[i]);
  }

  slice(from: number, to: number): string {
    from = Math.max(0, from);
    to = Math.min(this.length, to);
    if (to <= from) return '';
    if (this.whole !== undefined) return this.whole.slice(from, to);
    let i = this.chunkAt(from);
    let out = '';
    for (let pos = from; pos < to; i++) {
      const local = pos - this.starts[i];
      const piece = this.chunks[i].slice(local, Math.min(this.chunks[i].length, to - this.starts[i]));
      out += piece;
      pos += piece.length;
    }
    return out;
  }

  replace(start: number, deleted: number, inserted: string): void {
    const i = this.chunkAt(start);
    const j = this.chunkAt(start + deleted);
    let merged = this.chunks[i].slice(0, start - this.starts[i]) + inserted + this.chunks[j].slice(start + deleted - this.starts[j]);
    let last = j;
    // Keep chunks from getting tiny: a small one joins the next.
    if (merged.length < CHUNK / 8 && last + 1 < this.chunks.length) merged += this.chunks[++last];
    const pieces: string[] = [];
    if (merged.length <= 2 * CHUNK) pieces.push(merged);
    else for (let k = 0; k < merged.length; k += CHUNK) pieces.push(merged.slice(k, k + CHUNK));
    if (!pieces.length) pieces.push('');
    this.chunks.splice(i, last - i + 1, ...pieces);
    if (this.chunks.length > 1 && this.chunks[i] === '') this.chunks.splice(i, 1);
    this.reindex(Math.max(0, i - 1));
    this.hint = Math.min(i, this.chunks.length - 1);
    this.whole = undefined;
  }

  toString(): string {
    if (this.whole === undefined) {
      this.whole = this.chunks.join('');
      // Chunks that were edited are ropes; rebuilding them from the flat string keeps reads fast.
      this.chunks = [];
      for (let k = 0; k < this.whole.length; k += CHUNK) this.chunks.push(this.whole.slice(k, k + CHUNK));
      if (!this.chunks.length) this.chunks.push('');
      this.reindex(0);
      this.hint = 0;
    }
    return this.whole;
  }
}
