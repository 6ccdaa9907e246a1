import type { Plan } from '@shared/api/plans.contract';
import { defaultPlanInputs, type PlanInputs } from '@shared/plans/plan-inputs';

/**
 * The plan a Dutch tester reported (EUR, 1 USD = 0.92 EUR): €20,000, micro 65 % (30 % of it
 * nano), half the rest mid-tier, Instagram 60 / TikTok 40. Its mid and macro lines buy no
 * content item at the expected price.
 */
export const testerInputs: PlanInputs = {
  ...defaultPlanInputs('EUR', '2026-03-01', 0.65),
  name: 'Zomer',
  client: 'Bakkerij Bol',
  budget: { amount: 2_000_000, currency: 'EUR' },
  tierSplit: { nanoOfMicro: 0.3, midOfRest: 0.5 },
  platformMix: { instagram: 0.6, tiktok: 0.4, youtube: 0 },
};

export const testerPlan: Plan = {
  id: 1,
  name: testerInputs.name,
  client: testerInputs.client,
  date: testerInputs.date,
  budget: testerInputs.budget,
  expectedRevenue: null,
  expectedRoas: null,
  archived: false,
  updatedAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
  benchmarkVersion: 'test',
  inputs: testerInputs,
};
