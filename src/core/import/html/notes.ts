// What the HTML conversion counts as it goes, and the import notes that report it.

export interface Counter { [what: string]: number }

export function count(c: Counter, what: string, n = 1): void {
  c[what] = (c[what] ?? 0) + n;
}

function describeCounts(c: Counter): string {
  return Object.entries(c).map(([what, n]) => (n > 1 ? `${what} ×${n}` : what)).join(', ');
}

/** Counted by the turndown rules while they write. */
export interface Stats { links: number; droppedLinks: number; images: number; altKept: number; emphasisFixed: number; emphasisDropped: number }

/** What the steps of one conversion did. */
export interface ConversionFacts {
  /** Pipe tables written. */
  tables: number;
  /** Where the article was taken from (pickContainer). */
  how: string;
  /** Furniture and page chrome removed, by kind. */
  removed: Counter;
  /** `layout`: tables read as text; `box`: one-cell tables kept as boxes. */
  tableNotes: Counter;
  /** Labelled lists of links joined into a line. */
  linkLines: number;
  /** Bold/italic runs merged into the one before. */
  merged: number;
  /** Deeply nested elements flattened to text. */
  flattened: number;
  stats: Stats;
}

/** The notes for the import, in this order; the first is "converted from HTML (N tables, M links)". */
export function conversionNotes({ tables, how, removed, tableNotes, linkLines, merged, flattened, stats }: ConversionFacts): string[] {
  const notes: string[] = [];
  notes.push(`converted from HTML (${tables} table${tables === 1 ? '' : 's'}, ${stats.links} link${stats.links === 1 ? '' : 's'})`);
  notes.push(`took the article from ${how}`);
  if (Object.keys(removed).length) notes.push(`removed what is not the article: ${describeCounts(removed)}`);
  if (tableNotes.layout) notes.push(`read ${tableNotes.layout} layout table${tableNotes.layout === 1 ? '' : 's'} (a table inside a table) as text`);
  if (tableNotes.box) notes.push(`kept ${tableNotes.box} one-cell table${tableNotes.box === 1 ? '' : 's'} as a box (its lines are read where it stands)`);
  if (linkLines) notes.push(`joined ${linkLines} labelled list${linkLines === 1 ? '' : 's'} of links (Tags: …) into a line`);
  if (merged) notes.push(`merged ${merged} bold/italic run${merged === 1 ? '' : 's'} glued to the one before`);
  if (stats.emphasisFixed) notes.push(`moved the edge punctuation of ${stats.emphasisFixed} bold/italic run${stats.emphasisFixed === 1 ? '' : 's'} outside it (**Lead:**text → **Lead**:text)`);
  if (stats.emphasisDropped) notes.push(`dropped the bold/italic of ${stats.emphasisDropped} run${stats.emphasisDropped === 1 ? '' : 's'} markdown could not close`);
  if (stats.droppedLinks) notes.push(`kept only the text of links that are not web links (in-page, javascript:, mailto:, relative without a page address …): ${stats.droppedLinks}`);
  if (stats.images) notes.push(`dropped ${stats.images} image${stats.images === 1 ? '' : 's'}${stats.altKept ? ` (kept the alt text of ${stats.altKept})` : ''}`);
  if (flattened) notes.push(`flattened ${flattened} deeply nested element${flattened === 1 ? '' : 's'} to text`);
  return notes;
}
