import { describe, expect, it, vi } from 'vitest';
import { printPlanChannel, registerPrintPlan, type PrintPlanDeps } from '../../electron/main/print-plan';

function setup(overrides: Partial<PrintPlanDeps> = {}) {
  let handler: ((event: unknown, input: unknown) => Promise<unknown>) | undefined;
  const trusted = new Set<number>();
  const window = {
    webContents: {
      id: 42,
      executeJavaScript: vi.fn(async () => true),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
    },
    destroy: vi.fn(),
  };
  const written: [string, Buffer][] = [];
  const deps: PrintPlanDeps = {
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => void ((handler = fn), expect(channel).toBe(printPlanChannel)) } as never,
    dialog: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/ann/Spring launch.pdf' })) } as never,
    isTrusted: () => true,
    parentWindow: () => undefined,
    openPrintWindow: vi.fn(async () => window as never),
    trust: (id) => trusted.add(id),
    untrust: (id) => trusted.delete(id),
    write: async (path, data) => void written.push([path, data]),
    timeoutMs: 200,
    ...overrides,
  };
  registerPrintPlan(deps);
  return { call: (input: unknown) => handler!({}, input), deps, window, written, trusted };
}

describe('printing a plan to PDF in the Electron shell', () => {
  it('renders the print route in a hidden window, prints with the page’s own size, and saves where the user chose', async () => {
    const { call, deps, window, written, trusted } = setup();
    expect(await call({ target: { kind: 'plan', id: 7 }, fileName: 'Spring launch.pdf' })).toEqual({ ok: true, data: { saved: true, filePath: '/home/ann/Spring launch.pdf' } });
    expect(deps.openPrintWindow).toHaveBeenCalledWith('/plans/7/print');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(written).toEqual([['/home/ann/Spring launch.pdf', Buffer.from('%PDF-1.7 fake')]]);
    expect(window.destroy).toHaveBeenCalled();
    expect(trusted.size).toBe(0);
  });

  it('prints a saved platform advice through its own print route', async () => {
    const { call, deps } = setup();
    expect(await call({ target: { kind: 'advice', id: 3 }, fileName: 'Advice.pdf' })).toMatchObject({ ok: true });
    expect(deps.openPrintWindow).toHaveBeenCalledWith('/wizard/3/print');
  });

  it('prints a campaign report through its own print route', async () => {
    const { call, deps } = setup();
    expect(await call({ target: { kind: 'campaign', id: 5 }, fileName: 'Autumn coffee.pdf' })).toMatchObject({ ok: true });
    expect(deps.openPrintWindow).toHaveBeenCalledWith('/campaigns/5/print');
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { call, written } = setup({ dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) } as never });
    expect(await call({ target: { kind: 'plan', id: 7 }, fileName: 'a.pdf' })).toEqual({ ok: true, data: { saved: false, filePath: null } });
    expect(written).toEqual([]);
  });

  it.each([
    [{ target: { kind: 'plan', id: -1 }, fileName: 'a.pdf' }, 'target.id'],
    [{ target: { kind: 'route', id: 1 }, fileName: 'a.pdf' }, 'target.kind'],
    [{ target: { kind: 'plan', id: 7 }, fileName: '../../etc/passwd.pdf' }, 'fileName'],
    [{ target: { kind: 'plan', id: 7 }, fileName: 'plan.exe' }, 'fileName'],
  ])('refuses %j without opening a window', async (input, field) => {
    const { call, deps } = setup();
    expect(await call(input)).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(deps.openPrintWindow).not.toHaveBeenCalled();
  });

  it('refuses a message from a foreign sender', async () => {
    const { call, deps } = setup({ isTrusted: () => false });
    expect(await call({ target: { kind: 'plan', id: 7 }, fileName: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(deps.openPrintWindow).not.toHaveBeenCalled();
  });

  it('gives up with a clear message when the page never becomes ready, and closes the window', async () => {
    const { call, window } = setup();
    window.webContents.executeJavaScript.mockImplementation(async () => false);
    expect(await call({ target: { kind: 'plan', id: 7 }, fileName: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'internal', message: 'The PDF could not be made: The print page did not finish rendering' } });
    expect(window.destroy).toHaveBeenCalled();
  });
});

describe('the hidden print window', () => {
  it('has the same isolation as the main window and never shows', async () => {
    const created: Record<string, unknown>[] = [];
    vi.doMock('electron', () => ({ BrowserWindow: class { constructor(options: Record<string, unknown>) { created.push(options); } } }));
    const { createPrintWindow } = await import('../../electron/main/main-window');
    createPrintWindow('/app/preload/index.cjs');
    expect(created[0]).toMatchObject({
      show: false,
      webPreferences: { preload: '/app/preload/index.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false },
    });
    vi.doUnmock('electron');
  });
});
