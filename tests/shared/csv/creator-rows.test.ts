import { describe, expect, it } from 'vitest';
import { mapHeaders, validateCreatorRows, type CreatorRowOptions, type CsvProblem } from '@shared/csv';
import { table } from './helpers';

function check(csv: string, options: Partial<CreatorRowOptions> = {}) {
  const t = table(csv);
  return validateCreatorRows(t, mapHeaders(t.header).mapping, { decimal: '.', ...options });
}

function only(csv: string, options?: Partial<CreatorRowOptions>) {
  const result = check(csv, options);
  expect(result.problems).toEqual([]);
  expect(result.rows).toHaveLength(1);
  return result.rows[0]!;
}

function problems(csv: string, options?: Partial<CreatorRowOptions>): Pick<CsvProblem, 'line' | 'column' | 'code' | 'params'>[] {
  return check(csv, options).problems.map(({ line, column, code, params }) => ({ line, column, code, params }));
}

describe('platform', () => {
  it.each([
    ['ig', 'instagram'],
    ['Insta', 'instagram'],
    ['TT', 'tiktok'],
    ['TikTok', 'tiktok'],
    ['yt', 'youtube'],
    ['YOUTUBE', 'youtube'],
  ])('accepts %j as %s', (raw, platform) => expect(only(`platform,handle\n${raw},anna\n`).platform).toBe(platform));

  it('reports an unknown platform with the value', () => {
    expect(problems('platform,handle\nFacebook,anna\n')).toEqual([{ line: 2, column: 'platform', code: 'platformUnknown', params: { value: 'Facebook' } }]);
  });

  it('reports a missing platform', () => expect(problems('platform,handle\n,anna\n')).toEqual([{ line: 2, column: 'platform', code: 'platformMissing', params: {} }]));

  it('takes the platform from a profile link when the cell is empty', () => {
    expect(only('platform,handle\n,https://www.tiktok.com/@anna\n').platform).toBe('tiktok');
  });

  it('uses the default platform for a file without a platform column', () => {
    expect(only('handle\nanna\n', { defaultPlatform: 'youtube' }).platform).toBe('youtube');
  });

  it('lets a profile link win over the default platform', () => {
    expect(only('handle\nhttps://www.tiktok.com/@anna\n', { defaultPlatform: 'instagram' }).platform).toBe('tiktok');
  });

  it('reports a platform cell that contradicts the profile link', () => {
    expect(problems('platform,handle\ninstagram,https://www.tiktok.com/@anna\n')).toEqual([
      { line: 2, column: 'platform', code: 'platformConflict', params: { platform: 'instagram', urlPlatform: 'tiktok' } },
    ]);
  });
});

describe('handle', () => {
  it.each([
    ['@lotte.bakt', 'lotte.bakt'],
    ['  lotte.bakt  ', 'lotte.bakt'],
    ['https://www.instagram.com/lotte.bakt/', 'lotte.bakt'],
    ['instagram.com/lotte.bakt', 'lotte.bakt'],
    ['Lotte_Bakt', 'Lotte_Bakt'],
  ])('reads %j as %j', (raw, handle) => expect(only(`platform,handle\ninstagram,${raw}\n`).handle).toBe(handle));

  it('keeps the profile link that was given as the handle', () => {
    expect(only('platform,handle\ninstagram,https://www.instagram.com/lotte.bakt/\n').profileUrl).toBe('https://www.instagram.com/lotte.bakt/');
  });

  it('takes the handle from the profile link column when the handle is empty', () => {
    expect(only('platform,handle,profile_url\ninstagram,,https://www.instagram.com/anna/\n')).toMatchObject({ handle: 'anna', profileUrl: 'https://www.instagram.com/anna/' });
  });

  it('reports a missing handle', () => expect(problems('platform,handle\ninstagram,\n')).toEqual([{ line: 2, column: 'handle', code: 'handleMissing', params: {} }]));

  it.each(['anna smith', 'https://example.com/anna', 'anna/bram'])('reports %j as an invalid handle', (raw) => {
    expect(problems(`platform,handle\ninstagram,${raw}\n`)).toEqual([{ line: 2, column: 'handle', code: 'handleInvalid', params: { value: raw } }]);
  });

  it.each([
    ['handle', 'https://www.instagram.com/p/Cx123/', 'instagram'],
    ['profile_url', 'https://www.instagram.com/reel/Cx123/', 'instagram'],
    ['profile_url', 'https://vm.tiktok.com/ZMabc123/', 'tiktok'],
    ['profile_url', 'https://www.youtube.com/shorts/abc123', 'youtube'],
  ])('says a link to a post in the %s column is no profile, once, naming its platform: %j', (column, raw, platform) => {
    expect(problems(`name,${column}\nAnna,${raw}\n`)).toEqual([{ line: 2, column, code: 'linkNotProfile', params: { value: raw, platform } }]);
  });

  it('refuses a file with neither a handle nor a profile-link column once, at the header', () => {
    expect(problems('name,followers\nAnna,12\nBram,13\n')).toEqual([{ line: 1, column: null, code: 'columnMissing', params: {} }]);
  });
});

