/** The parts of an IPC event we check; matches Electron's IpcMainInvokeEvent. */
export interface SenderFrameInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * An IPC message is trusted only when it comes from the top frame of one of our own windows
 * (the main window, or a hidden print window) and that frame shows our own page (file:// under
 * the app, or the dev server). A subframe, another window or a page that navigated elsewhere is refused.
 */
export function isTrustedSender(event: SenderFrameInfo, ourWebContentsIds: ReadonlySet<number>, appUrlPrefix: string): boolean {
  if (!ourWebContentsIds.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.startsWith(appUrlPrefix);
}
