import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Platform } from '@shared/calc/tiers';
import {
  creatorFieldAliases,
  creatorFields,
  fieldForHeader,
  filePlatformOf,
  mapHeaders,
  normaliseHeader,
  platformHeaderAliases,
  platformOfHeader,
  platformsNamedBy,
  readCreatorCsv,
  readImportableCsv,
  type CreatorField,
} from '@shared/csv';
import { utf8 } from './helpers';

/** A HypeAuditor Instagram report: no platform column, the platform is in the handle's header. */
const hypeAuditor = utf8(
  'Influencer,Instagram username,Followers,ER,AQS,Quality audience,Avg likes,Avg comments,Audience country,Email\n' +
    'Brianna Cole,briannacole,"27,400",3.21%,78,"19,180",850,29,United States (64%),bri@cole.studio\n' +
    'Marcus Lee,marcuslee_fit,"210,000",1.05%,41,"86,100","2,150",55,Canada (48%),marcus@leefit.com\n',
);

/** Upfluence's wide layout: an account per platform on every row. */
const upfluence = utf8('name,instagram_username,instagram_followers,tiktok_username,tiktok_followers\nAnna,anna.ig,12000,anna.tt,30000\n');

describe('headers that name a platform', () => {
  it.each<[string, CreatorField, Platform]>([
    ['Instagram username', 'handle', 'instagram'],
    ['Instagram handle', 'handle', 'instagram'],
    ['IG username', 'handle', 'instagram'],
    ['instagram_username', 'handle', 'instagram'],
    ['TikTok username', 'handle', 'tiktok'],
    ['TikTok handle', 'handle', 'tiktok'],
    ['YouTube channel', 'handle', 'youtube'],
    ['YouTube handle', 'handle', 'youtube'],
    ['Channel handle', 'handle', 'youtube'],
    ['Instagram followers', 'followers', 'instagram'],
    ['TikTok followers', 'followers', 'tiktok'],
    ['YouTube subscribers', 'followers', 'youtube'],
    ['YouTube-abonnees', 'followers', 'youtube'],
    ['Instagram URL', 'profileUrl', 'instagram'],
  ])('maps %j to %s on %s', (header, field, platform) => {
    expect(fieldForHeader(header)).toBe(field);
    expect(platformOfHeader(header)).toBe(platform);
  });

  it('names no platform for a header that does not', () => {
    expect(platformOfHeader('Username')).toBeNull();
    expect(platformOfHeader('Followers')).toBeNull();
    // A sheet's "Channel" column often holds the network ("Instagram"): no handle, no platform.
    expect(platformOfHeader('Channel')).toBeNull();
    expect(fieldForHeader('Channel')).toBeNull();
  });

  it('never lets one alias name two fields, with or without a platform', () => {
    const owner = new Map<string, string>();
    const claim = (alias: string, who: string) => {
      const key = normaliseHeader(alias);
      expect(owner.get(key) ?? who, `"${alias}" is an alias of ${owner.get(key)} and ${who}`).toBe(who);
      owner.set(key, who);
    };
    for (const field of creatorFields) for (const alias of creatorFieldAliases[field]) claim(alias, field);
    for (const [platform, fields] of Object.entries(platformHeaderAliases)) {
      for (const [field, aliases] of Object.entries(fields)) for (const alias of aliases) claim(alias, `${field} on ${platform}`);
    }
  });

  it('are all listed in the README', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../shared/csv/README.md'), 'utf8');
    for (const [platform, fields] of Object.entries(platformHeaderAliases)) {
      for (const [field, aliases] of Object.entries(fields)) expect(readme).toContain(`| \`${platform}\` | \`${field}\` | ${aliases.join(', ')} |`);
    }
  });
});