describe('duplicate handles', () => {
  it('reports a later row with the same platform and handle, naming the first line', () => {
    const result = check('platform,handle\ninstagram,@Anna\ntiktok,anna\ninstagram, anna \n');
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(result.problems).toEqual([
      { line: 4, column: 'handle', field: 'handle', code: 'duplicateHandle', params: { platform: 'instagram', handle: 'anna', firstLine: 2 } },
    ]);
  });

  it('counts from the first occurrence even when that row has other problems', () => {
    expect(problems('platform,handle,followers\nig,anna,-1\nig,anna,5\n').map((p) => [p.line, p.code, p.params['firstLine']])).toEqual([
      [2, 'followersNegative', undefined],
      [3, 'duplicateHandle', 2],
    ]);
  });
});

describe('followers', () => {
  it.each([
    ['12500', '.', 12_500],
    ['"12,500"', '.', 12_500],
    ['12.500', ',', 12_500],
    ['12,5k', ',', 12_500],
    ['1.2M', '.', 1_200_000],
  ] as const)('reads %s (decimal %j) as %d', (raw, decimal, expected) => {
    const d = decimal === ',' ? ';' : ',';
    expect(only(`platform${d}handle${d}followers\nig${d}anna${d}${raw}\n`, { decimal }).followers).toBe(expected);
  });

  it.each([
    ['-50', 'followersNegative'],
    ['veel', 'followersNotNumber'],
    ['12.5', 'followersNotWhole'],
  ])('reports %j as %s', (raw, code) => {
    expect(problems(`platform,handle,followers\nig,anna,${raw}\n`)).toEqual([{ line: 2, column: 'followers', code, params: { value: raw } }]);
  });

  it('leaves an empty cell and a dash empty', () => {
    expect(check('platform,handle,followers\nig,anna,\nig,bram,-\n').rows.map((r) => r.followers)).toEqual([null, null]);
  });
});

describe('engagement rate', () => {
  const rates = (column: string, ...cells: string[]) =>
    check(`platform,handle,${column}\n${cells.map((c, i) => `ig,h${i},${c}`).join('\n')}\n`).rows.map((r) => r.engagementRate);

  it('reads a column of values 0–1 as fractions', () => expect(rates('er', '0.034', '0.8', '1')).toEqual([0.034, 0.8, 1]));
  it('reads a column with any value above 1 as percentages, small values included', () => expect(rates('er', '3.4', '0.8')).toEqual([0.034, 0.008]));
  it('reads a value with "%" as a percentage, whatever the column', () => expect(rates('er', '3.4%', '0.034')).toEqual([0.034, 0.034]));
  it('reads every value as a percentage when the header says so', () => expect(rates('ER (%)', '0.5', '0.8')).toEqual([0.005, 0.008]));
  it('reads a Dutch "3,4%" as 0.034', () => {
    expect(only('platform;handle;engagement\nig;anna;3,4%\n', { decimal: ',' }).engagementRate).toBe(0.034);
  });

  it('reports a rate over 100 % with the percentage read', () => {
    expect(problems('platform,handle,engagement_rate\nig,anna,3.4\nig,bram,150\nig,chris,250%\n')).toEqual([
      { line: 3, column: 'engagement_rate', code: 'engagementOver100', params: { value: '150', percent: 150 } },
      { line: 4, column: 'engagement_rate', code: 'engagementOver100', params: { value: '250%', percent: 250 } },
    ]);
  });

  it('reports a negative rate', () => {
    expect(problems('platform,handle,er\nig,anna,-0.5\n')).toEqual([{ line: 2, column: 'er', code: 'numberNegative', params: { value: '-0.5' } }]);
  });

  it('reports audience authenticity over 100 %', () => {
    expect(problems('platform,handle,authenticity\nig,anna,92\nig,bram,120\n')).toEqual([
      { line: 3, column: 'authenticity', code: 'authenticityOver100', params: { value: '120', percent: 120 } },
    ]);
  });
});

