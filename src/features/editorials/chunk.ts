// What the editorials feature loads on first use (see features/chunks.ts): the page that shows
// how an editorial was read, and the search over every editorial, section and point.
export { readingMarkdown } from './readingPage';
export { searchEditorials } from './searchEditorials';
