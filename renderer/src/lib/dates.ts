import { useEffect, useState } from 'react';
import { addDays as addCalendarDays } from '@shared/campaigns/reminders';
import { localIsoDay } from '@shared/local-day';

/** Today's date in the user's time zone, as the ISO calendar date the backend expects (the backend's own rule). */
export function localToday(now = new Date()): string {
  return localIsoDay(now);
}

/** The user's calendar date of a stored instant (an ISO timestamp in UTC). */
export function localDateOf(instant: string): string {
  return localIsoDay(new Date(instant));
}

/** A calendar date moved by whole days (the core's rule); the input is a valid ISO date. */
export function addDays(iso: string, days: number): string {
  return addCalendarDays(iso, days) ?? iso;
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
