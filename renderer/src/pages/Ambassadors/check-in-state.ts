/** How urgent the next check-in is: overdue (past), due (today or within three days), or later. */
export function checkInState(next: string | null, today: string, soonDays = 3): 'overdue' | 'due' | 'later' {
  if (next === null) return 'later';
  if (next < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + soonDays);
  return next <= soon.toISOString().slice(0, 10) ? 'due' : 'later';
}
