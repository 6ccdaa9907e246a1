import type { BrowserWindow, Dialog, Event } from 'electron';
import type { UiLanguage } from '@shared/domain/settings';

/** The main process has no i18next; these few words follow the window's language (renderer: app.leave). */
export const unloadPromptText: Record<UiLanguage, { title: string; body: string; stay: string; leave: string }> = {
  en: {
    title: 'Leave without saving?',
    body: 'You have changes that are not saved. If you leave now, they are lost.',
    stay: 'Stay and keep editing',
    leave: 'Leave without saving',
  },
  nl: {
    title: 'Weggaan zonder op te slaan?',
    body: 'Je hebt wijzigingen die niet zijn opgeslagen. Als je nu weggaat, ben je ze kwijt.',
    stay: 'Blijven en verder bewerken',
    leave: 'Weggaan zonder opslaan',
  },
};

export interface UnloadPromptDeps {
  window: BrowserWindow;
  dialog: Pick<Dialog, 'showMessageBoxSync'>;
  /** Read synchronously when the question comes: the handler must answer before it returns. */
  language: () => UiLanguage;
}

/**
 * Electron shows no question when a page's `beforeunload` refuses to unload: closing or reloading
 * the window would silently do nothing. So the editor's refusal (unsaved changes) is turned into a
 * native question here; "leave" lets the close or reload go ahead.
 */
export function registerUnloadPrompt({ window, dialog, language }: UnloadPromptDeps): void {
  window.webContents.on('will-prevent-unload', (event: Event) => {
    const text = unloadPromptText[language()];
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [text.stay, text.leave],
      defaultId: 0,
      cancelId: 0,
      title: text.title,
      message: text.title,
      detail: text.body,
      noLink: true,
    });
    // preventDefault here overrides the page's refusal: the window unloads after all.
    if (choice === 1) event.preventDefault();
  });
}
