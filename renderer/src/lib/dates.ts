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

/**
 * Today's date that moves on at midnight while the app stays open: at midnight itself (so a
 * preview never refuses, for a minute, a day the backend already takes as today), and every
 * minute besides (a computer that slept through midnight wakes to no timer of its own).
 */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = setInterval(() => setToday(localToday()), 60_000);
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
    const atMidnight = setTimeout(() => setToday(localToday()), midnight + 50);
    return () => {
      clearInterval(timer);
      clearTimeout(atMidnight);
    };
  }, [today]);
  return today;
}
