import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import { judgeAgainstRange, type Verdict } from '../calc/benchmark-comparison';
import type { CurrencyTarget, Money } from '../calc/money';
import { estimateFee, type Deliverable } from '../calc/pricing';
import type { NotComputableReason } from '../calc/results';
import type { Platform } from '../calc/tiers';

export interface FeeDeliverable {
  platform: Platform;
  type: Deliverable;
}

export type PartnershipFeeJudgement =
  | {
      computable: true;
      verdict: Verdict;
      /** Sum over the deliverables of the market range (or the per-1,000 estimate where a tier has no range). */
      low: Money;
      high: Money;
      /** Deliverables priced from the per-1,000 estimate because their tier has no market range. */
      estimatedCount: number;
      benchmarkKeys: string[];
    }
  | { computable: false; reason: NotComputableReason | 'noDeliverables' | 'noAccount' };

/**
 * The agreed compensation (cash plus products at retail value) judged against what the market
 * pays for the partnership's deliverables: per deliverable, the platform × tier market range of
 * the creator's account on that platform (formula pricing.per1kFollowers, tiers from the
 * benchmarks), summed. `target` converts USD benchmarks into the campaign's currency.
 */
export function judgePartnershipFee(
  dataSet: BenchmarkDataSet,
  input: { fee: Money; deliverables: readonly FeeDeliverable[]; followersByPlatform: Partial<Record<Platform, number>>; target?: CurrencyTarget },
): PartnershipFeeJudgement {
  if (input.deliverables.length === 0) return { computable: false, reason: 'noDeliverables' };
  const currency = input.target?.currency ?? dataSet.currency;
  if (input.fee.currency !== currency) return { computable: false, reason: input.target ? 'currencyMismatch' : 'rateRequired' };
  let low = 0;
  let high = 0;
  let estimatedCount = 0;
  const keys = new Set<string>();
  for (const deliverable of input.deliverables) {
    const followers = input.followersByPlatform[deliverable.platform];
    if (followers === undefined) return { computable: false, reason: 'noAccount' };
    const estimate = estimateFee(dataSet, { platform: deliverable.platform, followers, deliverable: deliverable.type, target: input.target });
    if (!estimate.computable) return { computable: false, reason: estimate.reason };
    const range = estimate.market.available ? estimate.market : estimate;
    if (!estimate.market.available) estimatedCount++;
    low += range.low.amount;
    high += range.high.amount;
    for (const key of [...estimate.benchmarkKeys, ...estimate.tierKeys, ...(estimate.market.available ? estimate.market.benchmarkKeys : [])]) keys.add(key);
  }
  return {
    computable: true,
    verdict: judgeAgainstRange(input.fee.amount, low, high),
    low: { amount: low, currency },
    high: { amount: high, currency },
    estimatedCount,
    benchmarkKeys: [...keys],
  };
}
