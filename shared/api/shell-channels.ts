/**
 * Channels that only the Electron shell answers (they need Electron itself: printToPDF, dialogs).
 * Not part of the backend contract; browser mode does these with the browser.
 */
export const shellChannels = {
  printPlanPdf: 'shell:printPlanPdf',
} as const;

/** What the preload exposes as `window.microplanShell` inside the desktop app. */
export interface ShellBridge {
  printPlanPdf(planId: number, fileName: string): Promise<import('./contract').ApiResult<{ saved: boolean; filePath: string | null }>>;
}
