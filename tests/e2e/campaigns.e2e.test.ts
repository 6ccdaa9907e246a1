import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/app-session';
import { artifacts, pdfText } from './support/pdf';


/** The user's calendar date, shifted: the browser and this test run in the same time zone. */
function isoDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function enDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`));
}

const fold = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

describe('campaigns, partnerships and ambassadors in browser mode', () => {
  const session = useAppSession();

  async function card(page: Page, name: string) {
    return page.getByTestId(`card-${name}`);
  }

  it('runs a campaign from a plan: three creators, terms, the board, a deliverable with changes requested and approved, an ambassador check-in and the due panel', async () => {
    const page = await session.open('en-GB', { viewport: { width: 1600, height: 1000 } });
    const nav = page.getByRole('navigation');
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // Who moves cards is recorded: the user's name from Settings.
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sanne');
    await page.getByRole('textbox', { name: /Exchange rate/ }).fill('0.92');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();

    await nav.getByRole('link', { name: 'Creators' }).click();
    await page.getByRole('button', { name: 'Load demo roster' }).click();
    await page.getByText(/made-up creators loaded/).waitFor();

    // A saved budget plan becomes a campaign.
    await nav.getByRole('link', { name: 'Budget planner' }).click();
    await page.getByRole('link', { name: 'New plan' }).click();
    await page.getByRole('textbox', { name: 'Plan name' }).fill('Autumn coffee');
    await page.getByRole('textbox', { name: 'Client', exact: true }).fill('Koffiebar Noord');
    await page.getByRole('textbox', { name: 'Total budget (EUR)' }).fill('10000');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByText('Plan saved').waitFor();
    await page.getByRole('link', { name: 'Start a campaign from this plan' }).click();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Autumn coffee');
    expect(await page.getByRole('textbox', { name: 'New client’s name' }).inputValue()).toBe('Koffiebar Noord');
    expect(await page.getByRole('textbox', { name: 'Planned budget (EUR)' }).inputValue()).toBe('10,000.00');
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByRole('heading', { level: 2, name: 'Autumn coffee' }).waitFor();
    await page.getByRole('link', { name: 'Budget plan: Autumn coffee' }).waitFor();
    expect(fold(await page.getByTestId('budget-planned').textContent())).toContain('€10,000.00');

    // Three creators from the roster.
    await page.getByRole('button', { name: 'Add creators' }).click();
    const picker = page.getByRole('group', { name: 'Creators found' });
    await picker.getByRole('checkbox').first().waitFor();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const box = picker.getByRole('checkbox').nth(i);
      names.push((await box.getAttribute('aria-label'))!);
      await box.check();
    }
    await page.getByRole('button', { name: 'Add 3 creators' }).click();
    await page.getByText('3 creators added as prospects').waitFor();
    const [anna, bram, chloe] = names as [string, string, string];
    const prospects = page.getByRole('region', { name: 'Prospect' });
    for (const name of names) await prospects.getByTestId(`card-${name}`).waitFor();

    // Negotiate the first creator's terms: €250 cash plus a product.
    await (await card(page, anna)).getByRole('link', { name: anna }).click();
    await page.getByRole('tab', { name: 'Terms' }).click();
    await page.getByRole('textbox', { name: 'Cash fee (EUR)' }).fill('250');
    await page.getByRole('button', { name: 'Add a product' }).click();
    await page.getByRole('textbox', { name: 'Product' }).fill('Espresso beans');
    await page.getByRole('textbox', { name: 'Quantity' }).fill('2');
    await page.getByRole('textbox', { name: 'Retail value each (EUR)' }).fill('12.50');
    await page.getByRole('button', { name: 'Save terms' }).click();
    await page.getByText('Terms saved').waitFor();

    // A deliverable that was due yesterday: draft in, changes requested (with a comment), new draft, approved.
    await page.getByRole('tab', { name: /Deliverables/ }).click();
    await page.getByRole('textbox', { name: 'Due' }).fill(isoDay(-1));
    await page.getByRole('textbox', { name: 'What (brief note)' }).fill('Morning coffee routine');
    await page.getByRole('form', { name: 'Add deliverable' }).getByRole('button', { name: 'Add deliverable' }).click();
    const deliverable = page.locator('[data-testid^="deliverable-"]').first();
    await deliverable.getByText('Overdue', { exact: true }).waitFor();
    await deliverable.getByRole('button', { name: 'Draft received' }).click();
    await deliverable.getByText('Draft received', { exact: true }).first().waitFor();
    await deliverable.getByRole('button', { name: 'Request changes' }).click();
    await deliverable.getByRole('button', { name: 'Request changes' }).click();
    await deliverable.getByText('Say what should change').waitFor();
    await deliverable.getByRole('textbox', { name: 'What should change?' }).fill('Show the bag in the first three seconds');
    await deliverable.getByRole('button', { name: 'Request changes' }).click();
    await deliverable.getByText(/Changes requested on .* by Sanne: Show the bag in the first three seconds/).waitFor();
    await deliverable.getByRole('button', { name: 'Draft received' }).click();
    await deliverable.getByRole('button', { name: 'Approve' }).click();
    await deliverable.getByText('Approved', { exact: true }).waitFor();
    expect(await deliverable.getByTestId('revision-rounds').textContent()).toBe('1 round of changes (1 agreed)');
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByTestId('history');
    await history.getByText(/: Approved$/).waitFor();
    expect(await history.textContent()).toContain('Changes requested');
    expect(await history.textContent()).toContain('Sanne');

    // Move the three along the board.
    await page.getByRole('link', { name: '← Autumn coffee' }).click();
    for (const stage of ['Contacted', 'Negotiating', 'Agreed']) {
      await page.getByRole('button', { name: `Move ${anna} to ${stage}` }).click();
      await page.getByRole('region', { name: stage }).getByTestId(`card-${anna}`).waitFor();
    }
    // Committed: €250 + 2 × €12.50, to the cent.
    await page.getByTestId('budget-committed').getByText('€275.00').waitFor();
    expect(fold(await page.getByTestId('budget-remaining').textContent())).toContain('€9,725.00');
    // Cancelling is final: it asks first, naming what leaves the committed budget; keeping it changes nothing.
    await page.getByRole('button', { name: `Other moves for ${anna}` }).click();
    await page.getByRole('menuitem', { name: 'Cancelled…' }).click();
    const cancelDialog = page.getByRole('dialog', { name: `Cancel the partnership with ${anna}?` });
    expect(fold(await cancelDialog.textContent())).toContain('Its terms (€275.00) no longer count towards the committed budget');
    await cancelDialog.getByRole('button', { name: 'Keep it' }).click();
    await cancelDialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Agreed' }).getByTestId(`card-${anna}`).waitFor();
    await page.getByTestId('budget-committed').getByText('€275.00').waitFor();
    await page.getByRole('button', { name: `Move ${bram} to Contacted` }).click();
    await page.getByRole('region', { name: 'Contacted' }).getByTestId(`card-${bram}`).waitFor();
    await page.getByRole('button', { name: `Other moves for ${bram}` }).click();
    await page.getByRole('menuitem', { name: 'Declined' }).click();
    await page.getByRole('region', { name: 'Declined / cancelled' }).getByTestId(`card-${bram}`).waitFor();
    // Dragging works too; a drop the pipeline refuses says why and moves nothing.
    await page.getByTestId(`card-${chloe}`).dragTo(page.getByRole('region', { name: 'Content in progress' }));
    await page.getByText('Move one stage at a time so no step is skipped').waitFor();
    await page.getByRole('region', { name: 'Prospect' }).getByTestId(`card-${chloe}`).waitFor();
    await page.getByTestId(`card-${chloe}`).dragTo(page.getByRole('region', { name: 'Contacted' }));
    await page.getByRole('region', { name: 'Contacted' }).getByTestId(`card-${chloe}`).waitFor();
    await page.screenshot({ path: join(artifacts, 'campaign-board.png'), fullPage: true });

    // The table shows the same pipeline.
    await page.getByRole('tab', { name: 'Table' }).click();
    expect(fold(await page.locator(`tr[data-partnership="${anna}"]`).textContent())).toContain('Agreed');
    expect(fold(await page.locator(`tr[data-partnership="${bram}"]`).textContent())).toContain('Declined');

    // Outreach to the third: a message from the example template, then the first contact logged three days ago.
    await page.getByRole('link', { name: chloe }).click();
    await page.getByRole('tab', { name: 'Outreach' }).click();
    await page.getByRole('link', { name: 'Outreach templates' }).first().waitFor();
    await nav.getByRole('link', { name: 'Outreach templates' }).click();
    await page.getByRole('button', { name: 'Add two example templates' }).click();
    await page.locator('[data-template="First contact"]').waitFor();
    await page.goBack();
    await page.getByRole('tab', { name: 'Outreach' }).click();
    await page.getByRole('textbox', { name: 'Recent post topic' }).fill('latte art');
    const preview = page.getByTestId('message-preview');
    await preview.getByText(/Your recent post about latte art really stood out/).waitFor();
    expect(await preview.textContent()).toContain(`Hi ${chloe.split(' ')[0]},`);
    expect(await preview.textContent()).toContain('Koffiebar Noord');
    expect(await preview.textContent()).toContain('Sanne');
    await page.getByRole('textbox', { name: 'Date' }).fill(isoDay(-3));
    await page.getByRole('textbox', { name: 'Follow up after (days)' }).fill('2');
    await page.getByRole('button', { name: 'Log first contact' }).click();
    await page.getByText('First contact logged').waitFor();
    await page.getByTestId('stage').getByText('Contacted').waitFor();
    await page.getByTestId('contact-status').getByText(`Follow up on ${enDate(isoDay(-1))} if there is no reply.`).waitFor();

    // An ambassador for the client: the check-in is overdue until one is logged, then the next is scheduled.
    await nav.getByRole('link', { name: 'Ambassadors' }).click();
    await page.getByRole('button', { name: 'Add ambassador' }).click();
    await page.getByRole('textbox', { name: 'Search the roster' }).fill(anna);
    await page.getByRole('radio', { name: anna }).check();
    await page.getByRole('combobox', { name: 'For client' }).click();
    await page.getByRole('option', { name: 'Koffiebar Noord' }).click();
    await page.getByRole('textbox', { name: 'Since' }).fill(isoDay(-40));
    await page.getByRole('textbox', { name: 'Check in every (days)' }).fill('30');
    await page.getByRole('button', { name: 'Make ambassador' }).click();
    await page.getByRole('heading', { level: 2, name: anna }).waitFor();
    await page.getByTestId('next-check-in').getByText('Overdue').waitFor();
    expect(fold(await page.getByTestId('next-check-in').textContent())).toContain(enDate(isoDay(-10)));
    await page.getByRole('textbox', { name: 'What did you talk about?' }).fill('New roast, loves it');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.getByText(`Check-in logged; the next one is on ${enDate(isoDay(30))}`).waitFor();
    expect(fold(await page.getByTestId('next-check-in').textContent())).toContain(enDate(isoDay(30)));
    await page.getByTestId('ambassador-timeline').getByText('Autumn coffee').waitFor();

    // The creator's page shows where they work.
    await page.getByRole('link', { name: 'Open the creator’s profile' }).click();
    const work = page.getByRole('region', { name: 'Campaigns and programmes' });
    await work.getByRole('link', { name: 'Ambassador for Koffiebar Noord' }).waitFor();
    expect(fold(await work.textContent())).toContain('Autumn coffee');
    expect(fold(await work.textContent())).toContain('Agreed');

    // The due panel: the follow-up with the third creator and the first one's overdue deliverable, nothing else.
    await nav.getByRole('link', { name: /^Due/ }).click();
    const due = page.getByTestId('due-list');
    await due.waitFor();
    const items = await due.locator('[data-reminder]').allTextContents();
    expect(items).toHaveLength(2);
    expect(items.find((t) => t.includes(`Follow up with ${chloe}`))).toContain('1 day late');
    expect(items.find((t) => t.includes(`Deliverable from ${anna}`))).toContain('1 day late');
    expect(await nav.getByLabel('2 items due').textContent()).toBe('2');
    expect(fold(await page.getByTestId('agenda').textContent())).toContain(anna);
    await page.screenshot({ path: join(artifacts, 'due-panel.png'), fullPage: true });

    // Nothing is lost across a reload.
    await page.reload();
    await nav.getByRole('link', { name: 'Campaigns' }).click();
    expect(fold(await page.locator('tr[data-campaign="Autumn coffee"]').textContent())).toContain('€275.00');

    // What one creator's content achieved, entered from the insights, becomes the campaign's results.
    await page.getByRole('link', { name: 'Autumn coffee' }).click();
    await page.getByRole('link', { name: anna }).first().click();
    await page.getByRole('tab', { name: 'Results' }).click();
    const results = page.getByRole('form', { name: 'Results' });
    for (const [label, value] of [['Reach', '12,000'], ['Impressions', '15k'], ['Engagements', '1,100'], ['Clicks', '450'], ['Conversions', '18']] as const) {
      await results.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(value);
    }
    await results.getByRole('textbox', { name: /^Revenue/ }).fill('€900.00');
    await results.getByRole('button', { name: 'Save results' }).click();
    await page.getByText('Results saved').waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('Results entered: reach, impressions, engagements, clicks, conversions, revenue').waitFor();
    await page.goBack();
    await page.getByRole('tab', { name: 'Results' }).click();
    const ctrRow = page.locator('[data-kpi="ctr"]');
    expect(fold(await ctrRow.textContent())).toBe('Click-through rate (CTR)3%clicks ÷ impressionswithin the 2%–5% benchmark');
    expect(fold(await page.getByTestId('results-forecast').textContent())).toMatch(/^Forecast in the plan “Autumn coffee” for its budget of €10,000\.00: reach [\d,]+ \([\d,]+ – [\d,]+\);/);
    // Her agreed €275.00 over 15,000 impressions.
    expect(fold(await page.locator('[data-kpi="cpm"]').textContent())).toBe('Cost per 1,000 impressions (CPM)€18.33cost ÷ impressions × 1,000');

    // The report a client can be handed, as a PDF.
    await page.getByRole('link', { name: 'Report / PDF' }).click();
    await page.locator('html[data-print-ready]').waitFor({ state: 'attached' });
    await page.getByTestId('report-partnerships').waitFor();
    const report = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }), 'campaign-report');
    for (const text of ['Autumn coffee', 'Campaign report for Koffiebar Noord', '€10,000.00', '€275.00', '€9,725.00', anna, bram, chloe, '2 × Espresso beans', 'Approved', 'Approved on behalf of Koffiebar Noord:', 'Signature', 'Results', '1 of 1 agreed creators reported results.', 'Forecast in the plan', 'Click-through rate', '€18.33', 'within the 2%–5% benchmark']) expect(report).toContain(text);
    expect(pageErrors).toEqual([]);
  });

  it('works in Dutch: a freelancer without campaigns keeps an ambassador and sees the check-in due, then runs a campaign with Dutch amounts', async () => {
    const page = await session.open('nl-NL');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Creators' }).click();
    await page.getByRole('button', { name: 'Demo-creators laden' }).click();
    await page.getByText(/verzonnen creators geladen/).waitFor();
    await nav.getByRole('link', { name: 'Ambassadeurs' }).click();
    await page.getByText('Nog geen ambassadeurs.', { exact: false }).waitFor();
    // Promote from the creator's own page.
    await page.evaluate(() => (window.location.hash = '#/creators/1'));
    // The creator page first: read too early, the heading is still the Ambassadors page's.
    await page.getByRole('region', { name: 'Campagnes en programma’s' }).getByText('Nog in geen enkele campagne of ambassadeursprogramma.').waitFor();
    const name = (await page.getByRole('heading', { level: 2 }).textContent())!;
    await page.getByRole('link', { name: 'Ambassadeur maken…' }).click();
    await page.getByText(`Gekozen: ${name}`).waitFor();
    await page.getByRole('textbox', { name: 'Of een nieuwe klant' }).fill('Studio Zon');
    await page.getByRole('textbox', { name: 'Sinds' }).fill(isoDay(-14));
    await page.getByRole('textbox', { name: 'Contact elke (dagen)' }).fill('14');
    await page.getByRole('button', { name: 'Ambassadeur maken' }).click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    await page.getByTestId('next-check-in').getByText('Vandaag').waitFor();
    await page.getByRole('form', { name: 'Contactmoment of extraatje vastleggen' }).getByText('Extraatje', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Wat was het?' }).fill('Proeverij in de branderij');
    await page.getByRole('textbox', { name: 'Waarde (EUR)' }).fill('45,50');
    await page.getByRole('button', { name: 'Extraatje vastleggen' }).click();
    await page.getByText('Extraatje vastgelegd').waitFor();
    await page.getByTestId('ambassador-timeline').getByText('Proeverij in de branderij').waitFor();
    expect(fold(await page.getByTestId('ambassador-timeline').textContent())).toContain('€ 45,50');
    await nav.getByRole('link', { name: /^Te doen/ }).click();
    const item = page.getByTestId('due-list').locator('[data-reminder="checkIn"]');
    expect(fold(await item.textContent())).toContain(`Contact met ${name}`);
    expect(fold(await item.textContent())).toContain('Vandaag');
    await nav.getByRole('link', { name: 'Ambassadeurs' }).click();
    expect(fold(await page.locator(`tr[data-ambassador="${name}"]`).textContent())).toContain('elke 14 dagen');

    // A campaign in Dutch, with Dutch number formats: terms typed as 1.250,50 count to the cent.
    await nav.getByRole('link', { name: 'Campagnes' }).click();
    await page.getByRole('link', { name: 'Nieuwe campagne' }).click();
    // Saved too soon: each field says what it needs, and stops saying so once it is filled in.
    await page.getByRole('button', { name: 'Campagne opslaan' }).click();
    await page.getByText('De campagne heeft een naam nodig').waitFor();
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Zomerproeverij');
    await page.getByText('De campagne heeft een naam nodig').waitFor({ state: 'detached' });
    expect(await page.getByText('Het budget moet meer dan 0 zijn').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Klant (merk)' }).click();
    await page.getByRole('option', { name: 'Studio Zon' }).click();
    // Typed key by key: "7.500" is seven thousand five hundred in Dutch, shown with its cents.
    await page.getByRole('textbox', { name: 'Gepland budget (EUR)' }).pressSequentially('7.500');
    await page.getByRole('textbox', { name: 'Gepland budget (EUR)' }).blur();
    expect(await page.getByRole('textbox', { name: 'Gepland budget (EUR)' }).inputValue()).toBe('7.500,00');
    await page.getByRole('button', { name: 'Campagne opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Zomerproeverij' }).waitFor();
    await page.getByRole('button', { name: 'Creators toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Zoek in het creatorbestand' }).fill(name);
    await page.getByRole('checkbox', { name }).first().check();
    await page.getByRole('button', { name: '1 creator toevoegen' }).click();
    await page.getByRole('region', { name: 'Kandidaat' }).getByTestId(`card-${name}`).getByRole('link', { name }).click();
    await page.getByRole('textbox', { name: 'Vergoeding (EUR)' }).pressSequentially('1.250,50');
    await page.getByRole('button', { name: 'Afspraken opslaan' }).click();
    await page.getByText('Afspraken opgeslagen').waitFor();
    for (const stage of ['Benaderd', 'In onderhandeling', 'Akkoord']) {
      await page.getByRole('button', { name: `${name} naar ${stage}` }).click();
      await page.getByTestId('stage').getByText(stage).waitFor();
    }
    await page.getByRole('link', { name: '← Zomerproeverij' }).click();
    await page.getByTestId('budget-committed').getByText(/€\s1\.250,50/).waitFor();
    expect(fold(await page.getByTestId('budget-remaining').textContent())).toContain('€ 6.249,50');
  });
});
