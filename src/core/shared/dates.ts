// Calendar days as the student lives them. `toISOString().slice(0, 10)` is the UTC day: in India
// (UTC+5:30) it is still yesterday from midnight until 05:30, so a day counted that way (new cards
// per day) ran on past midnight and turned over in the early morning.

/** The date's calendar day in the machine's local time zone, as YYYY-MM-DD. */
export function localDateKey(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
