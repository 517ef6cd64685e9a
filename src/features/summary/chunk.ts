// What the summaries feature loads on first use (see features/chunks.ts): the summary panels, the
// summariser and the page they render.
export { SummaryPanels } from './summaryPanel';
