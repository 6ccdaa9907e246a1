import { sumMoney, type Money } from '../calc/money';
import { isCommitted, type PipelineStage } from './pipeline';

/** What a partnership pays: cash, products at retail value, and commission (estimated or earned). */
export interface Compensation {
  cash: Money | null;
  products: readonly { name: string; quantity: number; retailValue: Money }[];
  /** Commission paid so far (from tracked conversions), part of spent once paid. */
  commissionEarned: Money | null;
}

export interface PartnershipMoney {
  stage: PipelineStage;
  compensation: Compensation;
  /** Cash actually paid out so far. */
  paid: Money | null;
}

export interface CampaignBudget {
  planned: Money;
  committed: Money;
  spent: Money;
  remaining: Money;
  /** Committed above planned: the UI warns. */
  overCommitted: boolean;
}

export type CampaignBudgetResult = { ok: true; budget: CampaignBudget } | { ok: false; reason: 'currencyMismatch' | 'invalidAmount' };

/** The value of one partnership's terms: cash plus products at retail value (quantity × price). */
export function termsValue(compensation: Compensation, currency: string): Money | null {
  const parts: Money[] = [];
  if (compensation.cash) parts.push(compensation.cash);
  for (const product of compensation.products) {
    if (!Number.isSafeInteger(product.quantity) || product.quantity < 0) return null;
    parts.push({ amount: product.retailValue.amount * product.quantity, currency: product.retailValue.currency });
  }
  const total = sumMoney(parts, currency);
  return total.ok ? total.money : null;
}

/**
 * Planned (the campaign budget), committed (terms of agreed partnerships onwards, cancelled and
 * declined excluded), spent (cash paid plus commission earned) and remaining, exact to the cent
 * in the campaign's currency. Amounts in another currency are refused, not converted.
 */
export function campaignBudget(planned: Money, partnerships: readonly PartnershipMoney[]): CampaignBudgetResult {
  const currency = planned.currency;
  let committed = 0;
  let spent = 0;
  for (const p of partnerships) {
    const money = [p.compensation.cash, p.paid, p.compensation.commissionEarned, ...p.compensation.products.map((x) => x.retailValue)].filter((m): m is Money => m !== null);
    if (money.some((m) => m.currency !== currency)) return { ok: false, reason: 'currencyMismatch' };
    if (money.some((m) => !Number.isSafeInteger(m.amount) || m.amount < 0)) return { ok: false, reason: 'invalidAmount' };
    if (isCommitted(p.stage)) {
      const value = termsValue(p.compensation, currency);
      if (!value) return { ok: false, reason: 'invalidAmount' };
      committed += value.amount;
    }
    spent += (p.paid?.amount ?? 0) + (p.compensation.commissionEarned?.amount ?? 0);
  }
  const m = (amount: number): Money => ({ amount, currency });
  return { ok: true, budget: { planned, committed: m(committed), spent: m(spent), remaining: m(planned.amount - committed), overCommitted: committed > planned.amount } };
}

/** The money of one partnership's stored terms (all in the campaign's currency). */
export function partnershipMoney(
  stage: PipelineStage,
  terms: { cash: number | null; products: readonly { name: string; quantity: number; retailValue: number }[]; commissionEarned: number | null; paid: number | null },
  currency: string,
): PartnershipMoney {
  const money = (amount: number | null): Money | null => (amount === null ? null : { amount, currency });
  return {
    stage,
    compensation: {
      cash: money(terms.cash),
      products: terms.products.map((p) => ({ name: p.name, quantity: p.quantity, retailValue: { amount: p.retailValue, currency } })),
      commissionEarned: money(terms.commissionEarned),
    },
    paid: money(terms.paid),
  };
}

/** Spent on one partnership so far: cash paid plus commission earned. */
export function partnershipSpent(terms: { commissionEarned: number | null; paid: number | null }): number {
  return (terms.paid ?? 0) + (terms.commissionEarned ?? 0);
}
