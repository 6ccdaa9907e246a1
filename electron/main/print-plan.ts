import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { ApiResult } from '@shared/api/contract';

import { printRoute, shellChannels } from '@shared/api/shell-channels';

export const printPlanChannel = shellChannels.printToPdf;

const printRequestSchema = z.strictObject({
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('plan'), id: z.number().int().positive() }),
    z.strictObject({ kind: z.literal('advice'), id: z.number().int().positive() }),
    z.strictObject({ kind: z.literal('campaign'), id: z.number().int().positive() }),
  ]),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^/\\:*?"<>|]+\.pdf$/i, 'A file name ending in .pdf, without folders'),
});

export interface PrintPlanDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
  parentWindow: () => BrowserWindow | undefined;
  /** Creates the hidden window and loads the given hash route of the app into it. */
  openPrintWindow: (route: string) => Promise<BrowserWindow>;
  trust: (id: number) => void;
  untrust: (id: number) => void;
  write?: (path: string, data: Buffer) => Promise<void>;
  timeoutMs?: number;
}

async function waitForPrintReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await window.webContents.executeJavaScript("document.documentElement.dataset.printReady === 'true'");
    if (ready === true) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The print page did not finish rendering');
}

/**
 * Prints a plan, a platform advice or a campaign report the way browser mode does (the same print route), but to a PDF file:
 * render it in a hidden window, printToPDF with the page size and numbers of its @page rule,
 * and save where the user chooses.
 */
export function registerPrintPlan(deps: PrintPlanDeps): void {
  const write = deps.write ?? ((path: string, data: Buffer) => writeFile(path, data));
  deps.ipcMain.handle(printPlanChannel, async (event, input: unknown): Promise<ApiResult<{ saved: boolean; filePath: string | null }>> => {
    if (!deps.isTrusted(event)) return { ok: false, error: { code: 'unauthorized', message: 'Refused: the message did not come from the Microplan window' } };
    const parsed = printRequestSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, error: { code: 'invalid_input', field: issue.path.join('.'), message: issue.message } };
    }
    let window: BrowserWindow | undefined;
    try {
      // Only our own print routes, built here from the validated target: never a route from the page.
      window = await deps.openPrintWindow(printRoute(parsed.data.target));
      deps.trust(window.webContents.id);
      await waitForPrintReady(window, deps.timeoutMs ?? 15_000);
      const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      const parent = deps.parentWindow();
      const options = { defaultPath: parsed.data.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false, filePath: null } };
      await write(choice.filePath, pdf);
      return { ok: true, data: { saved: true, filePath: choice.filePath } };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}` } };
    } finally {
      if (window) {
        deps.untrust(window.webContents.id);
        window.destroy();
      }
    }
  });
}
