import type { BenchmarkDataSet } from '../benchmarks/benchmark-schema';
import type { CurrencyTarget, Money } from '../calc/money';
import { estimateFee, judgeQuote, type Deliverable, type FeeEstimate, type QuoteJudgement } from '../calc/pricing';
import type { NotComputableReason } from '../calc/results';
import type { Platform } from '../calc/tiers';

/**
 * A creator's quoted rates against the benchmark fees, in the user's currency. Benchmarks are
 * in US dollars; the user's own exchange rate (Settings; the app is offline) converts them into
 * the workspace currency, and only into that one. Conversion happens inside the core's exact
 * arithmetic (integer minor units, rounded once, halves away from zero), so a quote compared
 * here is compared with exactly the amounts the page shows.
 */

export interface WorkspaceMoney {
  readonly currency: string;
  /** Units of the workspace currency per 1 unit of the benchmarks' currency; null: not entered. */
  readonly benchmarkExchangeRate: number | null;
}

/** The currency fee estimates are shown in, and how they got there. */
export type FeeCurrency =
  /** The workspace works in the benchmarks' own currency: nothing to convert. */
  | { readonly kind: 'benchmark'; readonly currency: string }
  /** Converted at the user's rate: 1 `from` = `rate` `currency`. */
  | { readonly kind: 'converted'; readonly currency: string; readonly from: string; readonly rate: number }
  /** Shown in the benchmarks' currency because the workspace currency has no rate yet. */
  | { readonly kind: 'rateMissing'; readonly currency: string; readonly workspace: string };

export function feeCurrency(dataSet: BenchmarkDataSet, workspace: WorkspaceMoney): FeeCurrency {
  if (workspace.currency === dataSet.currency) return { kind: 'benchmark', currency: dataSet.currency };
  if (workspace.benchmarkExchangeRate === null) return { kind: 'rateMissing', currency: dataSet.currency, workspace: workspace.currency };
  return { kind: 'converted', currency: workspace.currency, from: dataSet.currency, rate: workspace.benchmarkExchangeRate };
}

function targetOf(currency: FeeCurrency): CurrencyTarget | undefined {
  return currency.kind === 'converted' ? { currency: currency.currency, rate: currency.rate } : undefined;
}

export interface FeeQuestion {
  readonly platform: Platform;
  readonly followers: number;
  readonly deliverable: Deliverable;
}

/** The per-1,000-followers estimate and the market range, in the currency `feeCurrency` chose. */
export function feeEstimateIn(dataSet: BenchmarkDataSet, workspace: WorkspaceMoney, question: FeeQuestion): FeeEstimate {
  return estimateFee(dataSet, { ...question, target: targetOf(feeCurrency(dataSet, workspace)) });
}

export type QuoteComparison =
  | {
      readonly comparable: true;
      readonly quote: Money;
      /** Against the market range when there is one (`basis`), else the per-1,000 estimate; in the quote's currency. */
      readonly judgement: Extract<QuoteJudgement, { computable: true }>;
      /** The rate the benchmarks were converted at; null when the quote is in their own currency. */
      readonly rate: number | null;
    }
  | {
      readonly comparable: false;
      readonly quote: Money;
      /**
       * rateRequired: the quote is in the workspace currency, which has no rate yet (Settings).
       * otherCurrency: the quote is in neither the benchmarks' nor the workspace currency; the
       * user's rate converts into the workspace currency only.
       */
      readonly reason: 'rateRequired' | 'otherCurrency' | NotComputableReason;
    };

/** A quote judged as below, within or above what the benchmarks say, or why it cannot be. */
export function compareQuote(dataSet: BenchmarkDataSet, workspace: WorkspaceMoney, question: FeeQuestion & { readonly quote: Money }): QuoteComparison {
  const { quote } = question;
  let rate: number | null = null;
  if (quote.currency !== dataSet.currency) {
    if (quote.currency !== workspace.currency) return { comparable: false, quote, reason: 'otherCurrency' };
    if (workspace.benchmarkExchangeRate === null) return { comparable: false, quote, reason: 'rateRequired' };
    rate = workspace.benchmarkExchangeRate;
  }
  const judgement = judgeQuote(dataSet, { ...question, ...(rate === null ? {} : { rate }) });
  if (!judgement.computable) return { comparable: false, quote, reason: judgement.reason };
  return { comparable: true, quote, judgement, rate };
}
