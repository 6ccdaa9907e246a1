import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderView } from '@shared/api/reminders.contract';
import { localToday } from './dates';

const storageKey = 'microplan.notified';

/**
 * Native notifications for reminders that are due or overdue, once per item per day, while the app
 * is open. In Electron the shell grants the notification permission to our page only; in a browser
 * the user's own permission applies (nothing is asked for here).
 */
export function useDueNotifications(reminders: readonly ReminderView[] | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!reminders || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const today = localToday();
    let seen: { day: string; keys: string[] };
    try {
      seen = JSON.parse(localStorage.getItem(storageKey) ?? '') as { day: string; keys: string[] };
      if (seen.day !== today) seen = { day: today, keys: [] };
    } catch {
      seen = { day: today, keys: [] };
    }
    for (const r of reminders) {
      const key = `${r.kind}:${r.refId}`;
      if (r.state === 'upcoming' || seen.keys.includes(key)) continue;
      new Notification(t(`due.kinds.${r.kind}`, { name: r.creatorName }), { body: `${r.context} · ${r.state === 'overdue' ? t('due.daysLate', { count: r.daysLate }) : t('due.states.due')}`, tag: key });
      seen.keys.push(key);
    }
    localStorage.setItem(storageKey, JSON.stringify(seen));
  }, [reminders, t]);
}
