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
  /** Planned minus what each partnership takes: its committed terms, or what was spent on it when that is more. */
  remaining: Money;
  /** More taken than planned: the UI warns. */
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
 * in the campaign's currency. Remaining counts per partnership the larger of its committed terms
 * and what was spent on it, so commission beyond the terms or a kill fee on a cancelled deal is
 * not forgotten. Amounts in another currency are refused, not converted.
 */
export function campaignBudget(planned: Money, partnerships: readonly PartnershipMoney[]): CampaignBudgetResult {
  const currency = planned.currency;
  let committed = 0;
  let spent = 0;
  let taken = 0;
  for (const p of partnerships) {
    const money = [p.compensation.cash, p.paid, p.compensation.commissionEarned, ...p.compensation.products.map((x) => x.retailValue)].filter((m): m is Money => m !== null);
    if (money.some((m) => m.currency !== currency)) return { ok: false, reason: 'currencyMismatch' };
    if (money.some((m) => !Number.isSafeInteger(m.amount) || m.amount < 0)) return { ok: false, reason: 'invalidAmount' };
    const own = partnershipCost(p, currency);
    if (!own) return { ok: false, reason: 'invalidAmount' };
    committed += own.committed;
    spent += own.spent;
    taken += own.cost;
  }
  const m = (amount: number): Money => ({ amount, currency });
  return { ok: true, budget: { planned, committed: m(committed), spent: m(spent), remaining: m(planned.amount - taken), overCommitted: taken > planned.amount } };
}

/**
 * What one partnership costs the campaign: its committed terms (from "agreed" on) or what was
 * spent on it (cash paid plus commission earned) when that is more; null when an amount is invalid.
 */
export function partnershipCost(p: PartnershipMoney, currency: string): { committed: number; spent: number; cost: number } | null {
  let committed = 0;
  if (isCommitted(p.stage)) {
    const value = termsValue(p.compensation, currency);
    if (!value) return null;
    committed = value.amount;
  }
  const spent = (p.paid?.amount ?? 0) + (p.compensation.commissionEarned?.amount ?? 0);
  return { committed, spent, cost: Math.max(committed, spent) };
}

/** Stored terms: amounts in minor units of the campaign's currency. */
export interface StoredTerms {
  cash: number | null;
  products: readonly { name: string; quantity: number; retailValue: number }[];
  commissionEarned: number | null;
  paid: number | null;
}

const moneyIn = (currency: string) => (amount: number | null): Money | null => (amount === null ? null : { amount, currency });

/** The compensation of stored terms as money in the campaign's currency. */
export function compensationOf(terms: StoredTerms, currency: string): Compensation {
  const money = moneyIn(currency);
  return {
    cash: money(terms.cash),
    products: terms.products.map((p) => ({ name: p.name, quantity: p.quantity, retailValue: { amount: p.retailValue, currency } })),
    commissionEarned: money(terms.commissionEarned),
  };
}

/** What the terms give the creator: cash plus products at retail value; null when an amount is invalid. */
export function agreedValue(terms: StoredTerms, currency: string): Money | null {
  return termsValue(compensationOf(terms, currency), currency);
}

/** The products of the terms at retail value (no cash); null when an amount is invalid. */
export function productsValue(terms: StoredTerms, currency: string): Money | null {
  return termsValue(compensationOf({ ...terms, cash: null }, currency), currency);
}

/** The money of one partnership's stored terms (all in the campaign's currency). */
export function partnershipMoney(stage: PipelineStage, terms: StoredTerms, currency: string): PartnershipMoney {
  return { stage, compensation: compensationOf(terms, currency), paid: moneyIn(currency)(terms.paid) };
}

/** Spent on one partnership so far: cash paid plus commission earned. */
export function partnershipSpent(terms: { commissionEarned: number | null; paid: number | null }): number {
  return (terms.paid ?? 0) + (terms.commissionEarned ?? 0);
}
