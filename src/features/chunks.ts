// The parts of the extension most sessions use rarely or late (the review and the day's plan,
// the answer coach, importing, the syllabus views, the summary panels, writing a new glossary
// entry, the page of how an editorial was read), loaded on first use instead of at start-up.
// On the Node host each is a file of its own, dist/chunks/<domain>.js (esbuild.js leaves exactly
// these `require('./<domain>/chunk')` requests out of dist/extension.js), so VS Code reads and
// compiles a smaller file before activate(). In the web worker host an extension is one file:
// there they are bundled in.
//
// A chunk holds its own copy of the pure core code it uses; everything with state (services,
// stores, the library) reaches it through the FeatureContext, so nothing is ever held twice.
// `require` inside a function, spelt as it is: a static string the bundler can see.
/* eslint-disable @typescript-eslint/no-require-imports */

type RevisionChunk = typeof import('./revision/chunk');
type PracticeChunk = typeof import('./practice/chunk');
type ImportChunk = typeof import('./import/chunk');
type SyllabusChunk = typeof import('./syllabus/chunk');
type SummaryChunk = typeof import('./summary/chunk');
type GlossaryChunk = typeof import('./glossary/chunk');
type EditorialsChunk = typeof import('./editorials/chunk');

let revision: RevisionChunk | undefined;
let practice: PracticeChunk | undefined;
let importing: ImportChunk | undefined;
let syllabus: SyllabusChunk | undefined;
let summary: SummaryChunk | undefined;
let glossary: GlossaryChunk | undefined;
let editorials: EditorialsChunk | undefined;

export const revisionChunk = (): RevisionChunk => (revision ??= require('./revision/chunk') as RevisionChunk);
export const practiceChunk = (): PracticeChunk => (practice ??= require('./practice/chunk') as PracticeChunk);
export const importChunk = (): ImportChunk => (importing ??= require('./import/chunk') as ImportChunk);
export const syllabusChunk = (): SyllabusChunk => (syllabus ??= require('./syllabus/chunk') as SyllabusChunk);
export const summaryChunk = (): SummaryChunk => (summary ??= require('./summary/chunk') as SummaryChunk);
export const glossaryChunk = (): GlossaryChunk => (glossary ??= require('./glossary/chunk') as GlossaryChunk);
export const editorialsChunk = (): EditorialsChunk => (editorials ??= require('./editorials/chunk') as EditorialsChunk);
