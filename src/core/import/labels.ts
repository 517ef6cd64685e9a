// The labels of every vocabulary ("For Prelims:", "For Mains:", "Tags:", the PYQ "Prelims"/"Mains"
// subheadings, in each language), and the reader of a label at the start of a line (rule 9).
import { afterLabel, VOCABULARIES } from '../editorial/vocabulary';

export const LABELS = {
  prelims: VOCABULARIES.flatMap(v => v.labels.prelims),
  mains: VOCABULARIES.flatMap(v => v.labels.mains),
  tags: VOCABULARIES.flatMap(v => v.labels.tags),
  pyqPrelims: VOCABULARIES.flatMap(v => v.labels.pyqSubheadingPrelims),
  pyqMains: VOCABULARIES.flatMap(v => v.labels.pyqSubheadingMains),
};
const ALL_LABELS = [...LABELS.prelims, ...LABELS.mains, ...LABELS.tags];

export function matchLabel(text: string): { label: string; rest: string } | undefined {
  const rest = afterLabel(text, ALL_LABELS);
  if (rest === undefined) return undefined;
  const head = text.trimStart();
  for (const label of ALL_LABELS) {
    if (head.slice(0, label.length).toLowerCase().replace(/\s+/g, ' ') === label.toLowerCase()) {
      return { label: head.slice(0, label.length), rest };
    }
  }
  return undefined;
}
