import { z } from 'zod';
import { benchmarkDataSetSchema, benchmarkFigureSchema, benchmarkValueSchema } from '../benchmarks/benchmark-schema';
import { defineContract } from './contract';

export const effectiveFigureSchema = benchmarkFigureSchema.extend({
  defaultValue: benchmarkValueSchema,
  overridden: z.boolean(),
});

export const benchmarksViewSchema = benchmarkDataSetSchema.extend({
  figures: z.array(effectiveFigureSchema),
  overrideCount: z.number().int(),
});
export type BenchmarksView = z.infer<typeof benchmarksViewSchema>;

const figureKeySchema = z.string().min(1).max(100);

export const benchmarksContracts = {
  'benchmarks:get': defineContract({
    channel: 'benchmarks:get',
    input: z.void(),
    output: benchmarksViewSchema,
  }),
  /** Sets one or more figures at once; all are checked together and saved together or not at all. */
  'benchmarks:override': defineContract({
    channel: 'benchmarks:override',
    input: z.strictObject({
      values: z.record(figureKeySchema, benchmarkValueSchema).refine((v) => Object.keys(v).length > 0, 'Give at least one figure'),
    }),
    output: benchmarksViewSchema,
  }),
  /** Back to the shipped default, for the given figures or for all of them. */
  'benchmarks:reset': defineContract({
    channel: 'benchmarks:reset',
    input: z.union([z.strictObject({ keys: z.array(figureKeySchema).min(1) }), z.strictObject({ all: z.literal(true) })]),
    output: benchmarksViewSchema,
  }),
};
