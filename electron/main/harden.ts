import type { App, Session, WebContents } from 'electron';
import { isSafeMailto } from '@shared/campaigns/outreach';
import { contentSecurityPolicy } from '@shared/content-security-policy';

/**
 * App-wide guards from Electron's security checklist: no new windows, no navigation
 * away from our page, no <webview>, no permissions, no remote content. The one way out is
 * a `mailto:` link (outreach, opened after the user confirms), handed to the system's mail app.
 */
export function hardenApp(app: App, isAppUrl: (url: string) => boolean, openMailto: (url: string) => void = () => {}): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeMailto(url)) openMailto(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      if (isSafeMailto(url)) openMailto(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Due reminders as native notifications, and "copy message" for outreach; nothing else, and only for our page. */
const grantedPermissions: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write']);

export function hardenSession(session: Session, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(grantedPermissions.has(permission) && isAppUrl(details?.requestingUrl ?? '')));
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => grantedPermissions.has(permission) && isAppUrl(details?.requestingUrl ?? ''));
  // Only our own files (and devtools) load; anything remote is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}
