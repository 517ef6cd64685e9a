// What the syllabus feature loads on first use (see features/chunks.ts): the syllabus and every
// mapping onto it, the coverage report with its cards due, the Syllabus and PYQ Radar views,
// "Compile Month" and "Set Syllabus Topics".
export { WorkspaceSyllabus } from './workspaceSyllabus';
export { SyllabusTreeProvider } from './syllabusTree';
export { PyqTreeProvider } from './pyqTree';
export { compileMonth } from './compileMonth';
export { setTopics } from './setTopics';
export { examLabel } from './syllabusLabels';
export { HeatmapPanel } from './heatmapPanel';
