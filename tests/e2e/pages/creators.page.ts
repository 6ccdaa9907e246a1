import type { Page } from 'playwright-core';

/** Locators for the roster, a creator's page and the creator form. */
export function rosterPage(page: Page) {
  const filters = page.getByRole('search');
  return {
    total: page.getByTestId('roster-total'),
    rows: page.locator('[role=table] [role=row][data-account]'),
    rowNamed: (name: string) => page.locator('[role=table] [role=row][data-account]').filter({ hasText: name }),
    loadDemo: page.getByRole('button', { name: 'Load demo roster' }),
    removeDemo: page.getByRole('button', { name: /Remove demo data/ }),
    addCreator: page.getByRole('link', { name: 'Add creator' }),
    search: filters.getByRole('textbox', { name: 'Search', exact: true }),
    async multi(label: string, option: string) {
      // The multi-select's text field is tiny until it has pills: focus it and open the list from the keyboard.
      await filters.getByRole('combobox', { name: label }).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.keyboard.press('Escape');
    },
    flaggedOnly: filters.getByRole('checkbox', { name: 'Only accounts with authenticity flags' }),
    sortBy: (column: string) => page.getByRole('button', { name: `Sort by ${column}` }),
    /** The column header holding a sort button, for its aria-sort. */
    columnHeader: (column: string) => page.getByRole('columnheader').filter({ has: page.getByRole('button', { name: `Sort by ${column}` }) }),
    /** The header checkbox: every creator matching the filters. */
    selectAll: page.getByRole('checkbox', { name: 'Select all creators matching the filters' }),
    selectRow: (name: string) => page.getByRole('checkbox', { name: `Select: ${name}` }),
    /** What the bulk bar says is selected. */
    bulkSelected: page.getByTestId('bulk-selected'),
    bulkBar: page.getByRole('region').filter({ has: page.getByTestId('bulk-selected') }),
    /** Roster or Bin. */
    mode: (name: 'Roster' | 'Bin') => page.getByRole('radiogroup', { name: 'Show the roster or the bin' }).getByText(name, { exact: true }),
    scroll: page.getByTestId('roster-scroll'),
  };
}

export function creatorPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 2 }),
    vettingOverall: page.getByTestId('vetting-overall'),
    vettingItem: (id: string) => page.locator(`[data-vetting-item="${id}"]`),
    edit: page.getByRole('link', { name: 'Edit' }),
  };
}

export function creatorForm(page: Page) {
  const form = page.getByRole('form');
  return {
    name: form.getByRole('textbox', { name: 'Name' }),
    handle: (i: number) => page.getByTestId(`account-form-${i}`).getByRole('textbox', { name: 'Handle' }),
    followers: (i: number) => page.getByTestId(`account-form-${i}`).getByRole('textbox', { name: 'Followers' }),
    likes: (i: number) => page.getByTestId(`account-form-${i}`).getByRole('textbox', { name: 'Avg likes' }),
    comments: (i: number) => page.getByTestId(`account-form-${i}`).getByRole('textbox', { name: 'Avg comments' }),
    platform: (i: number) => page.getByTestId(`account-form-${i}`).getByRole('combobox', { name: 'Platform' }),
    email: form.getByRole('textbox', { name: 'Email' }),
    save: form.getByRole('button', { name: 'Save creator' }),
  };
}
