import { describe, expect, it } from 'vitest';
import { useBackend } from '../support/backend';

describe('outreach templates over the contract', () => {
  const openBackend = useBackend();

  it('refuses a template with braces that are no merge field, naming them at their field, and saves nothing', async () => {
    const backend = await openBackend();
    const result = await backend.handle('templates:save', { template: { name: 'Intro', kind: 'firstContact', subject: 'Hi {firstname}', body: 'We offer {fee} and {offer}.' } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [
          { field: 'template.subject', rule: 'template.unknownFields', params: { fields: '{firstname}' } },
          { field: 'template.body', rule: 'template.unknownFields', params: { fields: '{fee}' } },
        ],
      },
    });
    expect(await backend.handle('templates:list', undefined)).toEqual({ ok: true, data: [] });
  });

  it('saves a template that uses only merge fields, English or Dutch', async () => {
    const backend = await openBackend();
    const result = await backend.handle('templates:save', { template: { name: 'Intro', kind: 'firstContact', subject: 'Hoi {voornaam}', body: 'We offer {offer}.' } });
    expect(result).toMatchObject({ ok: true, data: { name: 'Intro' } });
  });
});
