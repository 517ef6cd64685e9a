// A small editorial parsed once at startup, so that the first real parse does not run cold.
import { parseEditorial } from './parseEditorial';

/**
 * A small editorial in the usual shape (title, source line, prelims and mains lines, paragraphs,
 * nested points with bold leads, links, a table, a mains question, a previous-year question).
 */
const WARM_UP_TEXT = `## Warm-up

*This editorial is based on “[A title](#)” which was published in The Hindu on 01/01/2024.*

**For Prelims:** [Quad](#), [CAATSA](#)

**For Mains:** Key areas of cooperation.

A paragraph with **bold**, *italic*, \`code\` and \\$5 billion.

### What are the Key Areas?

- **Defence:** a point with a [link](#).
  - A sub-point (2025).
    - A deeper one.
- **Trade:** another point.

| Year | Value |
| --- | --- |
| 2024 | 5 |

### Conclusion

1. First.
2. Second.

**Drishti Mains Question:**

Discuss the partnership.

**UPSC Civil Services Examination, Previous Year Question (PYQ)**

**Q.** What is the Quad? (2020)
`;

/**
 * Parses a small editorial once. The first parse of a process runs cold (markdown-it and this
 * parser not yet compiled by the JIT) and takes 30-80 ms for a full-size editorial; parsing this
 * one first, in a task of its own, takes about a third of that cost off the first real parse.
 */
export function warmUpParser(): void {
  parseEditorial(WARM_UP_TEXT);
}
