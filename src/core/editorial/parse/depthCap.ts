// A cap on how deep points nest. Page-break repair joins fragments as sub-points of the point
// above, so "- a" / "  - b" repeated builds one chain as deep as the file is long (100,000 levels
// in 1 MB); every reader of points after the parser (summaries, cards, the "Mentioned in" index,
// the tree, the markdown writer) would have to walk it without recursion. No editorial nests
// that deep: below MAX_POINT_DEPTH the points are kept, in reading order, as the children of the
// point at that depth, and a problem says so. Nothing is dropped.
import type { ParseProblem, Point, Section } from '../model';

/** Levels of points kept: a top-level point is level 1. */
export const MAX_POINT_DEPTH = 24;

/** `points` with everything below MAX_POINT_DEPTH moved up to it; `deepest` is the depth found. */
function capPoints(points: readonly Point[]): { points: Point[]; deepest: number; firstLine: number } {
  let deepest = 0;
  let firstLine = -1;
  // Iterative: copies the tree down to the cap; at the cap, a point's descendants are listed flat.
  const copy = (p: Point, depth: number): Point => ({ ...p, children: depth < MAX_POINT_DEPTH ? [] : flatDescendants(p) });
  const flatDescendants = (p: Point): Point[] => {
    const out: Point[] = [];
    const stack: [Point, number][] = p.children.map(c => [c, MAX_POINT_DEPTH + 1] as [Point, number]).reverse();
    while (stack.length) {
      const [q, depth] = stack.pop()!;
      if (depth > deepest) deepest = depth;
      if (firstLine < 0 && depth > MAX_POINT_DEPTH) firstLine = q.range.start;
      out.push({ ...q, children: [] });
      for (let k = q.children.length - 1; k >= 0; k--) stack.push([q.children[k], depth + 1]);
    }
    return out;
  };
  const roots = points.map(p => copy(p, 1));
  const stack: [Point, Point, number][] = points.map((p, i) => [p, roots[i], 1] as [Point, Point, number]);
  while (stack.length) {
    const [from, to, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (depth >= MAX_POINT_DEPTH) continue;
    for (const c of from.children) {
      const child = copy(c, depth + 1);
      to.children.push(child);
      stack.push([c, child, depth + 1]);
    }
  }
  return { points: roots, deepest, firstLine };
}

/** Whether a point tree goes deeper than the cap (cheap: most editorials are two levels deep). */
function tooDeep(points: readonly Point[]): boolean {
  const stack: [Point, number][] = points.map(p => [p, 1] as [Point, number]);
  while (stack.length) {
    const [p, depth] = stack.pop()!;
    if (depth > MAX_POINT_DEPTH) return true;
    for (const c of p.children) stack.push([c, depth + 1]);
  }
  return false;
}

/** The sections with their points capped, and a problem for each section that was too deep. */
export function capPointDepth(sections: readonly Section[], problems: ParseProblem[]): Section[] {
  return sections.map(s => {
    if (!tooDeep(s.points)) return s;
    const { points, deepest, firstLine } = capPoints(s.points);
    problems.push({
      severity: 'warning', code: 'deep-list', line: Math.max(0, firstLine), args: [String(deepest), String(MAX_POINT_DEPTH)],
      message: `A list nested ${deepest} levels deep: the points below level ${MAX_POINT_DEPTH} are shown at level ${MAX_POINT_DEPTH}.`,
    });
    return { ...s, points };
  });
}
