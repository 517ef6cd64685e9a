// What a "Review Cards of…" command may be given as its scope (from the plan page, the tree, a
// keybinding's args): checked before it is used. In the revision chunk, with the rest of the review.
import type { ReviewScope } from '../../core/revision/scopes';

export function isScope(v: unknown): v is ReviewScope {
  const s = v as { kind?: unknown; uri?: unknown; tag?: unknown; paper?: unknown } | undefined;
  return !!s && ((s.kind === 'editorial' || s.kind === 'note') ? typeof s.uri === 'string'
    : s.kind === 'tag' ? typeof s.tag === 'string' : s.kind === 'paper' ? typeof s.paper === 'string'
      : s.kind === 'sources' ? Array.isArray((s as { uris?: unknown }).uris) && ((s as { uris: unknown[] }).uris).every(u => typeof u === 'string') : s.kind === 'all');
}
