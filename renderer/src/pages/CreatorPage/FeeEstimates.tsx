import { Anchor, List, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { findFigure, rangeFigure } from '@shared/calc/figures';
import type { BenchmarkMoney } from '@shared/calc/money';
import { PER_1K_KEY, platformDeliverables, type PriceRange } from '@shared/calc/pricing';
import { compareQuote, feeCurrency, feeEstimateIn, type FeeCurrency, type QuoteComparison } from '@shared/creators/rate-card';
import type { AccountView, CreatorDetail } from '@shared/domain/creators';
import { usePreferences } from '../../preferences/preferences';
import { deliverableName } from '../../lib/deliverable-name';

/**
 * An account's estimated fee per deliverable and the creator's quoted rates judged against it,
 * in the workspace currency when the user has entered an exchange rate (the benchmarks are in
 * US dollars). Every amount says where it came from: formula, benchmark, source, conversion.
 */
export function FeeEstimates({ account, creator, dataSet }: { account: AccountView; creator: CreatorDetail; dataSet: BenchmarkDataSet }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const currency = feeCurrency(dataSet, prefs.settings);
  const source = (key: string) => t(`benchmarks.sources.${key}`, { defaultValue: dataSet.sources[key] ?? key });
  // A converted range is marked "≈" once, before it: the user's rate is itself an approximation.
  const range = (low: BenchmarkMoney, high: BenchmarkMoney) => ({ low: `${low.conversion ? '≈ ' : ''}${prefs.money(low.amount, low.currency)}`, high: prefs.money(high.amount, high.currency) });
  const per1k = rangeFigure(dataSet, PER_1K_KEY);
  const reason = (r: string) => t(`creator.reasons.${r}`, { defaultValue: t('creator.reasons.other') });

  return (
    <>
      <Title order={4} size="h6" mt="md">
        {t('creator.account.fees')}
      </Title>
      {per1k && (
        <Text size="xs" c="dimmed">
          {t('creator.account.feeFormula', {
            low: prefs.money(per1k.low, dataSet.currency),
            high: prefs.money(per1k.high, dataSet.currency),
            source: source(per1k.source),
            year: per1k.year,
          })}
        </Text>
      )}
      <CurrencyNote currency={currency} />
      <List size="sm" data-testid="account-fees">
        {platformDeliverables[account.platform].map((deliverable) => {
          const fee = feeEstimateIn(dataSet, prefs.settings, { platform: account.platform, followers: account.followers, deliverable });
          const quote = creator.rateCard.find((r) => r.platform === account.platform && r.deliverable === deliverable);
          const multiplier = findFigure(dataSet, `pricing.deliverable.${deliverable}`);
          return (
            <List.Item key={deliverable} data-deliverable={deliverable}>
              <Text span fw={500}>
                {deliverableName(t, deliverable, account.platform)}:{' '}
              </Text>
              {fee.computable ? (
                <>
                  <span data-testid="fee-estimate">{t('creator.account.feeRange', range(fee.low, fee.high))}</span>
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (
                    {[
                      fee.multiplier !== 1 && multiplier
                        ? t('creator.account.multiplier', { multiplier: prefs.number(fee.multiplier, 2), source: source(multiplier.source), year: multiplier.year })
                        : null,
                      marketText(fee.market, dataSet, range, source, t),
                    ]
                      .filter(Boolean)
                      .join('; ')}
                    )
                  </Text>
                </>
              ) : (
                reason(fee.reason)
              )}
              {quote && <QuoteLine comparison={compareQuote(dataSet, prefs.settings, { platform: account.platform, followers: account.followers, deliverable, quote: { amount: quote.amount, currency: quote.currency } })} from={dataSet.currency} />}
            </List.Item>
          );
        })}
      </List>
    </>
  );
}

function marketText(
  market: PriceRange,
  dataSet: BenchmarkDataSet,
  range: (low: BenchmarkMoney, high: BenchmarkMoney) => { low: string; high: string },
  source: (key: string) => string,
  t: TFunction,
): string {
  if (!market.available) return t('creator.account.noMarket');
  const figure = findFigure(dataSet, market.benchmarkKeys[0] ?? '');
  return t('creator.account.market', { ...range(market.low, market.high), source: figure ? source(figure.source) : '', year: figure?.year ?? '' });
}

function CurrencyNote({ currency }: { currency: FeeCurrency }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  if (currency.kind === 'benchmark') {
    return (
      <Text size="xs" c="dimmed" data-testid="fee-currency">
        {t('creator.account.benchmarkCurrency', { currency: currency.currency })}
      </Text>
    );
  }
  if (currency.kind === 'converted') {
    return (
      <Text size="xs" c="dimmed" data-testid="fee-currency">
        {t('creator.account.feeConverted', { from: currency.from, to: currency.currency, rate: prefs.number(currency.rate, 6) })}
      </Text>
    );
  }
  return (
    <Text size="xs" c="orange" data-testid="fee-currency">
      {t('creator.account.feeRateMissing', { currency: currency.currency, workspace: currency.workspace })}{' '}
      <Anchor component={Link} to="/settings" size="xs">
        {t('creator.account.toSettings')}
      </Anchor>
    </Text>
  );
}

function QuoteLine({ comparison, from }: { comparison: QuoteComparison; from: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const quoted = prefs.money(comparison.quote.amount, comparison.quote.currency);
  if (comparison.comparable) {
    const { judgement, rate } = comparison;
    const verdict = t(`creator.${judgement.basis === 'marketRange' ? 'quoteVerdicts' : 'quoteVerdictsEstimate'}.${judgement.verdict}`);
    const low = prefs.money(judgement.low.amount, judgement.low.currency);
    const high = prefs.money(judgement.high.amount, judgement.high.currency);
    return (
      <Text size="sm" data-testid="fee-quote" data-verdict={judgement.verdict}>
        {rate === null
          ? t('creator.account.quoteJudged', { amount: quoted, verdict, low, high })
          : t('creator.account.quoteJudgedConverted', { amount: quoted, verdict, low, high, from, to: comparison.quote.currency, rate: prefs.number(rate, 6) })}
      </Text>
    );
  }
  const to = comparison.quote.currency;
  return (
    <Text size="sm" c="orange" data-testid="fee-quote" data-verdict="notCompared">
      {comparison.reason === 'rateRequired'
        ? t('creator.account.quoteRateRequired', { amount: quoted, from, to })
        : comparison.reason === 'otherCurrency'
          ? // A workspace in the benchmarks' own currency has no rate at all: there is nothing to convert the quote with.
            t(from === prefs.settings.currency ? 'creator.account.quoteOtherCurrencyNoRate' : 'creator.account.quoteOtherCurrency', { amount: quoted, from, to: prefs.settings.currency, quote: to })
          : t('creator.account.quoteNotComputable', { amount: quoted, reason: t(`creator.reasons.${comparison.reason}`, { defaultValue: t('creator.reasons.other') }) })}
      {comparison.reason === 'rateRequired' && (
        <>
          {' '}
          <Anchor component={Link} to="/settings" size="sm">
            {t('creator.account.toSettings')}
          </Anchor>
        </>
      )}
    </Text>
  );
}
