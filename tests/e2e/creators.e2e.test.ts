/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction run in the page, where `document` exists.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPage } from './pages/app.page';
import { creatorForm, creatorPage, rosterPage } from './pages/creators.page';
import { useAppSession } from './support/app-session';

const artifacts = resolve(import.meta.dirname, '../../artifacts/e2e');

describe('the creator roster in browser mode', () => {
  const session = useAppSession();

  async function open(locale = 'en-GB'): Promise<Page> {
    const page = await session.open(locale);
    await page.getByRole('heading', { name: /^(Creators)$/ }).waitFor();
    return page;
  }

  it('loads the demo roster, filters to TikTok micro with ER above benchmark, opens a creator and ticks the vetting checklist', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.loadDemo.click();
    await roster.total.filter({ hasText: /^[1-9]\d* accounts$/ }).waitFor();
    const all = Number((await roster.total.textContent())!.split(' ')[0]);
    expect(all).toBeGreaterThan(300);

    await roster.multi('Platforms', 'TikTok');
    await roster.multi('Tiers', 'Micro');
    await roster.multi('ER vs benchmark', 'Above benchmark');
    await page.waitForFunction((n) => !document.querySelector('[data-testid=roster-total]')?.textContent?.startsWith(String(n)), all);
    const filtered = Number((await roster.total.textContent())!.split(' ')[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    for (const row of await roster.rows.all()) {
      expect(await row.textContent()).toContain('TikTok');
      expect(await row.textContent()).toContain('Micro');
      expect(await row.getByTestId('roster-er').textContent()).toContain('Above');
    }
    await page.screenshot({ path: join(artifacts, 'roster-filtered.png') });

    // A percentage out of range is refused at its field and left out of the query (the other
    // filters still apply: the total stays the filtered one), and the error lifts no input of its line.
    const filterBar = page.getByRole('search');
    const erTo = filterBar.getByRole('textbox', { name: 'ER to (%)' });
    await erTo.fill('20000');
    await filterBar.getByText('Between 0% and 100%').waitFor();
    await page.waitForTimeout(600);
    expect(Number((await roster.total.textContent())!.split(' ')[0])).toBe(filtered);
    expect(await page.getByText(/^Could not load/).count()).toBe(0);
    const inputTops = await filterBar.evaluate((bar) => {
      const top = (label: string) => {
        const field = [...bar.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.parentElement!;
        return Math.round(field.querySelector('.mantine-Input-input')!.getBoundingClientRect().top);
      };
      return ['ER from (%)', 'ER to (%)', 'ER vs benchmark', 'Vetting score from (%)'].map(top);
    });
    expect(new Set(inputTops).size).toBe(1);
    await erTo.fill('');
    await filterBar.getByText('Between 0% and 100%').waitFor({ state: 'detached' });

    const first = roster.rows.first();
    const name = (await first.getByRole('link').textContent())!;
    await first.getByRole('link').click();
    const creator = creatorPage(page);
    await creator.heading.filter({ hasText: name }).waitFor();
    await page.getByTestId('account-tiktok').getByText('Above benchmark').waitFor();
    expect(await page.getByTestId('account-tiktok').getByTestId('account-benchmark').textContent()).toContain('Benchmark 18%');

    const before = await creator.vettingOverall.textContent();
    await creator.vettingItem('content.brandValues').getByText('Pass', { exact: true }).click();
    await page.waitForFunction((b) => document.querySelector('[data-testid=vetting-overall]')?.textContent !== b, before);
    await creator.vettingItem('content.styleAndTone').getByRole('textbox').fill('Warm, funny, no hard sell');
    await creator.vettingItem('content.styleAndTone').getByText('Pass', { exact: true }).click();
    await page.reload();
    await creator.vettingItem('content.styleAndTone').getByRole('textbox').waitFor();
    expect(await creator.vettingItem('content.styleAndTone').getByRole('textbox').inputValue()).toBe('Warm, funny, no hard sell');
    expect(await page.getByTestId('vetting-section-content').textContent()).toContain('2 pass');
    await page.screenshot({ path: join(artifacts, 'creator-page.png'), fullPage: true });
  });

  it('adds a creator through the form, refusing bad input with located messages', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.addCreator.click();
    const form = creatorForm(page);
    await form.save.click();
    await page.getByText('The creator needs a name').waitFor();
    await page.getByText('Enter the handle').waitFor();

    await form.name.fill('Sanne Bakker');
    await form.handle(0).fill('@sanne.bakt');
    await form.email.fill('sanne(at)example');
    await form.save.click();
    // Followers left empty; the input itself refuses negative and fractional numbers.
    await page.getByText('Enter the followers').waitFor();
    await page.getByText('This does not look like an email address').waitFor();
    // An error under one input leaves its row as it was: inputs level, the remove button beside them.
    const middles = (row: string, selector: string) =>
      page.getByTestId(row).evaluate((el, s) => [...el.querySelectorAll(s)].map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)), selector);
    // The account's first line: handle, followers (with its error) and likes.
    expect(new Set((await middles('account-form-0', 'input:not([type=hidden])')).slice(1, 4)).size).toBe(1);
    await page.getByRole('button', { name: 'Add rate' }).click();
    const amount = page.getByTestId('rate-form-0').getByRole('textbox', { name: 'Amount' });
    await amount.fill('-5');
    await form.save.click();
    await page.getByTestId('rate-form-0').getByText('Cannot be negative').waitFor();
    expect(new Set(await middles('rate-form-0', 'input:not([type=hidden]), button')).size).toBe(1);
    await page.getByTestId('rate-form-0').getByRole('button', { name: 'Remove rate' }).click();

    await form.followers(0).fill('8000');
    await form.likes(0).fill('450');
    await form.comments(0).fill('30');
    await form.email.fill('sanne@example.nl');
    await form.save.click();
    await creatorPage(page).heading.filter({ hasText: 'Sanne Bakker' }).waitFor();
    // Instagram micro starts at 5,000: (450 + 30) ÷ 8,000 = 6 % = the Instagram micro benchmark.
    expect(await page.getByTestId('account-instagram').getByTestId('account-er').textContent()).toContain('Engagement rate6%');
    expect(await page.getByTestId('account-instagram').textContent()).toContain('Within benchmark');

    // The saved form is no step back: Back goes to the roster the form was opened from.
    await page.goBack();
    await roster.addCreator.click();
    await form.name.fill('Copy cat');
    await form.handle(0).fill('Sanne.Bakt');
    await form.followers(0).fill('100');
    await form.save.click();
    await page.getByRole('form').getByText('@sanne.bakt on Instagram already belongs to Sanne Bakker').waitFor();

    // Leaving the typed form asks first; staying keeps what was typed.
    await appPage(page).navLink('Creators').click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).waitFor();
    await page.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(await form.name.inputValue()).toBe('Copy cat');

    // Once Sanne is in the bin, the refusal says so, and its link opens her page to restore her.
    await appPage(page).navLink('Creators').click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await roster.search.fill('sanne');
    await roster.total.filter({ hasText: /^1 account$/ }).waitFor();
    await roster.selectAll.click();
    await roster.bulkBar.getByRole('button', { name: 'Delete' }).click();
    await roster.total.filter({ hasText: /^0 accounts$/ }).waitFor();
    await roster.addCreator.click();
    await form.name.fill('Copy cat');
    await form.handle(0).fill('Sanne.Bakt');
    await form.followers(0).fill('100');
    await form.save.click();
    await page.getByRole('link', { name: 'Open Sanne Bakker to restore it' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await creatorPage(page).heading.filter({ hasText: 'Sanne Bakker' }).waitFor();
  });

  it('refuses to save a creator over changes saved in another tab since the form was opened', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.addCreator.click();
    const form = creatorForm(page);
    await form.name.fill('Amelia Hart');
    await form.handle(0).fill('amelia.hart');
    await form.followers(0).fill('12000');
    await form.email.fill('amelia@hart.co.uk');
    await form.save.click();
    await creatorPage(page).heading.filter({ hasText: 'Amelia Hart' }).waitFor();
    const editAddress = page.url().replace(/#\/creators\/(\d+).*$/, '#/creators/$1/edit');

    // Tab A opens the form; tab B, opened at the same address, saves a new email first.
    await page.goto(editAddress);
    await form.email.waitFor();
    const tabB = await page.context().newPage();
    await tabB.goto(editAddress);
    await creatorForm(tabB).email.fill('new-address@hart.co.uk');
    await creatorForm(tabB).save.click();
    await creatorPage(tabB).heading.filter({ hasText: 'Amelia Hart' }).waitFor();

    await page.getByRole('form').getByRole('textbox', { name: 'City', exact: true }).fill('Salford');
    await form.save.click();
    await page.getByText(/Not saved: this was changed elsewhere \(in another tab or by an import\) since you opened it/).waitFor();
    expect(await page.getByRole('form').getByRole('textbox', { name: 'City', exact: true }).inputValue()).toBe('Salford');
    await tabB.reload();
    await creatorPage(tabB).heading.filter({ hasText: 'Amelia Hart' }).waitFor();
    expect(await tabB.getByText('new-address@hart.co.uk').count()).toBe(1);
  });

  it('wraps a long unbroken name and note inside the page instead of scrolling it sideways', async () => {
    const page = await open();
    await rosterPage(page).addCreator.click();
    const form = creatorForm(page);
    const name = 'Amelia'.repeat(33);
    await form.name.fill(name);
    await form.handle(0).fill('amelia.long');
    await form.followers(0).fill('12000');
    await page.getByRole('textbox', { name: 'Notes' }).fill('x'.repeat(5_000));
    await form.save.click();
    await creatorPage(page).heading.filter({ hasText: name.slice(0, 30) }).waitFor();
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wider = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1).length;
      return { page: root.scrollWidth - root.clientWidth, wider };
    });
    expect(overflow).toEqual({ page: 0, wider: 0 });
  });

  it('asks before removing demo data the user has worked on, and then removes it all', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.loadDemo.click();
    await roster.total.filter({ hasText: /^[1-9]\d* accounts$/ }).waitFor();
    await roster.rows.first().getByRole('link').click();
    const creator = creatorPage(page);
    await creator.vettingItem('content.brandValues').getByText('Pass', { exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="vetting-section-content"]')?.textContent?.includes('1 pass'));
    await page.getByRole('link', { name: /Back to the roster/ }).click();

    await roster.removeDemo.click();
    await page.getByText('1 demo creator was edited after loading (notes, vetting, rates…); removing the demo removes it too.').waitFor();
    await page.getByRole('button', { name: 'Remove all demo data' }).click();
    await roster.total.filter({ hasText: /^0 accounts$/ }).waitFor();
  });

  it('deletes creators in bulk and undoes it', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await roster.loadDemo.click();
    await roster.total.filter({ hasText: /^[1-9]\d* accounts$/ }).waitFor();
    await roster.search.fill('amira');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=roster-total]')?.textContent?.split(' ')[0]) < 50);
    const count = Number((await roster.total.textContent())!.split(' ')[0]);
    await roster.selectAll.click();
    await roster.bulkBar.getByRole('button', { name: 'Delete' }).click();
    await roster.total.filter({ hasText: /^0 accounts$/ }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await roster.total.filter({ hasText: new RegExp(`^${count} accounts$`) }).waitFor();
    // The notice says so and the "moved to the bin" notice with its Undo goes away.
    await page.getByText(/^\d+ creators? restored$/).waitFor();
    await page.getByText(/moved to the bin/).waitFor({ state: 'hidden' });
  });

  /** The number at the start of the roster's total ("1,234 accounts" → 1234). */
  async function totalOf(page: Page): Promise<number> {
    return Number((await rosterPage(page).total.textContent())!.split(' ')[0]!.replace(/,/g, ''));
  }

  async function loadDemo(page: Page): Promise<{ accounts: number; creators: number }> {
    const roster = rosterPage(page);
    await roster.loadDemo.click();
    await roster.total.filter({ hasText: /^[1-9][\d,]* accounts$/ }).waitFor();
    const creators = Number(/\((\d+) creators\)/.exec((await roster.removeDemo.textContent())!)![1]);
    return { accounts: await totalOf(page), creators };
  }

  it('selects every creator matching the filters, not only the rows loaded so far, and drops the selection when the filters change', async () => {
    const page = await open();
    const roster = rosterPage(page);
    const demo = await loadDemo(page);
    // Pages of 100 rows: far fewer than the roster's accounts are loaded at first.
    expect(demo.accounts).toBeGreaterThan(300);

    await roster.selectAll.click();
    await roster.bulkSelected.filter({ hasText: `All ${demo.creators} creators matching the filters are selected` }).waitFor();
    await page.screenshot({ path: join(artifacts, 'roster-select-all.png') });
    await roster.bulkBar.getByPlaceholder('Set status').click();
    await page.getByRole('option', { name: 'Approved', exact: true }).click();
    await page.getByText(`${demo.creators} creators updated`).waitFor();
    await roster.bulkSelected.waitFor({ state: 'detached' });
    await roster.multi('Status', 'Approved');
    // Every account of every creator was reached.
    await roster.total.filter({ hasText: `${demo.accounts} accounts` }).waitFor();

    // Several tags at once, separated as in a CSV file. A tag too long is refused at its field,
    // which lifts neither itself nor its neighbours out of the bar's line. Selected once the status
    // filter is asked (every creator is approved, so the total alone does not show it).
    await page.waitForURL(/status=approved/);
    await page.locator('[data-testid=roster-total][aria-busy=false]').waitFor();
    await roster.selectAll.click();
    const tags = roster.bulkBar.getByRole('textbox', { name: 'Tags, separated by commas' });
    await tags.fill(`zomer, ${'x'.repeat(81)}`);
    await roster.bulkBar.getByText('At most 60 characters per tag').waitFor();
    const tops = await roster.bulkBar.evaluate((bar) =>
      [...bar.querySelectorAll('input:not([type=hidden]), button')].filter((e) => e.getBoundingClientRect().top < bar.getBoundingClientRect().top + 40).map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(tops.length).toBeGreaterThanOrEqual(3);
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: join(artifacts, 'roster-bulk-tags.png') });
    await tags.fill('zomer, winter');
    await roster.bulkBar.getByRole('button', { name: 'Add tags' }).click();
    await roster.bulkSelected.waitFor({ state: 'detached' });
    // Both tags found on every account, once the search is asked (in the address) and answered.
    for (const tag of ['winter', 'zomer']) {
      await roster.search.fill(tag);
      await page.waitForURL(new RegExp(`q=${tag}`));
      await page.locator('[data-testid=roster-total][aria-busy=false]').filter({ hasText: `${demo.accounts} accounts` }).waitFor();
    }

    // A selection belongs to the filters it was made under.
    const first = (await roster.rows.first().getByRole('link').textContent())!;
    await roster.selectRow(first).check();
    await roster.bulkSelected.filter({ hasText: /^1 creator selected$/ }).waitFor();
    await roster.search.fill(first);
    await roster.bulkSelected.waitFor({ state: 'detached' });
    await roster.total.filter({ hasText: /^\d+ accounts?$/ }).waitFor();
    expect(await roster.selectAll.isChecked()).toBe(false);
  });

  it('keeps deleted creators in the bin, restores them from there and deletes one permanently', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await loadDemo(page);
    await roster.search.fill('amira');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=roster-total]')?.textContent?.split(' ')[0]) < 50);
    const count = await totalOf(page);
    await roster.selectAll.click();
    await roster.bulkBar.getByRole('button', { name: 'Delete' }).click();
    await roster.total.filter({ hasText: /^0 accounts$/ }).waitFor();

    // Long after the Undo: the bin, with the same search, and the filters where they were (no saved views there).
    const searchTop = (await roster.search.boundingBox())!.y;
    await roster.mode('Bin').click();
    await roster.total.filter({ hasText: `${count} account${count === 1 ? '' : 's'} in the bin` }).waitFor();
    expect((await roster.search.boundingBox())!.y).toBe(searchTop);
    expect(await page.getByRole('combobox', { name: 'Saved views' }).isVisible()).toBe(false);
    const name = (await roster.rows.first().getByRole('link').textContent())!;
    await roster.rows.first().getByRole('link').click();
    await page.getByTestId('creator-in-bin').getByText('This creator is in the bin').waitFor();
    await page.goBack();
    await roster.total.filter({ hasText: 'in the bin' }).waitFor();
    expect(await roster.search.inputValue()).toBe('amira');

    // Permanently, after one question.
    const accountsOfName = await roster.rowNamed(name).count();
    await roster.selectRow(name).first().check();
    await roster.bulkBar.getByRole('button', { name: 'Delete permanently' }).click();
    await page.getByRole('alertdialog', { name: /^Delete 1 creator permanently/ }).getByRole('button', { name: 'Yes' }).click();
    await page.getByText('1 creator deleted permanently').waitFor();
    await page.screenshot({ path: join(artifacts, 'roster-bin.png') });
    const left = count - accountsOfName;
    await roster.total.filter({ hasText: new RegExp(`^${left} accounts? in the bin$`) }).waitFor();

    await roster.selectAll.click();
    await roster.bulkBar.getByRole('button', { name: 'Restore' }).click();
    await roster.total.filter({ hasText: /^0 accounts in the bin$/ }).waitFor();
    await roster.mode('Roster').click();
    await roster.total.filter({ hasText: new RegExp(`^${left} accounts?$`) }).waitFor();
    expect(await roster.rowNamed(name).count()).toBe(0);
  });

  it('keeps filters, sort and scroll position after opening a creator, whichever way the user comes back', async () => {
    const page = await open();
    const roster = rosterPage(page);
    await loadDemo(page);
    await roster.multi('Platforms', 'Instagram');
    await roster.search.fill('a');
    await roster.sortBy('Followers').click();
    await roster.sortBy('Followers').click();
    // The address follows once typing pauses; then the total once the query is answered.
    await page.waitForFunction(() => /[?&]dir=desc/.test(location.hash) && /platform=instagram/.test(location.hash) && /q=a/.test(location.hash));
    await page.locator('[data-testid=roster-total][aria-busy=false]').waitFor();
    const filtered = await totalOf(page);
    expect(filtered).toBeGreaterThan(40);
    await roster.scroll.evaluate((el) => (el.scrollTop = 1_000));
    // 1,000 px down, 44 px a row: the 26th row is in view (aria-rowindex counts the header as 1).
    const target = page.locator('[role=table] [role=row][data-account][aria-rowindex="27"]');
    await target.waitFor();

    const expectKept = async () => {
      await roster.total.filter({ hasText: `${filtered} accounts` }).waitFor();
      expect(await roster.search.inputValue()).toBe('a');
      expect(await roster.columnHeader('Followers').getAttribute('aria-sort')).toBe('descending');
      for (const row of await roster.rows.all()) expect(await row.textContent()).toContain('Instagram');
      await page.waitForFunction(() => Math.abs(document.querySelector('[data-testid=roster-scroll]')!.scrollTop - 1_000) < 2);
      await target.waitFor();
    };
    const openCreator = async () => {
      const link = target.getByRole('link');
      const name = (await link.textContent())!;
      await link.click();
      await creatorPage(page).heading.filter({ hasText: name }).waitFor();
    };

    await openCreator();
    await page.getByRole('link', { name: /Back to the roster/ }).click();
    await expectKept();
    await openCreator();
    await page.goBack();
    await expectKept();
    await openCreator();
    await page.getByRole('navigation').getByRole('link', { name: 'Creators' }).click();
    await expectKept();
    // The address holds the view: a reload shows it too.
    await page.reload();
    await roster.total.filter({ hasText: `${filtered} accounts` }).waitFor();
    expect(await roster.search.inputValue()).toBe('a');
  });

  it('scrolls sideways on a narrow window, so the last columns are never cut off, with the header kept on top', async () => {
    const page = await open();
    await page.setViewportSize({ width: 1024, height: 720 });
    const roster = rosterPage(page);
    await loadDemo(page);
    const flags = page.getByRole('columnheader', { name: 'Flags' });
    const right = async () => (await roster.scroll.boundingBox())!;
    const inView = async () => {
      const box = (await flags.boundingBox())!;
      const area = await right();
      return box.x >= area.x && box.x + box.width <= area.x + area.width;
    };
    expect(await inView()).toBe(false);
    // The first row starts where the header ends (the rows sit below it in the same scrolled area).
    const headerBox = (await page.locator('[role=table] [role=row]:not([data-account])').boundingBox())!;
    const firstRow = (await page.locator('[role=table] [role=row][aria-rowindex="2"]').boundingBox())!;
    expect(Math.abs(firstRow.y - (headerBox.y + headerBox.height))).toBeLessThan(1);
    await roster.scroll.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await page.waitForFunction(() => document.querySelector('[data-testid=roster-scroll]')!.scrollLeft > 0);
    expect(await inView()).toBe(true);

    const headerTop = (await flags.boundingBox())!.y;
    await roster.scroll.evaluate((el) => (el.scrollTop = 2_000));
    await page.locator('[role=table] [role=row][data-account][aria-rowindex="47"]').waitFor();
    expect((await flags.boundingBox())!.y).toBe(headerTop);
    // 2,000 px down, 44 px a row: row 46 (aria-rowindex 47) starts 24 px above the header's bottom edge, beneath it.
    const row47 = (await page.locator('[role=table] [role=row][aria-rowindex="47"]').boundingBox())!;
    expect(Math.abs(row47.y - (headerBox.y + headerBox.height + 45 * 44 - 2_000))).toBeLessThan(1);
    await page.screenshot({ path: join(artifacts, 'roster-narrow.png') });
  });
});
