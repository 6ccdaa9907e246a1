import type { TFunction } from 'i18next';
import type { AllocationPlan, LineItem } from '@shared/calc/allocation';
import type { ForecastFigure } from '@shared/calc/forecast';
import type { Money } from '@shared/calc/money';
import type { Preferences } from '../../preferences/preferences';

/** "low – high (expected x)" for a count figure, or a dash when it cannot be computed. */
export function countScenario(figure: ForecastFigure, prefs: Preferences, t: TFunction): string {
  if (!figure.computable) return '–';
  return t('plans.results.scenario', { low: prefs.number(figure.low, 0), high: prefs.number(figure.high, 0), expected: prefs.number(figure.expected, 0) });
}

export function moneyScenario(figure: ForecastFigure<Money>, prefs: Preferences, t: TFunction): string {
  if (!figure.computable) return '–';
  const m = (x: Money) => prefs.money(x.amount, x.currency);
  return t('plans.results.scenario', { low: m(figure.low), high: m(figure.high), expected: m(figure.expected) });
}

export function roasScenario(figure: ForecastFigure, prefs: Preferences, t: TFunction): string {
  if (!figure.computable) return '–';
  const r = (x: number) => `${prefs.number(x, 2)} : 1`;
  return t('plans.results.scenario', { low: r(figure.low), high: r(figure.high), expected: r(figure.expected) });
}

/** Every range the planner shows, in one style ("25 – 254"), so no two ranges on a page differ. */
export function rangeText(low: string, high: string, t: TFunction): string {
  return t('plans.results.range', { low, high });
}

/** The printed plan's title: the PDF's Title in print and the file name the desktop app offers agree. */
export function planDocumentTitle(name: string, t: TFunction): string {
  return t('plans.print.documentTitle', { name });
}

export function lineLabel(line: Pick<LineItem, 'tier' | 'platform'>, t: TFunction): string {
  return `${t(`creators.tierNames.${line.tier}`)} · ${t(`platforms.${line.platform}`)}`;
}

export function deliverablesText(line: LineItem, prefs: Preferences, t: TFunction): string {
  if (!line.deliverables) return t('plans.results.noPrice');
  if (line.deliverables.high === 0) return t('plans.results.notAffordable');
  return rangeText(prefs.number(line.deliverables.low, 0), prefs.number(line.deliverables.high, 0), t);
}

export function priceText(line: LineItem, prefs: Preferences, t: TFunction): string {
  if (!line.price.available) return t('plans.results.noPrice');
  return rangeText(prefs.money(line.price.low.amount, line.price.low.currency), prefs.money(line.price.high.amount, line.price.high.currency), t);
}

/** The benchmark keys a plan's figures used, for the sources section of screen and print. */
export function planBenchmarkKeys(plan: AllocationPlan): string[] {
  const keys = new Set<string>();
  if (plan.microShare.recommended) keys.add(plan.microShare.recommended.benchmarkKey);
  if (plan.microShare.benchmarkKey) keys.add(plan.microShare.benchmarkKey);
  if (plan.roasTarget) keys.add(plan.roasTarget.benchmarkKey);
  if (plan.assumptions.ctr.benchmarkKey) keys.add(plan.assumptions.ctr.benchmarkKey);
  for (const line of plan.lines) {
    if (line.price.available) line.price.benchmarkKeys.forEach((k) => keys.add(k));
    for (const figure of Object.values(line.forecast)) if (figure.computable) figure.benchmarkKeys.forEach((k: string) => keys.add(k));
  }
  return [...keys].sort();
}

/** Translated warnings, the core's and the planner's own (assumptions overridden). */
export function planWarnings(plan: AllocationPlan, ctrOverridden: boolean, overriddenBenchmarks: number, prefs: Preferences, t: TFunction): string[] {
  const out = plan.warnings.map((w) => {
    const p = w.params;
    switch (w.code) {
      case 'singlePlatform':
        return t('plans.warnings.singlePlatform', { platform: t(`platforms.${p['platform']}`) });
      case 'microShareOutsideRecommendation':
        return t('plans.warnings.microShareOutsideRecommendation', {
          microShare: prefs.percent(Number(p['microShare']), 1),
          range: rangeText(prefs.percent(Number(p['low']), 0), prefs.percent(Number(p['high']), 0), t),
        });
      case 'lineCannotAffordDeliverable':
        return t('plans.warnings.lineCannotAffordDeliverable', {
          line: lineLabel({ tier: p['tier'] as LineItem['tier'], platform: p['platform'] as LineItem['platform'] }, t),
          // Lower case: the tier name stands inside a sentence ("give mid creators a smaller share").
          tier: t(`creators.tierNames.${p['tier']}`).toLowerCase(),
          deliverable: t(`creator.deliverables.${p['deliverable']}`),
          budget: prefs.money(Number(p['budget']), String(p['currency'])),
          expectedPrice: prefs.money(Number(p['expectedPrice']), String(p['currency'])),
        });
    }
  });
  if (ctrOverridden) out.push(t('plans.warnings.ctrOverridden'));
  if (overriddenBenchmarks > 0) out.push(t('plans.warnings.benchmarksOverridden', { count: overriddenBenchmarks }));
  return out;
}