describe('other values', () => {
  it('reads averages with decimals and refuses negatives and text', () => {
    const result = check('platform,handle,avg_likes,avg_views\nig,anna,425.5,1200\nig,bram,-3,\nig,chris,,lots\n');
    expect(result.rows.map((r) => [r.avgLikes, r.avgViews])).toEqual([[425.5, 1200]]);
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'avg_likes', 'numberNegative'],
      [4, 'avg_views', 'numberInvalid'],
    ]);
  });

  it.each([
    ['€ 1.250,50', 2, 125_050],
    ['150,-', 2, 15_000],
    ['95 EUR', 2, 9_500],
    ['1,005', 2, 101],
    ['1.250', 0, 1_250],
  ] as const)('reads the fee %j in minor units (%d decimals)', (raw, currencyDecimals, expected) => {
    expect(only(`platform;handle;tarief\nig;anna;${raw}\n`, { decimal: ',', currencyDecimals }).ratePerPostMinor).toBe(expected);
  });

  it('refuses a round-amount mark read with the other decimal separator, rather than a thousandth of the fee', () => {
    // "1.250,-" in a file read with a decimal point would be 1.25: no amount a fee is written as.
    expect(problems('platform,handle,rate\nig,anna,"1.250,-"\n').map((p) => [p.line, p.column, p.code])).toEqual([[2, 'rate', 'numberInvalid']]);
    expect(only('platform;handle;tarief\nig;anna;1.250,-\n', { decimal: ',', currencyDecimals: 2 }).ratePerPostMinor).toBe(125_000);
  });

  it.each([
    // The workspace's own currency, by symbol or code: no currency of its own.
    ['USD', '$400', 40_000, null],
    ['USD', '400 usd', 40_000, null],
    ['EUR', '€ 1.250,50', 125_050, null],
    // Another currency keeps it, in its own minor units.
    ['USD', '€500', 50_000, 'EUR'],
    ['USD', 'EUR 500', 50_000, 'EUR'],
    ['USD', '£300', 30_000, 'GBP'],
    ['EUR', 'GBP 300,50', 30_050, 'GBP'],
    ['EUR', '¥ 25.000', 25_000, 'JPY'],
    // "$" is the workspace's dollar when it writes one, else the US dollar.
    ['CAD', '$400', 40_000, null],
    ['EUR', '$400', 40_000, 'USD'],
  ] as const)('in a %s workspace reads the fee %j as %d minor units of %s', (currency, raw, minor, rateCurrency) => {
    const row = only(`platform;handle;tarief\nig;anna;${raw}\n`, { decimal: ',', currency });
    expect([row.ratePerPostMinor, row.rateCurrency]).toEqual([minor, rateCurrency]);
  });

  it('refuses a fee with three letters that are no currency', () => {
    expect(problems('platform;handle;tarief\nig;anna;abc 400\n', { decimal: ',', currency: 'EUR' }).map((p) => p.code)).toEqual(['numberInvalid']);
  });

  it('reads "N/A" and its kin as an empty cell in figures and days, and as text elsewhere', () => {
    const row = only('platform,handle,name,followers,engagement rate,avg likes,rate,figures as of\nig,unknown,N/A,#N/A,n/a,n.v.t.,NA,none\n');
    expect(row).toMatchObject({ handle: 'unknown', name: 'N/A', followers: null, engagementRate: null, avgLikes: null, ratePerPostMinor: null, figuresAsOf: null });
  });

  it('reports an invalid e-mail address', () => {
    expect(problems('platform,handle,email\nig,anna,anna@example\nig,bram,bram@example.nl\n')).toEqual([
      { line: 2, column: 'email', code: 'emailInvalid', params: { value: 'anna@example' } },
    ]);
  });

  it('reports a profile link that is not a web address', () => {
    expect(problems('platform,handle,profile_url\nig,anna,javascript:alert(1)\n')).toEqual([
      { line: 2, column: 'profile_url', code: 'urlInvalid', params: { value: 'javascript:alert(1)' } },
    ]);
  });

  it.each([
    ['ja', true],
    ['Yes', true],
    ['x', true],
    ['nee', false],
    ['0', false],
  ])('reads %j as accepting product only: %s', (raw, expected) => {
    expect(only(`platform,handle,gifting\nig,anna,${raw}\n`).acceptsProductOnly).toBe(expected);
  });

  it('reports an unreadable yes/no', () => {
    expect(problems('platform,handle,gifting\nig,anna,misschien\n')).toEqual([{ line: 2, column: 'gifting', code: 'booleanInvalid', params: { value: 'misschien' } }]);
  });

  it('splits lists on comma, semicolon and bar, once each', () => {
    expect(only('platform;handle;niche;tags\nig;anna;mode, Beauty | mode;\n', { decimal: ',' })).toMatchObject({ niches: ['mode', 'Beauty'], tags: [] });
  });

  it('reports a field longer than its limit with the limit and the length', () => {
    expect(problems(`platform,handle,name\nig,anna,${'a'.repeat(201)}\n`)).toEqual([
      { line: 2, column: 'name', code: 'fieldTooLong', params: { max: 200, length: 201 } },
    ]);
  });

  it('holds values to the limits of a creator edited by hand, so an imported one can be saved again', () => {
    expect(problems('platform,handle,followers,posts_per_week,avg_likes\nig,anna,10000000001,501,2e12\n')).toEqual([
      { line: 2, column: 'followers', code: 'numberTooLarge', params: { max: 10_000_000_000, value: '10000000001' } },
      { line: 2, column: 'posts_per_week', code: 'numberTooLarge', params: { max: 500, value: '501' } },
      { line: 2, column: 'avg_likes', code: 'numberTooLarge', params: { max: 1e12, value: '2e12' } },
    ]);
    expect(only('platform,handle,followers,posts_per_week\nig,anna,10000000000,500\n')).toMatchObject({ followers: 10_000_000_000, postsPerWeek: 500 });
    expect(problems(`platform,handle,tags\nig,anna,"short, ${'t'.repeat(61)}"\n`)).toEqual([
      { line: 2, column: 'tags', code: 'listItemTooLong', params: { max: 60, value: `${'t'.repeat(59)}…` } },
    ]);
    expect(problems(`platform,handle,phone\nig,anna,${'1'.repeat(41)}\n`)).toEqual([{ line: 2, column: 'phone', code: 'fieldTooLong', params: { max: 40, length: 41 } }]);

    // A fee's limit in the currency's units (10 billion euros), not in cents.
    expect(problems('platform,handle,rate\nig,anna,10000000001\n')).toEqual([{ line: 2, column: 'rate', code: 'numberTooLarge', params: { max: 10_000_000_000, value: '10000000001' } }]);
  });

  it('holds a profile link to its limit as it is stored, normalised, not as the cell was written', () => {
    const cell = `https://example.com/${'é'.repeat(100)}`;
    expect(cell.length).toBeLessThan(500);
    expect(problems(`platform,handle,profile_url\nig,anna,${cell}\n`)).toEqual([
      { line: 2, column: 'profile_url', code: 'fieldTooLong', params: { max: 500, length: 620 } },
    ]);
  });

  it('takes e-mail addresses the creator form takes, and refuses the ones it refuses', () => {
    expect(only('platform,handle,email\nig,anna,anna.de-vries@example.nl\n').email).toBe('anna.de-vries@example.nl');
    for (const email of ['jan@müller.de', 'a..b@x.co']) {
      expect(problems(`platform,handle,email\nig,anna,${email}\n`)).toEqual([{ line: 2, column: 'email', code: 'emailInvalid', params: { value: email } }]);
    }
  });
});

