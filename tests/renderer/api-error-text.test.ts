import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { issueText } from '../../renderer/src/lib/api-error-text';

describe('issueText of a broken limit', () => {
  const en = createI18n('en').t;
  const nl = createI18n('nl').t;
  const issue = (rule: string, params?: Record<string, string | number>) => ({ field: 'name', rule, message: 'name: Too big', ...(params ? { params } : {}) });

  it('names the limit of a too-long text, in both languages', () => {
    expect(issueText(en, issue('zod.too_big', { context: 'string', count: 200 }))).toBe('At most 200 characters');
    expect(issueText(nl, issue('zod.too_big', { context: 'string', count: 20_000 }))).toBe('Hoogstens 20.000 tekens');
    expect(issueText(en, issue('zod.too_big', { context: 'string', count: 1 }))).toBe('At most 1 character');
  });

  it('names the bound of a number and the size of a list', () => {
    expect(issueText(en, issue('zod.too_big', { context: 'number', limit: 10_000_000_000 }))).toBe('At most 10,000,000,000');
    expect(issueText(en, issue('zod.too_small', { context: 'numberExclusive', limit: 0 }))).toBe('Must be more than 0');
    expect(issueText(en, issue('zod.too_big', { context: 'array', count: 50 }))).toBe('At most 50 entries');
    expect(issueText(en, issue('zod.too_small', { context: 'string', count: 1 }))).toBe('Cannot be empty');
  });

  it('keeps the general wording for an issue without its limit', () => {
    expect(issueText(en, issue('zod.too_big'))).toBe('Too large or too long');
  });
});
