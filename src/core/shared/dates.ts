// Calendar days as the student lives them: in the machine's own time zone. `toISOString()` gives
// the UTC date, which in India is already tomorrow's from 18:30 to midnight.

/** YYYY-MM-DD of `date` in local time. */
export function localDateKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