describe('formula cells', () => {
  it.each(['=1+1', '+cmd|x', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x")', ' =1+1', '\u00a0=1+1'])('refuses %j', (cell) => {
    expect(problems(`platform,handle,name\nig,anna,"${cell.replaceAll('"', '""')}"\n`)).toEqual([
      { line: 2, column: 'name', code: 'formulaCell', params: { value: cell.trim() } },
    ]);
  });

  it('refuses a cell starting with a tab or a carriage return', () => {
    expect(problems('platform,handle,name\nig,anna,"\tx"\nig,bram,"\rx"\n').map((p) => [p.line, p.code])).toEqual([
      [2, 'formulaCell'],
      [3, 'formulaCell'],
    ]);
  });

  it('lets "-5" through as a number (and then judges it as followers)', () => {
    expect(problems('platform,handle,followers\nig,anna,-5\n').map((p) => p.code)).toEqual(['followersNegative']);
  });

  it.each(['- nog bellen', '+ extra story in december', '@kees via agent', '@kees', '- bellen - morgen', '- follow up (Tuesday)', '+ strong engagement (verified by HypeAuditor)', '@mention from brand! loves us', '@kees (agent)'])('accepts everyday notes that start with a dash, plus or mention: %j', (cell) => {
    expect(only(`platform,handle,notes\nig,anna,${cell}\n`)).toMatchObject({ notes: cell });
  });

  it.each(['- =1+1', '+ cmd|x', '-"a"', '@SUM(1)', '-x', '- see HYPERLINK(1)', '- total Blad1!A1', '+ x !$B$2'])('still refuses a trigger followed by what a formula needs: %j', (cell) => {
    expect(problems(`platform,handle,notes\nig,anna,"${cell.replaceAll('"', '""')}"\n`).map((p) => p.code)).toEqual(['formulaCell']);
  });

  it('accepts "@name" in the handle column and "+31 6 …" in the phone column', () => {
    expect(only('platform,handle,phone\nig,@anna,+31 6 1234 5678\n')).toMatchObject({ handle: 'anna', phone: '+31 6 1234 5678' });
  });

  it('still refuses a formula that this app neutralised with an apostrophe on export', () => {
    expect(problems("platform,handle,name\nig,anna,'=1+1\n").map((p) => p.code)).toEqual(['formulaCell']);
  });

  it('leaves the row out of the valid rows', () => expect(check('platform,handle,notes\nig,anna,=1+1\n').rows).toEqual([]));
});

describe('valid rows', () => {
  it('keep the line where they start and are left out only when they have a problem', () => {
    const result = check('platform,handle,notes\nig,anna,"two\nlines"\nig,bram,=x\nig,chris,ok\n');
    expect(result.rows.map((r) => [r.handle, r.line])).toEqual([
      ['anna', 2],
      ['chris', 5],
    ]);
  });

  it('read with a mapping the user corrected', () => {
    const t = table('Wie,Kanaal,Waar\nAnna,anna,IG\n');
    const result = validateCreatorRows(t, ['name', 'handle', 'platform'], { decimal: '.' });
    expect(result.rows).toMatchObject([{ name: 'Anna', handle: 'anna', platform: 'instagram' }]);
  });

  it('ignore a column the user chose not to import, formulas included', () => {
    const t = table('handle,platform,secret\nanna,ig,=1+1\n');
    expect(validateCreatorRows(t, ['handle', 'platform', null], { decimal: '.' }).problems).toEqual([]);
  });
});

describe('problem order', () => {
  it('lists a row’s problems from left to right', () => {
    expect(problems('name,platform,handle,followers\n=x,Facebook,,-1\n').map((p) => p.column)).toEqual(['name', 'platform', 'handle', 'followers']);
  });
});
