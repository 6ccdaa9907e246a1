import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agreedValue, productsValue } from '@shared/campaigns/campaign-budget';
import { judgePartnershipFee } from '@shared/campaigns/fee-judgement';
import type { Platform } from '@shared/calc/tiers';
import type { PartnershipDetail, Terms } from '@shared/domain/campaigns';
import { planRate } from '@shared/plans/plan-allocation';
import { useBenchmarks } from '../../api/use-benchmarks';
import { usePreferences } from '../../preferences/preferences';

/** The agreed cash plus products judged against the market range of the partnership's deliverables. */
export function FeeVerdict({ partnership, terms }: { partnership: PartnershipDetail; terms: Terms }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const benchmarks = useBenchmarks();
  if (!benchmarks.data) return null;
  const currency = partnership.campaignCurrency;
  const value = agreedValue(terms, currency);
  if (!value || value.amount === 0) return <Text size="sm" c="dimmed">{t('partnership.fee.noFee')}</Text>;
  // Benchmarks are converted only into the workspace currency, with the rate from Settings.
  if (currency !== benchmarks.data.currency && currency !== prefs.settings.currency) {
    return <Text size="sm" c="dimmed" data-testid="fee-verdict">{t('partnership.fee.reasons.currencyMismatch')}</Text>;
  }
  const rate = currency === benchmarks.data.currency ? null : planRate(currency, prefs.settings);
  const followersByPlatform: Partial<Record<Platform, number>> = {};
  for (const h of partnership.handles) followersByPlatform[h.platform] = Math.max(followersByPlatform[h.platform] ?? 0, h.followers);
  const judged = judgePartnershipFee(benchmarks.data, {
    fee: value,
    deliverables: partnership.deliverables.map((d) => ({ platform: d.platform, type: d.type })),
    followersByPlatform,
    target: rate === null ? undefined : { currency, rate },
  });
  // The fee field holds the cash alone: where products count too, the sentence says so.
  const cash = terms.cash ?? 0;
  const products = productsValue(terms, currency)?.amount ?? 0;
  if (!judged.computable) return <Text size="sm" c="dimmed" data-testid="fee-verdict">{t(`partnership.fee.reasons.${judged.reason}`, { defaultValue: t('partnership.fee.reasons.other') })}</Text>;
  return (
    <Text size="sm" data-testid="fee-verdict">
      {t(products > 0 ? 'partnership.fee.verdictWithProducts' : 'partnership.fee.verdict', {
        value: prefs.money(value.amount, currency),
        cash: prefs.money(cash, currency),
        products: prefs.money(products, currency),
        verdict: t(`partnership.fee.verdicts.${judged.verdict}`),
        low: prefs.money(judged.low.amount, currency),
        high: prefs.money(judged.high.amount, currency),
      })}{' '}
      <Text span size="xs" c="dimmed">
        {t('partnership.fee.source', { count: partnership.deliverables.length })}
        {judged.estimatedCount > 0 ? ` ${t('partnership.fee.estimated', { count: judged.estimatedCount })}` : ''}
      </Text>
    </Text>
  );
}
