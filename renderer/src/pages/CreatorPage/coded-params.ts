import type { CodeParams } from '@shared/calc/results';
import type { Preferences } from '../../preferences/preferences';

type Kind = 'percent' | 'factor' | 'number' | 'date' | 'raw';

/** How each parameter of a flag or evidence code reads: which are fractions, which are factors. */
const paramKinds: Record<string, Record<string, Kind>> = {
  erFarAboveTier: { er: 'percent', benchmark: 'percent', factor: 'factor', threshold: 'factor' },
  erFarAboveBenchmark: { er: 'percent', benchmark: 'percent', factor: 'factor', threshold: 'factor' },
  likesWithoutComments: { ratio: 'percent', threshold: 'percent', likes: 'number', comments: 'number', peerMedian: 'percent' },
  followerGrowthSpike: { growth: 'percent', monthlyGrowth: 'percent', threshold: 'percent', from: 'date', to: 'date', fromFollowers: 'number', toFollowers: 'number' },
  genericCommentsHigh: { share: 'percent', threshold: 'percent' },
  audienceAuthenticityLow: { score: 'percent', threshold: 'percent' },
  erVsBenchmark: { er: 'percent', benchmark: 'percent' },
  reportedErVsBenchmark: { er: 'percent', benchmark: 'percent' },
  audienceScore: { score: 'percent', threshold: 'percent' },
  growthTrend: { growth: 'percent', from: 'date', to: 'date', days: 'number' },
  platformCount: { count: 'number' },
  previousRoas: { roas: 'factor', target: 'factor' },
};

export function formatCodeParams(code: string, params: CodeParams, prefs: Preferences): Record<string, string> {
  const kinds = paramKinds[code] ?? {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const kind = kinds[key] ?? 'raw';
    if (typeof value !== 'number' || kind === 'raw') out[key] = String(value);
    else if (kind === 'percent') out[key] = prefs.percent(value, 1);
    else if (kind === 'factor') out[key] = prefs.number(value, 1);
    else if (kind === 'number') out[key] = prefs.number(value, 0);
    else out[key] = String(value);
    if (kind === 'date' && typeof value === 'string') out[key] = prefs.date(value);
  }
  return out;
}
