import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  creatorFieldAliases,
  creatorFields,
  csvTemplateHeader,
  csvTemplateHeaderNl,
  fieldForHeader,
  mapHeaders,
  normaliseHeader,
  type CreatorField,
} from '@shared/csv';

describe('header matching', () => {
  it.each<[string, CreatorField]>([
    ['Name', 'name'],
    ['Naam', 'name'],
    ['Gebruikersnaam', 'handle'],
    ['USERNAME', 'handle'],
    ['user_name', 'handle'],
    ['Account', 'handle'],
    ['Followers', 'followers'],
    ['followers_count', 'followers'],
    ['Follower Count', 'followers'],
    ['Aantal volgers', 'followers'],
    ['volgers', 'followers'],
    ['Subscribers', 'followers'],
    ['Aantal fans', 'followers'],
    ['ER', 'engagementRate'],
    ['ER (%)', 'engagementRate'],
    ['Engagement-Rate', 'engagementRate'],
    ['avg_likes', 'avgLikes'],
    ['Gem. likes', 'avgLikes'],
    ['Gemiddelde reacties', 'avgComments'],
    ['Weergaven', 'avgViews'],
    ['posts/week', 'postsPerWeek'],
    ['Land', 'country'],
    ['Woonplaats', 'city'],
    ['Regio', 'location'],
    ['Talen', 'languages'],
    ['Categorieën', 'niches'],
    ['categorie', 'niches'],
    ['Niche', 'niches'],
    ['E-mail', 'email'],
    ['e_mail', 'email'],
    ['E-mailadres', 'email'],
    ['Telefoonnummer', 'phone'],
    ['Management', 'agent'],
    ['Authentic followers', 'audienceAuthenticity'],
    ['Echte volgers', 'audienceAuthenticity'],
    ['Status', 'status'],
    ['Notities', 'notes'],
    ['Opmerkingen', 'notes'],
    ['Fee per post', 'ratePerPost'],
    ['Tarief (€)', 'ratePerPost'],
    ['Gifting', 'acceptsProductOnly'],
    ['Alleen product', 'acceptsProductOnly'],
    ['  Profile URL  ', 'profileUrl'],
    // A plain date column in a platform's export is the day of its figures.
    ['Date', 'figuresAsOf'],
    ['Datum', 'figuresAsOf'],
  ])('maps %j to %s', (header, field) => expect(fieldForHeader(header)).toBe(field));

  it('ignores case, accents, spaces, underscores and dashes', () => {
    expect(normaliseHeader(' Catégorie_Naam - Één ')).toBe('categorienaameen');
  });

  it('maps nothing to an unknown header', () => expect(fieldForHeader('Favourite colour')).toBeNull());
});

describe('mapping a header row', () => {
  it('returns the mapping per column and the columns it could not map', () => {
    expect(mapHeaders(['Naam', 'Gebruikersnaam', 'Lievelingskleur', '', 'Volgers'])).toEqual({
      mapping: ['name', 'handle', null, null, 'followers'],
      unmapped: [
        { index: 2, header: 'Lievelingskleur', reason: 'unknown', field: null },
        { index: 3, header: '', reason: 'unknown', field: null },
      ],
    });
  });

  it('gives a field to its first column and lists the second as a duplicate', () => {
    expect(mapHeaders(['email', 'E-mail'])).toEqual({
      mapping: ['email', null],
      unmapped: [{ index: 1, header: 'E-mail', reason: 'duplicate', field: 'email' }],
    });
  });
});

describe('the alias table', () => {
  it('gives every field at least one alias', () => {
    for (const field of creatorFields) expect(creatorFieldAliases[field].length).toBeGreaterThan(0);
  });

  it('never lets one alias name two fields', () => {
    const owner = new Map<string, CreatorField>();
    for (const field of creatorFields) {
      for (const alias of creatorFieldAliases[field]) {
        const key = normaliseHeader(alias);
        expect(owner.get(key) ?? field, `"${alias}" is an alias of ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
    }
  });
});

describe('the template headers', () => {
  it('lists every field once, in order, in English', () => {
    expect(csvTemplateHeader.map(fieldForHeader)).toEqual([...creatorFields]);
    expect(csvTemplateHeader.slice(0, 5)).toEqual(['name', 'platform', 'handle', 'profile_url', 'followers']);
  });

  it('lists every field once, in order, in Dutch', () => expect(csvTemplateHeaderNl.map(fieldForHeader)).toEqual([...creatorFields]));
});

describe('the README', () => {
  it('lists every alias of the table', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../shared/csv/README.md'), 'utf8');
    for (const field of creatorFields) {
      expect(readme).toContain(`| \`${field}\` | ${creatorFieldAliases[field].join(', ')} |`);
    }
  });
});
