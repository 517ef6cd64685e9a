// Fenced code blocks, line by line: the importer's line-based rewrites (blank-line runs, bullet
// markers, bold lines made headings) must leave code exactly as it is.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export class FenceTracker {
  private open: string | undefined;

  /**
   * Whether `line`, the next line of the text, belongs to a fenced block: its opening line, its
   * content or its closing line (a run of the opening character at least as long). Call it once
   * per line, in order.
   */
  inFence(line: string): boolean {
    const f = FENCE.exec(line);
    if (this.open) {
      if (f && f[1][0] === this.open[0] && f[1].length >= this.open.length) this.open = undefined;
      return true;
    }
    if (!f) return false;
    this.open = f[1];
    return true;
  }
}
