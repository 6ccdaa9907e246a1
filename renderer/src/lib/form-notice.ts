import { notifications, type NotificationData } from '@mantine/notifications';

/**
 * One notice per form: saving again with the same problems replaces the notice (its text may
 * have changed, its timer starts again) instead of stacking identical ones in the corner.
 * Mantine's `show` ignores an id already shown, so the old one is taken away first.
 */
export function showFormNotice(id: string, notice: Omit<NotificationData, 'id'>): void {
  notifications.hide(id);
  notifications.show({ ...notice, id });
}
