/**
 * Channels that only the Electron shell answers (they need Electron itself: printToPDF, dialogs).
 * Not part of the backend contract; browser mode does these with the browser.
 */
export const shellChannels = {
  printToPdf: 'shell:printToPdf',
} as const;

/** What can be printed: the print routes of a saved plan, a saved platform advice or a campaign's report. */
export type PrintTarget = { kind: 'plan'; id: number } | { kind: 'advice'; id: number } | { kind: 'campaign'; id: number };

const printRoutes: Record<PrintTarget['kind'], (id: number) => string> = {
  plan: (id) => `/plans/${id}/print`,
  advice: (id) => `/wizard/${id}/print`,
  campaign: (id) => `/campaigns/${id}/print`,
};

export function printRoute(target: PrintTarget): string {
  return printRoutes[target.kind](target.id);
}

/** What the preload exposes as `window.microplanShell` inside the desktop app. */
export interface ShellBridge {
  printToPdf(target: PrintTarget, fileName: string): Promise<import('./contract').ApiResult<{ saved: boolean; filePath: string | null }>>;
}
