// Which section of an editorial holds a line: for a card's source line, a selection in the editor,
// a link to a line.
import type { Section } from './model';

/** The index of the section whose lines hold `line`; -1 for a line outside every section. */
export function sectionIndexAt(sections: readonly Pick<Section, 'range'>[], line: number): number {
  return sections.findIndex(s => line >= s.range.start && line < s.range.end);
}
