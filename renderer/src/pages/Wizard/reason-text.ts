import type { TFunction } from 'i18next';
import { convertMoney } from '@shared/calc/money';
import type { PlatformReason } from '@shared/calc/platform-recommendation';
import type { Preferences } from '../../preferences/preferences';

const fractionParams = new Set(['usage', 'share', 'tiktok', 'instagram']);
const moneyParams = new Set(['youtubeLow', 'instagramLow']);

/**
 * A reason as a sentence. Benchmark prices are in the data set's currency (USD); with the user's
 * exchange rate they are quoted in the workspace currency and labelled as converted at that rate,
 * as the planner and the Benchmarks page do. Without a rate they stay in the benchmark's currency.
 */
export function reasonText(reason: PlatformReason, benchmarkCurrency: string, prefs: Preferences, t: TFunction): string {
  const rate = prefs.settings.benchmarkExchangeRate;
  const to = prefs.settings.currency;
  let converted = false;
  const money = (amount: number): string => {
    if (rate !== null && to !== benchmarkCurrency) {
      const result = convertMoney({ amount, currency: benchmarkCurrency }, to, rate);
      if (result.ok) {
        converted = true;
        return prefs.money(result.money.amount, to);
      }
    }
    return prefs.money(amount, benchmarkCurrency);
  };
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(reason.params)) {
    if (typeof value === 'number' && fractionParams.has(key)) params[key] = prefs.percent(value, 1);
    else if (typeof value === 'number' && moneyParams.has(key)) params[key] = money(value);
    else if (key === 'category') params[key] = t(`wizard.questions.category.${value}`);
    else params[key] = String(value);
  }
  const text = t(`wizard.rules.${reason.code}`, params);
  return converted ? t('wizard.convertedReason', { reason: text, from: benchmarkCurrency, to, rate: prefs.number(rate ?? 0, 6) }) : text;
}
