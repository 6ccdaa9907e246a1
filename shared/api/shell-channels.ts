/**
 * Channels that only the Electron shell answers (they need Electron itself: printToPDF, dialogs).
 * Not part of the backend contract; browser mode does these with the browser.
 */
export const shellChannels = {
  printToPdf: 'shell:printToPdf',
} as const;

/** What can be printed: the print routes of a saved plan or a saved platform advice. */
export type PrintTarget = { kind: 'plan'; id: number } | { kind: 'advice'; id: number };

export function printRoute(target: PrintTarget): string {
  return target.kind === 'plan' ? `/plans/${target.id}/print` : `/wizard/${target.id}/print`;
}

/** What the preload exposes as `window.microplanShell` inside the desktop app. */
export interface ShellBridge {
  printToPdf(target: PrintTarget, fileName: string): Promise<import('./contract').ApiResult<{ saved: boolean; filePath: string | null }>>;
}
