import { useEffect, useState } from 'react';

/** Today's date in the user's time zone, as the ISO calendar date the backend expects. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The user's calendar date of a stored instant (an ISO timestamp in UTC). */
export function localDateOf(instant: string): string {
  return localToday(new Date(instant));
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today's date that moves on at midnight while the app stays open (checked every minute). */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = setInterval(() => setToday(localToday()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
