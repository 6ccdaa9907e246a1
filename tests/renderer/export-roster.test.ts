import { describe, expect, it } from 'vitest';
import { readImportableCsv } from '@shared/csv';
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
};

describe('the roster export', () => {
  it('writes a Dutch Excel file with contact, niches and tags that imports back as they were', () => {
    const i18n = createI18n('nl');
    setNumberLocale(i18n, 'nl-NL');
    const csv = rosterCsv([lotte], 'nl-NL', i18n.t);
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Naam;Platform;Handle;Profiel-URL;Volgers;Niveau;Engagement rate (%);Bron ER;ER t.o.v. benchmark;Status;Land;Plaats;Niches;Tags;E-mail;Telefoon;Screeningsscore (%);Echtheidssignalen;Cijfers van',
    );
    // The phone number starts with "+": neutralised for the spreadsheet, read back by the import.
    expect(row).toBe(
      "Lotte Bakt;TikTok;lotte.bakt;https://www.tiktok.com/@lotte.bakt;25000;Micro;24,1;(likes + reacties) ÷ volgers;Boven benchmark;In screening;Nederland;Utrecht;food, baking;zomer-2026, pilot;lotte@example.nl;'+31 6 1234 5678;25;0;01-08-2026",
    );

    const read = readImportableCsv(new TextEncoder().encode(csv));
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
    });
  });
});
