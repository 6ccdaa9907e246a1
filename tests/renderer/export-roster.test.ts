import { describe, expect, it } from 'vitest';
import { dateOrderOfLocale, readImportableCsv } from '@shared/csv';
import type { ExportRow } from '@shared/domain/creators';
import { createI18n, setNumberLocale } from '../../renderer/src/i18n/i18n';
import { rosterCsv } from '../../renderer/src/pages/CreatorsPage/export-roster';

const lotte: ExportRow = {
  accountId: 1,
  creatorId: 1,
  name: 'Lotte Bakt',
  status: 'vetting',
  platform: 'tiktok',
  handle: 'lotte.bakt',
  profileUrl: 'https://www.tiktok.com/@lotte.bakt',
  followers: 25_000,
  tier: 'micro',
  erFollowers: 0.241,
  erVerdict: 'above',
  erSource: 'computed',
  country: 'Nederland',
  city: 'Utrecht',
  vettingScore: 0.25,
  flagCount: 0,
  figuresAsOf: '2026-08-01',
  isDemo: false,
  email: 'lotte@example.nl',
  phone: '+31 6 1234 5678',
  niches: ['food', 'baking'],
  tags: ['zomer-2026', 'pilot'],
  languages: ['nl', 'en'],
  agent: 'Studio Zout',
  notes: '- nog bellen over de zomer',
  avgLikes: 5_600.5,
  avgComments: 425,
  avgShares: null,
  avgSaves: 80,
  avgViews: 40_000,
  postsPerWeek: 3.5,
  ratePerPost: { amount: 45_050, currency: 'EUR' },
  acceptsProductOnly: true,
  audienceAuthenticity: 0.875,
};

describe('the roster export', () => {
  it('writes a Dutch Excel file with contact, niches and tags that imports back as they were', () => {
    const i18n = createI18n('nl');
    setNumberLocale(i18n, 'nl-NL');
    const csv = rosterCsv([lotte], 'nl-NL', i18n.t);
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Naam;Platform;Handle;Profiel-URL;Volgers;Niveau;Engagement rate (%);Bron ER;ER t.o.v. benchmark;Status;Land;Plaats;Niches;Tags;E-mail;Telefoon;Screeningsscore (%);Echtheidssignalen;Cijfers van;' +
        'Gem. likes;Gem. reacties;Gem. shares;Gem. saves;Gem. weergaven;Berichten per week;Tarief per post;Alleen product;Echtheid publiek (%);Talen;Bureau;Notities;Creator-ID',
    );
    // The phone number and the note start with "+" and "-": neutralised for the spreadsheet, read back by the import.
    expect(row).toBe(
      "Lotte Bakt;TikTok;lotte.bakt;https://www.tiktok.com/@lotte.bakt;25000;Micro;24,1;(likes + reacties) ÷ volgers;Boven benchmark;In screening;Nederland;Utrecht;food, baking;zomer-2026, pilot;lotte@example.nl;'+31 6 1234 5678;25;0;01-08-2026;" +
        "5600,5;425;;80;40000;3,5;EUR 450,5;ja;87,5;nl, en;Studio Zout;'- nog bellen over de zomer;1",
    );

    // Read into a dollar workspace: the fee stays in euros.
    const read = readImportableCsv(new TextEncoder().encode(csv), { fallbackDateOrder: dateOrderOfLocale('nl-NL'), currency: 'USD' });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({
      name: 'Lotte Bakt',
      platform: 'tiktok',
      handle: 'lotte.bakt',
      profileUrl: 'https://www.tiktok.com/@lotte.bakt',
      followers: 25_000,
      engagementRate: 0.241,
      status: 'In screening',
      country: 'Nederland',
      city: 'Utrecht',
      niches: ['food', 'baking'],
      tags: ['zomer-2026', 'pilot'],
      email: 'lotte@example.nl',
      phone: '+31 6 1234 5678',
      // The day of the figures comes back too: the import dates the row by it, not by the file.
      figuresAsOf: '2026-08-01',
      avgLikes: 5_600.5,
      avgComments: 425,
      avgShares: null,
      avgSaves: 80,
      avgViews: 40_000,
      postsPerWeek: 3.5,
      ratePerPostMinor: 45_050,
      rateCurrency: 'EUR',
      acceptsProductOnly: true,
      audienceAuthenticity: 0.875,
      languages: ['nl', 'en'],
      agent: 'Studio Zout',
      notes: '- nog bellen over de zomer',
      creatorRef: '1',
    });
  });

  it('writes an American file whose days import back in the American order', () => {
    const i18n = createI18n('en');
    setNumberLocale(i18n, 'en-US');
    const csv = rosterCsv([lotte, { ...lotte, accountId: 2, handle: 'lotte.tt', figuresAsOf: '2026-07-30' }], 'en-US', i18n.t);
    expect(csv.split('\r\n')[1]).toMatch(/,08\/01\/2026,/);
    // A fee in euros in a dollar workspace is written with its currency, and read back in it.
    expect(csv.split('\r\n')[1]).toMatch(/,EUR 450\.5,yes,87\.5,/);
    const read = readImportableCsv(new TextEncoder().encode(csv), { fallbackDateOrder: dateOrderOfLocale('en-US'), currency: 'USD' });
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([]);
    expect(read.dateOrder).toBe('mdy');
    expect(read.rows.map((r) => r.figuresAsOf)).toEqual(['2026-08-01', '2026-07-30']);
    expect(read.rows.map((r) => [r.ratePerPostMinor, r.rateCurrency])).toEqual([
      [45_050, 'EUR'],
      [45_050, 'EUR'],
    ]);
  });
});
