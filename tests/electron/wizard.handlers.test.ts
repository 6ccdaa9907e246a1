import { describe, expect, it } from 'vitest';
import { defaultPlatformAnswers, type PlatformAdvice } from '@shared/domain/platform-advice';
import { useBackend } from '../support/backend';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as T;
}

describe('saved platform advice over the contract', () => {
  const openBackend = useBackend();

  it('saves answers with the ranking they give, reopens, edits and deletes them', async () => {
    const backend = await openBackend();
    const genZ = { ...defaultPlatformAnswers, audienceAge: 'genZ', contentStyle: 'authentic', budgetSize: 'small', goal: 'engagement' } as const;
    const saved = await ok<PlatformAdvice>(backend.handle('wizard:save', { advice: { name: 'Snack launch', answers: genZ, checked: ['tiktok.trendingSounds'] } }));
    expect(saved.ranking[0]!.platform).toBe('tiktok');
    expect(saved.ranking.reduce((s, r) => s + r.budgetPercent, 0)).toBe(100);
    expect(await ok<PlatformAdvice>(backend.handle('wizard:get', { id: saved.id }))).toEqual(saved);

    const beauty = { ...defaultPlatformAnswers, audienceAge: 'millennials', category: 'beauty', contentStyle: 'polished', goal: 'conversions' } as const;
    const edited = await ok<PlatformAdvice>(backend.handle('wizard:save', { id: saved.id, advice: { name: 'Snack launch', answers: beauty, checked: [] } }));
    expect(edited.ranking[0]!.platform).toBe('instagram');
    expect(await ok<PlatformAdvice[]>(backend.handle('wizard:list', undefined))).toHaveLength(1);
    expect(await ok(backend.handle('wizard:delete', { id: saved.id }))).toEqual({ deleted: true });
    expect(await ok<PlatformAdvice[]>(backend.handle('wizard:list', undefined))).toEqual([]);
  });

  it.each([
    [{ name: '', answers: defaultPlatformAnswers, checked: [] }, 'advice.name'],
    [{ name: 'x', answers: { ...defaultPlatformAnswers, goal: 'fame' }, checked: [] }, 'advice.answers.goal'],
    [{ name: 'x', answers: { ...defaultPlatformAnswers, extra: 1 }, checked: [] }, 'advice.answers'],
  ])('refuses %j', async (advice, field) => {
    const backend = await openBackend();
    expect(await backend.handle('wizard:save', { advice })).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
  });
});
