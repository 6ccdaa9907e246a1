import { describe, expect, it } from 'vitest';
import { fillTemplate } from '@shared/campaigns/outreach';
import { templatesEn } from '../../renderer/src/i18n/locales/partnership.en';
import { templatesNl } from '../../renderer/src/i18n/locales/partnership.nl';

const values = { firstName: 'Anna', name: 'Anna de Vries', handle: '@anna', platform: 'Instagram', recentPostTopic: 'latte art', brand: 'Koffiebar Noord', campaign: 'Herfst', offer: '€ 300', senderName: 'Sanne' };

describe('the example templates', () => {
  it.each([
    ['en', templatesEn.examples, /\{firstName\}/],
    ['nl', templatesNl.examples, /\{voornaam\}/],
  ] as const)('in %s use merge fields of their own language, and every one fills', (_language, examples, ownName) => {
    for (const example of Object.values(examples)) {
      expect(example.body).toMatch(ownName);
      for (const text of [example.subject, example.body]) {
        const filled = fillTemplate(text, values);
        expect([filled.missing, filled.unknown]).toEqual([[], []]);
        expect(filled.text).not.toMatch(/\{/);
      }
    }
  });
});
