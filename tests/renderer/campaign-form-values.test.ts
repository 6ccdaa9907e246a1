import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/api/plans.contract';
import { defaultPlatformAnswers, type PlatformAdvice } from '@shared/domain/platform-advice';
import { defaultPlanInputs } from '@shared/plans/plan-inputs';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { computePlan } from '@shared/plans/plan-allocation';
import { fromAdvice, fromPlan, validateCampaign } from '../../renderer/src/pages/Campaigns/campaign-form-values';

const t = ((key: string) => key) as never;

describe('a campaign started from a plan or from advice', () => {
  it('takes the plan budget, currency, platforms with a share and the client with that name; a plan with a pilot starts its pilot, with the pilot’s budget', () => {
    const inputs = { ...defaultPlanInputs('EUR', '2026-11-24', 0.65), name: 'Spring', client: 'bakkerij bol', campaign: 'Spring launch', budget: { amount: 4_000_000, currency: 'EUR' }, platformMix: { instagram: 0.6, tiktok: 0.4, youtube: 0 }, pilot: { share: 0.1, weeks: 2 } };
    const plan = { id: 7, name: 'Spring', budget: inputs.budget, inputs } as unknown as Plan;
    const values = fromPlan(plan, [{ id: 3, name: 'Bakkerij Bol' }], '2026-11-24');
    // 10 % of €40,000.00 for the pilot, as the plan splits it.
    expect(values).toMatchObject({ name: 'Spring launch', clientId: 3, newClientName: '', budget: { amount: 400_000, currency: 'EUR' }, platforms: ['instagram', 'tiktok'], planId: 7, pilot: true });
    expect(fromPlan({ ...plan, inputs: { ...inputs, pilot: null } } as Plan, [], '2026-11-24')).toMatchObject({ budget: { amount: 4_000_000, currency: 'EUR' }, pilot: false });
    // A share that does not divide the cents evenly: the plan's own split, to the cent.
    const odd = { ...plan, budget: { amount: 1_001, currency: 'EUR' }, inputs: { ...inputs, budget: { amount: 1_001, currency: 'EUR' }, pilot: { share: 1 / 3, weeks: 2 } } } as Plan;
    const allocated = computePlan(defaultBenchmarks, { ...odd.inputs, budget: { amount: 1_001, currency: 'USD' } }, null);
    if (!allocated.ok || !allocated.pilot) throw new Error('the plan should compute with a pilot');
    expect(fromPlan(odd, [], '2026-11-24').budget.amount).toBe(allocated.pilot.budget.amount);
    expect(fromPlan(plan, [], '2026-11-24')).toMatchObject({ clientId: null, newClientName: 'bakkerij bol' });
    expect(validateCampaign(values, t)).toEqual({});
  });

  it('takes the advice name, goal and ranked platforms', () => {
    const advice: PlatformAdvice = {
      id: 4,
      name: 'Snack launch',
      answers: { ...defaultPlatformAnswers, goal: 'engagement' },
      checked: [],
      ranking: [
        { platform: 'tiktok', score: 5, budgetPercent: 70 },
        { platform: 'instagram', score: 3, budgetPercent: 30 },
        { platform: 'youtube', score: -1, budgetPercent: 0 },
      ],
      updatedAt: '2026-11-24T10:00:00.000Z',
    };
    expect(fromAdvice(advice, 'EUR', '2026-11-24')).toMatchObject({ name: 'Snack launch', goal: 'engagement', platforms: ['tiktok', 'instagram'], adviceId: 4, budget: { amount: 0, currency: 'EUR' } });
  });

  it('says what is missing before saving', () => {
    const values = fromAdvice({ id: 1, name: '', answers: defaultPlatformAnswers, checked: [], ranking: [], updatedAt: '' }, 'EUR', '2026-11-24');
    expect(Object.keys(validateCampaign({ ...values, endDate: '2026-01-01' }, t)).sort()).toEqual(['budget.amount', 'clientId', 'endDate', 'name']);
  });
});
