// What the glossary feature loads on first use (see features/chunks.ts): "Create Glossary Entry",
// which writes into the student's glossary file with jsonc-parser's edits.
export { createGlossaryEntry } from './createEntry';
