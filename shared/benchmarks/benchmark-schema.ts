import { z } from 'zod';

export const benchmarkGroups = [
  'tiers',
  'engagement',
  'pricing',
  'kpi',
  'budget',
  'market',
  'platform',
  'posting',
  'authenticity',
] as const;
export type BenchmarkGroup = (typeof benchmarkGroups)[number];

/**
 * How a figure is read and shown: `money` is integer minor units of the data
 * set's currency; `fraction` is 0–1 (shown as a percentage); `signedFraction`
 * may be negative (a change); `hour` is an hour of the day (0–24).
 */
export const benchmarkUnits = ['followers', 'fraction', 'signedFraction', 'money', 'ratio', 'hour', 'count'] as const;
export type BenchmarkUnit = (typeof benchmarkUnits)[number];

export const benchmarkRangeSchema = z.object({ low: z.number(), high: z.number() });
export type BenchmarkRange = z.infer<typeof benchmarkRangeSchema>;

export const benchmarkValueSchema = z.union([z.number(), benchmarkRangeSchema]);
export type BenchmarkValue = z.infer<typeof benchmarkValueSchema>;

export const benchmarkFigureSchema = z.object({
  key: z.string().regex(/^[a-z]+(\.[A-Za-z0-9]+)+$/),
  group: z.enum(benchmarkGroups),
  unit: z.enum(benchmarkUnits),
  value: benchmarkValueSchema,
  /** Key into the data set's `sources`. */
  source: z.string(),
  year: z.number().int().min(2000).max(2100),
  note: z.string().optional(),
});
export type BenchmarkFigure = z.infer<typeof benchmarkFigureSchema>;

export const benchmarkDataSetSchema = z.object({
  id: z.string(),
  version: z.string(),
  publishedOn: z.iso.date(),
  currency: z.string().length(3),
  sources: z.record(z.string(), z.string()),
  figures: z.array(benchmarkFigureSchema),
});
export type BenchmarkDataSet = z.infer<typeof benchmarkDataSetSchema>;

export function isRange(value: BenchmarkValue): value is BenchmarkRange {
  return typeof value === 'object';
}
