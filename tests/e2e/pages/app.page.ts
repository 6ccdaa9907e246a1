import type { Locator, Page } from 'playwright-core';

/** Locators for the shell and the settings page, kept in one place. */
export function appPage(page: Page) {
  return {
    nav: page.getByRole('navigation'),
    navLink: (name: string | RegExp) => page.getByRole('navigation').getByRole('link', { name }),
    heading: (name: string | RegExp) => page.getByRole('heading', { level: 2, name }),
    workspaceName: page.getByTestId('workspace-name'),
  };
}

export function settingsPage(page: Page) {
  const form = page.getByRole('form');
  return {
    form,
    workspaceName: form.getByRole('textbox', { name: /Workspace name|Naam van de werkruimte/ }),
    currency: form.getByRole('combobox', { name: /^(Currency|Valuta)$/ }),
    language: form.getByRole('combobox', { name: /^(Language|Taal)$/ }),
    formatLocale: form.getByRole('combobox', { name: /Number and date format|Notatie van getallen en datums/ }),
    theme: (label: string) => form.getByText(label, { exact: true }),
    save: form.getByRole('button', { name: /Save settings|Instellingen opslaan/ }),
    preview: page.getByTestId('format-preview'),
    async choose(select: Locator, option: string | RegExp) {
      await select.click();
      await page.getByRole('option', { name: option }).click();
    },
  };
}

export function benchmarksPage(page: Page) {
  return {
    row: (figureKey: string) => page.locator(`tr[data-figure="${figureKey}"]`),
    value: (figureKey: string) => page.locator(`tr[data-figure="${figureKey}"] [data-testid="figure-value"]`),
  };
}
