import { describe, expect, it } from 'vitest';
import { useBackend } from '../support/backend';

describe('settings over the contract', () => {
  const openBackend = useBackend();

  it('starts with the defaults: EUR, system language and locale, system theme', async () => {
    const backend = await openBackend();
    expect(await backend.handle('settings:get', undefined)).toEqual({
      ok: true,
      data: { workspaceName: 'Microplan', currency: 'EUR', language: null, formatLocale: null, theme: 'system', benchmarkExchangeRate: null, userName: null, knownExchangeRates: {} },
    });
  });

  it('saves every setting and returns what is now stored', async () => {
    const backend = await openBackend();
    const patch = { workspaceName: 'Studio Noord', currency: 'SEK', language: 'nl', formatLocale: 'nl-BE', theme: 'dark', benchmarkExchangeRate: 10.45, userName: 'Sanne de Boer' };
    const stored = { ...patch, knownExchangeRates: { SEK: 10.45 } };
    expect(await backend.handle('settings:update', patch)).toEqual({ ok: true, data: stored });
    expect(await backend.handle('settings:get', undefined)).toEqual({ ok: true, data: stored });
  });

  it('keeps fields that a partial update leaves out', async () => {
    const backend = await openBackend();
    await backend.handle('settings:update', { currency: 'GBP' });
    const result = await backend.handle('settings:update', { theme: 'light' });
    expect(result).toMatchObject({ ok: true, data: { currency: 'GBP', theme: 'light', workspaceName: 'Microplan' } });
  });

  it('drops the exchange rate when the currency changes without a new one: it was per the old currency', async () => {
    const backend = await openBackend();
    await backend.handle('settings:update', { currency: 'EUR', benchmarkExchangeRate: 0.92 });
    expect(await backend.handle('settings:update', { currency: 'JPY' })).toMatchObject({ ok: true, data: { currency: 'JPY', benchmarkExchangeRate: null } });
    expect(await backend.handle('settings:update', { currency: 'GBP', benchmarkExchangeRate: 0.79 })).toMatchObject({ ok: true, data: { benchmarkExchangeRate: 0.79 } });
    // Saving the same currency again keeps the rate.
    expect(await backend.handle('settings:update', { currency: 'GBP', theme: 'dark' })).toMatchObject({ ok: true, data: { benchmarkExchangeRate: 0.79 } });
  });

  it('gives a currency back the rate last entered for it when the workspace switches back, and offers it to the form', async () => {
    const backend = await openBackend();
    await backend.handle('settings:update', { benchmarkExchangeRate: 0.92 });
    expect(await backend.handle('settings:update', { currency: 'USD' })).toMatchObject({ ok: true, data: { currency: 'USD', benchmarkExchangeRate: null } });
    expect(await backend.handle('settings:update', { currency: 'EUR' })).toMatchObject({ ok: true, data: { currency: 'EUR', benchmarkExchangeRate: 0.92 } });
    // A new rate replaces the remembered one; a rate cleared on purpose stays cleared.
    await backend.handle('settings:update', { benchmarkExchangeRate: 0.95 });
    await backend.handle('settings:update', { currency: 'GBP', benchmarkExchangeRate: 0.79 });
    expect(await backend.handle('settings:get', undefined)).toMatchObject({ ok: true, data: { knownExchangeRates: { EUR: 0.95, GBP: 0.79 } } });
    expect(await backend.handle('settings:update', { currency: 'EUR', benchmarkExchangeRate: null })).toMatchObject({ ok: true, data: { benchmarkExchangeRate: null, knownExchangeRates: { GBP: 0.79 } } });
    // …and is not offered again after switching away and back.
    await backend.handle('settings:update', { currency: 'USD' });
    expect(await backend.handle('settings:update', { currency: 'EUR' })).toMatchObject({ ok: true, data: { benchmarkExchangeRate: null } });
    // The remembered rates are the backend's to keep, not the window's to set.
    expect(await backend.handle('settings:update', { knownExchangeRates: { EUR: 2 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('trims the workspace name', async () => {
    const backend = await openBackend();
    expect(await backend.handle('settings:update', { workspaceName: '  Bureau Zuid  ' })).toMatchObject({ ok: true, data: { workspaceName: 'Bureau Zuid' } });
  });

  it.each([
    ['an unknown currency', { currency: 'XYZ' }, 'currency', 'Unknown ISO 4217 currency code'],
    ['a lower-case currency', { currency: 'eur' }, 'currency', 'three-letter ISO 4217 code'],
    ['an unknown language', { language: 'de' }, 'language', 'Invalid option'],
    ['an unknown theme', { theme: 'neon' }, 'theme', 'Invalid option'],
    ['an unknown locale', { formatLocale: 'xx-YY' }, 'formatLocale', 'Invalid option'],
    ['a number as name', { workspaceName: 42 }, 'workspaceName', 'expected string'],
    ['an empty name', { workspaceName: '   ' }, 'workspaceName', 'needs a name'],
    ['an unknown field', { colour: 'red' }, '', 'Unrecognized key'],
    ['a zero exchange rate', { benchmarkExchangeRate: 0 }, 'benchmarkExchangeRate', 'above 0'],
    ['a text exchange rate', { benchmarkExchangeRate: '0,92' }, 'benchmarkExchangeRate', 'expected number'],
  ])('refuses %s with the field and a clear message, and changes nothing', async (_what, patch, field, message) => {
    const backend = await openBackend();
    const before = await backend.handle('settings:get', undefined);
    const result = await backend.handle('settings:update', patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.field ?? '').toBe(field);
    expect(result.error.message).toContain(message);
    expect(await backend.handle('settings:get', undefined)).toEqual(before);
  });

  it('refuses a whole update when one field is bad, saving none of it', async () => {
    const backend = await openBackend();
    const result = await backend.handle('settings:update', { workspaceName: 'Fine', currency: 'NOPE' });
    expect(result.ok).toBe(false);
    expect(await backend.handle('settings:get', undefined)).toMatchObject({ data: { workspaceName: 'Microplan', currency: 'EUR' } });
  });

  it('refuses input that is not an object', async () => {
    const backend = await openBackend();
    for (const input of ['EUR', 7, null, [1]]) {
      const result = await backend.handle('settings:update', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers an unknown channel with a typed error', async () => {
    const backend = await openBackend();
    expect(await backend.handle('settings:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await backend.handle('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('persists settings across a restart of the backend', async () => {
    const backend = await openBackend();
    await backend.handle('settings:update', { workspaceName: 'Persisted', currency: 'SEK' });
    await backend.close();
    const { openBackend: reopen } = await import('../../electron/core/backend');
    const again = await reopen(backend.dataDir, { mode: 'browser', version: 'test' });
    expect(await again.handle('settings:get', undefined)).toMatchObject({ data: { workspaceName: 'Persisted', currency: 'SEK' } });
    await again.close();
  });

  it('tells the UI where the workspace file is', async () => {
    const backend = await openBackend();
    expect(await backend.handle('app:info', undefined)).toEqual({
      ok: true,
      data: { version: '0.0.0-test', workspaceFile: backend.file, mode: 'browser' },
    });
  });
});
