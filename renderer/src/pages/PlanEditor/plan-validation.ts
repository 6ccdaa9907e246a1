import type { TFunction } from 'i18next';
import { MIX_SUM_TOLERANCE } from '@shared/calc/allocation';
import { planInputsSchema, type PlanInputs } from '@shared/plans/plan-inputs';

const TEXT_MAX = 120;
const NOTES_MAX = 5000;

function isIsoDay(value: string): boolean {
  return planInputsSchema.shape.date.safeParse(value).success;
}

/** The backend's rules for a plan, checked in the window with translated, field-located messages. */
export function planFieldErrors(inputs: PlanInputs, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!inputs.name.trim()) errors['name'] = t('plans.validation.name');
  // The backend's limits, said at the field (it would refuse the whole plan in English).
  for (const field of ['name', 'client', 'campaign'] as const) {
    if (inputs[field].trim().length > TEXT_MAX) errors[field] = t('plans.validation.tooLong', { max: TEXT_MAX });
  }
  if (inputs.notes.length > NOTES_MAX) errors['notes'] = t('plans.validation.tooLong', { max: NOTES_MAX });
  if (!isIsoDay(inputs.date)) errors['date'] = t('app.dateRequired');
  if (!Number.isInteger(inputs.budget.amount) || inputs.budget.amount <= 0) errors['budget.amount'] = t('plans.validation.budget');
  const sum = inputs.platformMix.instagram + inputs.platformMix.tiktok + inputs.platformMix.youtube;
  if (Math.abs(sum - 1) > MIX_SUM_TOLERANCE) errors['platformMix'] = t('plans.validation.mix');
  const ctr = inputs.assumptions.ctr;
  if (ctr && (ctr.low < 0 || ctr.high > 1 || ctr.low > ctr.high)) errors['assumptions.ctr'] = t('plans.validation.ctr');
  if (inputs.assumptions.conversionRate < 0 || inputs.assumptions.conversionRate > 1) errors['assumptions.conversionRate'] = t('plans.validation.rate');
  if (inputs.assumptions.averageOrderValue < 0) errors['assumptions.averageOrderValue'] = t('plans.validation.aov');
  if (inputs.pilot && (inputs.pilot.share <= 0 || inputs.pilot.share >= 1)) errors['pilot.share'] = t('plans.validation.pilot');
  return errors;
}