describe('the platform of a file', () => {
  it('is the one the mapped columns name, when there is no platform column', () => {
    const header = ['Influencer', 'Instagram username', 'Instagram followers'];
    expect(filePlatformOf(header, mapHeaders(header).mapping)).toBe('instagram');
    // A platform column says it row by row.
    expect(filePlatformOf(['Platform', ...header], mapHeaders(['Platform', ...header]).mapping)).toBeNull();
    // Columns naming two platforms say nothing.
    expect(filePlatformOf(['TikTok username', 'YouTube subscribers'], ['handle', 'followers'])).toBeNull();
    expect(filePlatformOf(['Username', 'Followers'], ['handle', 'followers'])).toBeNull();
  });

  it('reads a single-platform export without a platform column on the platform its headers name', () => {
    const read = readImportableCsv(hypeAuditor);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.problems).toEqual([]);
    expect(read).toMatchObject({ defaultPlatform: 'instagram', defaultPlatformFrom: 'header' });
    expect(read.mapping).toEqual(['name', 'handle', 'followers', 'engagementRate', null, null, 'avgLikes', 'avgComments', null, 'email']);
    expect(read.rows.map((r) => [r.name, r.platform, r.handle, r.followers, r.avgLikes])).toEqual([
      ['Brianna Cole', 'instagram', 'briannacole', 27_400, 850],
      ['Marcus Lee', 'instagram', 'marcuslee_fit', 210_000, 2_150],
    ]);
    expect(read.rows[0]!.engagementRate).toBeCloseTo(0.0321, 6);
  });

  it('reads the file on the platform the user chooses, or on none', () => {
    expect(readCreatorCsv(hypeAuditor, { defaultPlatform: 'tiktok' })).toMatchObject({ defaultPlatform: 'tiktok', defaultPlatformFrom: 'choice', rows: [{ platform: 'tiktok' }, { platform: 'tiktok' }] });
    const none = readCreatorCsv(hypeAuditor, { defaultPlatform: null });
    expect(none).toMatchObject({ ok: true, defaultPlatform: null, defaultPlatformFrom: null, rows: [] });
    expect(none.ok && none.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'platformMissing'],
      [3, 'platformMissing'],
    ]);
  });

  it('lets a profile link in the handle column keep its own platform', () => {
    const read = readCreatorCsv(utf8('Username,Followers\nhttps://www.tiktok.com/@anna,1000\nbram,2000\n'), { defaultPlatform: 'instagram' });
    expect(read).toMatchObject({ ok: true, problems: [], rows: [{ platform: 'tiktok', handle: 'anna' }, { platform: 'instagram', handle: 'bram' }] });
  });

  it('leaves rows to a platform column when the mapping has one, whatever was chosen', () => {
    const read = readCreatorCsv(utf8('Platform,Username,Followers\n,anna,1000\n'), { defaultPlatform: 'instagram' });
    expect(read).toMatchObject({ ok: true, defaultPlatform: null, rows: [] });
    expect(read.ok && read.problems.map((p) => p.code)).toEqual(['platformMissing']);
  });

  it('maps a file with columns for two platforms for the first one, and names both', () => {
    const read = readCreatorCsv(upfluence);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.mapping).toEqual(['name', 'handle', 'followers', null, null]);
    expect(read.unmapped.map((u) => [u.header, u.reason])).toEqual([
      ['tiktok_username', 'duplicate'],
      ['tiktok_followers', 'duplicate'],
    ]);
    expect(read.rows.map((r) => [r.platform, r.handle, r.followers])).toEqual([['instagram', 'anna.ig', 12_000]]);
    expect(platformsNamedBy(read.header)).toEqual(['instagram', 'tiktok']);
    // The user maps the TikTok columns instead: the file is TikTok's.
    const tiktok = readCreatorCsv(upfluence, { mapping: ['name', null, null, 'handle', 'followers'] });
    expect(tiktok).toMatchObject({ defaultPlatform: 'tiktok', rows: [{ platform: 'tiktok', handle: 'anna.tt', followers: 30_000 }] });
  });
});
