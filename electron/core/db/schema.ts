import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** The single settings row of a workspace (id is always 1). */
export interface SettingsTable {
  id: Generated<number>;
  workspace_name: string;
  currency: string;
  language: string | null;
  format_locale: string | null;
  theme: string;
  benchmark_exchange_rate: number | null;
  updated_at: string;
}
export type SettingsRow = Selectable<SettingsTable>;
export type SettingsUpdate = Updateable<SettingsTable>;

/** A user's value for one benchmark figure, layered over the shipped default. */
export interface BenchmarkOverrideTable {
  figure_key: string;
  /** JSON of a number or a `{ low, high }` range, in the figure's unit. */
  value_json: string;
  updated_at: string;
}
export type BenchmarkOverrideRow = Selectable<BenchmarkOverrideTable>;
export type NewBenchmarkOverride = Insertable<BenchmarkOverrideTable>;

export interface Database {
  settings: SettingsTable;
  benchmark_override: BenchmarkOverrideTable;
}
