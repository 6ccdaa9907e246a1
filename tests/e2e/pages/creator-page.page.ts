import type { Page } from 'playwright-core';

/** Locators for a creator's fees, history and snapshot form, and the rate rows of the creator form. */
export function creatorDetail(page: Page) {
  const account = (platform: string) => page.getByTestId(`account-${platform}`);
  const history = (platform: string) => page.getByTestId(`history-${platform}`);
  return {
    account,
    feeEstimate: (platform: string, deliverable: string) => account(platform).locator(`[data-deliverable="${deliverable}"] [data-testid="fee-estimate"]`),
    quote: (platform: string, deliverable: string) => account(platform).locator(`[data-deliverable="${deliverable}"] [data-testid="fee-quote"]`),
    feeCurrency: (platform: string) => account(platform).getByTestId('fee-currency'),
    vettingEvidence: (id: string) => page.locator(`[data-vetting-item="${id}"] [data-testid="vetting-evidence"]`),
    vettingChoice: (id: string) => page.locator(`[data-vetting-item="${id}"] input:checked`),
    history,
    historyRows: (platform: string) => history(platform).getByRole('table').locator('tbody tr'),
    snapshot: (platform: string, label: RegExp) => history(platform).getByRole('textbox', { name: label }),
    snapshotDate: (platform: string) => history(platform).getByRole('textbox', { name: /^(As of|Peildatum)/ }),
    saveSnapshot: (platform: string) => history(platform).getByRole('button', { name: /^(Save snapshot|Momentopname opslaan)$/ }),
  };
}

export function rateRows(page: Page) {
  return {
    add: page.getByRole('button', { name: /^(Add rate|Tarief toevoegen)$/ }),
    platform: (i: number) => page.getByTestId(`rate-form-${i}`).getByRole('combobox', { name: /^Platform$/ }),
    amount: (i: number) => page.getByTestId(`rate-form-${i}`).getByRole('textbox', { name: /^(Amount|Bedrag)$/ }),
    remove: (i: number) => page.getByTestId(`rate-form-${i}`).getByRole('button', { name: /^(Remove rate|Tarief verwijderen)$/ }),
  };
}
