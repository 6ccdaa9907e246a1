import type { TFunction } from 'i18next';
import { emptyBrief, type Campaign, type CampaignInput } from '@shared/domain/campaigns';
import type { Plan } from '@shared/api/plans.contract';
import type { PlatformAdvice } from '@shared/domain/platform-advice';
import { pilotPhaseBudgets } from '@shared/calc/allocation';

/** The form's values: the contract's input, with a client that may still be "new" (by name). */
export type CampaignFormValues = Omit<CampaignInput, 'clientId'> & { clientId: number | null; newClientName: string };

export function blankCampaign(currency: string, today: string): CampaignFormValues {
  return {
    name: '',
    clientId: null,
    newClientName: '',
    goal: 'awareness',
    startDate: today,
    endDate: null,
    budget: { amount: 0, currency },
    platforms: ['instagram'],
    planId: null,
    adviceId: null,
    pilot: false,
    brief: emptyBrief,
    status: 'draft',
  };
}

export function fromCampaign(c: Campaign): CampaignFormValues {
  return {
    name: c.name,
    clientId: c.clientId,
    newClientName: '',
    goal: c.goal,
    startDate: c.startDate,
    endDate: c.endDate,
    budget: c.budgetInput,
    platforms: c.platforms,
    planId: c.planId,
    adviceId: c.adviceId,
    pilot: c.pilot,
    brief: c.brief,
    status: c.status,
  };
}

/**
 * A campaign started from a budget plan: its name (or the plan's campaign field), budget and
 * currency, the platforms it gives a share, and its client when one has that name. A plan with a
 * pilot phase starts the pilot: a small test first, with the pilot's part of the budget as the
 * plan splits it (`pilotPhaseBudgets`); the rest is for the campaign that scales up what worked.
 */
export function fromPlan(plan: Plan, clients: readonly { id: number; name: string }[], today: string): CampaignFormValues {
  const mix = plan.inputs.platformMix;
  const platforms = (['instagram', 'tiktok', 'youtube'] as const).filter((p) => mix[p] > 0);
  const client = clients.find((c) => c.name.trim().toLowerCase() === plan.inputs.client.trim().toLowerCase());
  return {
    ...blankCampaign(plan.budget.currency, today),
    name: plan.inputs.campaign || plan.name,
    clientId: client?.id ?? null,
    newClientName: client ? '' : plan.inputs.client,
    budget: plan.inputs.pilot ? { amount: pilotPhaseBudgets(plan.budget.amount, plan.inputs.pilot.share)[0], currency: plan.budget.currency } : plan.budget,
    platforms: platforms.length > 0 ? platforms : ['instagram'],
    planId: plan.id,
    pilot: plan.inputs.pilot !== null,
    goal: plan.inputs.assumptions.averageOrderValue > 0 ? 'conversions' : 'awareness',
  };
}

/** A campaign started from saved platform advice: its name, goal and the platforms it gives a budget share. */
export function fromAdvice(advice: PlatformAdvice, currency: string, today: string): CampaignFormValues {
  const chosen = advice.ranking.filter((r) => r.budgetPercent > 0).map((r) => r.platform);
  return { ...blankCampaign(currency, today), name: advice.name, goal: advice.answers.goal, platforms: chosen.length > 0 ? chosen : ['instagram'], adviceId: advice.id };
}

/** The backend's rules with translated messages, so most mistakes are shown before saving. */
export function validateCampaign(v: CampaignFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors.name = t('campaigns.form.errors.name');
  if (v.clientId === null && !v.newClientName.trim()) errors.clientId = t('campaigns.form.errors.client');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.startDate)) errors.startDate = t('campaigns.form.errors.date');
  if (v.endDate && v.endDate < v.startDate) errors.endDate = t('campaigns.form.errors.endBeforeStart');
  if (!(v.budget.amount > 0)) errors['budget.amount'] = t('campaigns.form.errors.budget');
  if (v.platforms.length === 0) errors.platforms = t('campaigns.form.errors.platforms');
  return errors;
}
