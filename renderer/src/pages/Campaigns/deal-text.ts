import type { TFunction } from 'i18next';
import { agreedValue } from '@shared/campaigns/campaign-budget';
import { isCommitted, type PipelineStage } from '@shared/campaigns/pipeline';
import type { Terms } from '@shared/domain/campaigns';
import type { Preferences } from '../../preferences/preferences';

type Formats = Pick<Preferences, 'money' | 'number'>;

/** Commission as the terms state it (a rate or an amount per conversion): it has no value until earned. */
export function commissionText(commission: Terms['commission'], currency: string, t: TFunction, prefs: Formats): string | null {
  if (commission.type === 'percent') return t('campaigns.report.commissionPercent', { percent: prefs.number(commission.percent, 2) });
  if (commission.type === 'fixed') return t('campaigns.report.commissionFixed', { amount: prefs.money(commission.amount, currency) });
  return null;
}

/**
 * A partnership's deal in one line: cash plus products at retail value, the figure the campaign
 * budget counts as committed (so a product-only deal is not "–"), then its commission. Null when
 * nothing is agreed yet.
 */
export function dealText(terms: Terms, currency: string, t: TFunction, prefs: Formats): string | null {
  const value = agreedValue(terms, currency);
  const parts = [value && value.amount > 0 ? prefs.money(value.amount, currency) : null, commissionText(terms.commission, currency, t, prefs)];
  const text = parts.filter(Boolean).join(' + ');
  return text === '' ? null : text;
}

/** What this partnership adds to the campaign's committed figure: its value from agreement on, else nothing (null). */
export function committedText(stage: PipelineStage, terms: Terms, currency: string, prefs: Formats): string | null {
  const value = isCommitted(stage) ? agreedValue(terms, currency) : null;
  return value ? prefs.money(value.amount, currency) : null;
}
