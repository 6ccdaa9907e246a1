import { describe, expect, it } from 'vitest';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { computePlan } from '@shared/plans/plan-allocation';
import { defaultPlanInputs, type PlanInputs } from '@shared/plans/plan-inputs';

/** A tester's plan (also in tests/renderer/tester-plan.ts): €20,000, micro 65 % (30 % of it nano), half the rest mid, Instagram 60 / TikTok 40. */
const testerInputs: PlanInputs = {
  ...defaultPlanInputs('EUR', '2026-03-01', 0.65),
  name: 'Zomer',
  budget: { amount: 2_000_000, currency: 'EUR' },
  tierSplit: { nanoOfMicro: 0.3, midOfRest: 0.5 },
  platformMix: { instagram: 0.6, tiktok: 0.4, youtube: 0 },
};

describe('a line that expects nothing for its budget', () => {
  const plan = computePlan(defaultBenchmarks, testerInputs, 0.92);
  if (!plan.ok) throw new Error('expected a plan');
  const line = (tier: string, platform: string) => plan.lines.find((l) => l.tier === tier && l.platform === platform)!;
  const warned = plan.warnings.filter((w) => w.code === 'lineCannotAffordDeliverable').map((w) => `${w.params['tier']}-${w.params['platform']}`);

  it('is warned about when it affords some items at the lowest price but none at the expected one (mid lines)', () => {
    const mid = line('mid', 'instagram');
    expect(mid.budget.amount).toBe(210_000);
    expect(mid.deliverables).toEqual({ low: 0, high: 4 });
    expect(mid.forecast.reach.computable && mid.forecast.reach.expected).toBe(0);
    expect(plan.warnings).toContainEqual({
      code: 'lineCannotAffordDeliverable',
      params: { tier: 'mid', platform: 'instagram', deliverable: 'post', budget: 210_000, lowestPrice: 46_000, expectedPrice: 943_000, currency: 'EUR' },
    });
    expect(warned).toEqual(['mid-instagram', 'mid-tiktok', 'macro-instagram', 'macro-tiktok']);
  });

  it('is not warned about when the expected price buys at least one item', () => {
    for (const l of plan.lines.filter((x) => !warned.includes(`${x.tier}-${x.platform}`))) {
      expect(l.forecast.reach.computable && l.forecast.reach.expected).toBeGreaterThan(0);
    }
  });
});
