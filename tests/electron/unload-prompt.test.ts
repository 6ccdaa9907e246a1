import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { registerUnloadPrompt } from '../../electron/main/unload-prompt';

/** A window whose page refuses to unload (unsaved edits), and a user who answers `choice`. */
function refuseUnload(choice: number, language: 'nl' | 'en') {
  const webContents = new EventEmitter();
  const window = { webContents } as never;
  const dialog = { showMessageBoxSync: vi.fn(() => choice) };
  registerUnloadPrompt({ window, dialog: dialog as never, language: () => language });
  const event = { preventDefault: vi.fn() };
  webContents.emit('will-prevent-unload', event);
  return { dialog, event };
}

describe('the Electron shell asks when the page has unsaved changes', () => {
  it('keeps the window when the user stays (the default), in the user’s language', () => {
    const { dialog, event } = refuseUnload(0, 'nl');
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ message: 'Weggaan zonder op te slaan?', buttons: ['Blijven en verder bewerken', 'Weggaan zonder opslaan'], cancelId: 0 }));
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the close or reload go ahead when the user chooses to leave', () => {
    const { event } = refuseUnload(1, 'en');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
