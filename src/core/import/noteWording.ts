// Wording helpers for the import notes.

export function plural(n: number): string {
  return n === 1 ? '' : 's';
}

export function truncate(s: string, n = 80): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** `"12", "Daily Notes" (×3)`: each distinct text once, with its count; at most `max` shown. */
export function listCounted(items: readonly string[], max = Infinity): string {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  const shown = [...counts].slice(0, max).map(([s, n]) => `"${truncate(s, 120)}"${n > 1 ? ` (×${n})` : ''}`);
  if (counts.size > max) shown.push(`and ${counts.size - max} more`);
  return shown.join(', ');
}
