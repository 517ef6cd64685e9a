// What the editorials feature loads on first use (see features/chunks.ts): the page that shows
// how an editorial was read.
export { readingMarkdown } from './readingPage';
