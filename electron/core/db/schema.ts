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
  /** JSON: the rate last entered for each workspace currency used (migration 37). */
  exchange_rates_json: Generated<string>;
  user_name: string | null;
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

export interface CreatorTable {
  id: Generated<number>;
  name: string;
  status: string;
  country: string | null;
  city: string | null;
  languages_json: string;
  niches_json: string;
  tags_json: string;
  email: string | null;
  phone: string | null;
  agent: string | null;
  accepts_product_only: number;
  audience_json: string | null;
  rate_card_json: string;
  notes: string;
  /** Per checklist item: `{ [itemId]: { status, note } }`. */
  vetting_json: string;
  vetting_score: number | null;
  is_demo: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}
export type CreatorRow = Selectable<CreatorTable>;
export type NewCreatorRow = Insertable<CreatorTable>;
export type CreatorUpdate = Updateable<CreatorTable>;

/** A platform account, with the creator's list columns copied in for single-table roster queries. */
export interface CreatorAccountTable {
  id: Generated<number>;
  creator_id: number;
  platform: string;
  handle: string;
  /** Lower-case handle without @: unique per platform. */
  handle_key: string;
  profile_url: string | null;
  followers: number;
  avg_likes: number | null;
  avg_comments: number | null;
  avg_shares: number | null;
  avg_saves: number | null;
  avg_views: number | null;
  posts_per_week: number | null;
  tier: string;
  er_followers: number | null;
  er_verdict: string | null;
  /** An ER given by an import file, formula unknown; used only when ours cannot be computed. */
  er_reported: number | null;
  /** Which ER `er_followers` holds: 'computed' ((likes + comments) ÷ followers) or 'reported'. */
  er_source: string | null;
  /** The import file the account's figures last came from. */
  source_file: string | null;
  /** The day of the account's current figures: its newest snapshot's (null only without any). */
  figures_as_of: string | null;
  flag_count: number;
  creator_name: string;
  creator_status: string;
  country: string | null;
  city: string | null;
  /** `|niche|niche|`, lower case, for exact niche filters with LIKE. */
  niches_key: string;
  /** Folded (lower case, no accents) name, handle and tags, for the search box. */
  search_key: string;
  /** Folded country and city, for the location filter. */
  location_key: string;
  vetting_score: number | null;
  is_demo: number;
  deleted: number;
}
export type CreatorAccountRow = Selectable<CreatorAccountTable>;
export type NewCreatorAccountRow = Insertable<CreatorAccountTable>;

export interface MetricSnapshotTable {
  id: Generated<number>;
  account_id: number;
  as_of: string;
  followers: number;
  avg_likes: number | null;
  avg_comments: number | null;
  avg_shares: number | null;
  avg_saves: number | null;
  avg_views: number | null;
  /** The engagement rate the file reported for that day (a fraction), where it gave no likes and comments to compute one. */
  er_reported: number | null;
  source: string;
  created_at: string;
}
export type MetricSnapshotRow = Selectable<MetricSnapshotTable>;
export type NewMetricSnapshotRow = Insertable<MetricSnapshotTable>;

export interface SavedViewTable {
  id: Generated<number>;
  name: string;
  query_json: string;
  created_at: string;
}

export interface ImportMappingTable {
  /** SHA-256 of the file's normalised headers (`importHeaderKey`). */
  header_key: string;
  /** The field per column, as the user last imported it (JSON array, null = ignored). */
  mapping_json: string;
  used_at: string;
}

export interface BudgetPlanTable {
  id: Generated<number>;
  name: string;
  client: string;
  plan_date: string;
  currency: string;
  budget_amount: number;
  inputs_json: string;
  results_json: string;
  benchmark_version: string;
  expected_revenue: number | null;
  expected_roas: number | null;
  archived: number;
  created_at: string;
  updated_at: string;
}
export type BudgetPlanRow = Selectable<BudgetPlanTable>;
export type NewBudgetPlanRow = Insertable<BudgetPlanTable>;

export interface PlatformAdviceTable {
  id: Generated<number>;
  name: string;
  answers_json: string;
  checked_json: string;
  ranking_json: string;
  created_at: string;
  updated_at: string;
}
export type PlatformAdviceRow = Selectable<PlatformAdviceTable>;

/** A brand the agency works for; `name_key` (folded name) keeps names unique regardless of case. */
export interface ClientTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  contact_name: string;
  email: string;
  notes: string;
  created_at: string;
  updated_at: string;
}
export type ClientRow = Selectable<ClientTable>;

export interface CampaignTable {
  id: Generated<number>;
  name: string;
  client_id: number;
  goal: string;
  start_date: string;
  end_date: string | null;
  /** Planned budget, integer minor units of `currency`. */
  budget_amount: number;
  currency: string;
  platforms_json: string;
  plan_id: number | null;
  advice_id: number | null;
  pilot: number;
  brief_json: string;
  status: string;
  created_at: string;
  updated_at: string;
}
export type CampaignRow = Selectable<CampaignTable>;

/** A creator in a campaign: pipeline stage, terms (JSON, money in the campaign's currency) and outreach. */
export interface PartnershipTable {
  id: Generated<number>;
  campaign_id: number;
  creator_id: number;
  stage: string;
  stage_changed_at: string;
  terms_json: string;
  first_contact_on: string | null;
  last_contact_on: string | null;
  replied: number;
  follow_up_after_days: number;
  /** JSON `PartnershipResults` (migration 38); NULL until something is entered. */
  results_json: Generated<string | null>;
  created_at: string;
  updated_at: string;
}
export type PartnershipRow = Selectable<PartnershipTable>;

export interface DeliverableTable {
  id: Generated<number>;
  partnership_id: number;
  type: string;
  platform: string;
  due_date: string;
  description: string;
  status: string;
  published_url: string | null;
  status_changed_at: string;
  created_at: string;
}
export type DeliverableRow = Selectable<DeliverableTable>;

/** What happened to a partnership, when and by whom (stage moves, terms, contacts, deliverable steps). */
export interface PartnershipEventTable {
  id: Generated<number>;
  partnership_id: number;
  deliverable_id: number | null;
  at: string;
  actor: string;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  note: string;
}
export type PartnershipEventRow = Selectable<PartnershipEventTable>;

export interface OutreachTemplateTable {
  id: Generated<number>;
  name: string;
  kind: string;
  subject: string;
  body: string;
  updated_at: string;
}
export type OutreachTemplateRow = Selectable<OutreachTemplateTable>;

export interface AmbassadorTable {
  id: Generated<number>;
  creator_id: number;
  client_id: number;
  started_on: string;
  cadence_days: number;
  status: string;
  incentives_json: string;
  notes: string;
  created_at: string;
  updated_at: string;
}
export type AmbassadorRow = Selectable<AmbassadorTable>;

export interface AmbassadorLogTable {
  id: Generated<number>;
  ambassador_id: number;
  kind: string;
  on_date: string;
  note: string;
  perk_type: string | null;
  value_amount: number | null;
  value_currency: string | null;
  created_at: string;
}
export type AmbassadorLogRow = Selectable<AmbassadorLogTable>;

/** Which version of the calculation rules computed a set of stored derived columns (migration 21). */
export interface DerivedRulesTable {
  /** The set of derived columns, e.g. 'roster'. */
  name: string;
  version: number;
  updated_at: string;
}

export interface Database {
  settings: SettingsTable;
  benchmark_override: BenchmarkOverrideTable;
  creator: CreatorTable;
  creator_account: CreatorAccountTable;
  metric_snapshot: MetricSnapshotTable;
  saved_view: SavedViewTable;
  import_mapping: ImportMappingTable;
  budget_plan: BudgetPlanTable;
  platform_advice: PlatformAdviceTable;
  client: ClientTable;
  campaign: CampaignTable;
  partnership: PartnershipTable;
  deliverable: DeliverableTable;
  partnership_event: PartnershipEventTable;
  outreach_template: OutreachTemplateTable;
  ambassador: AmbassadorTable;
  ambassador_log: AmbassadorLogTable;
  derived_rules: DerivedRulesTable;
}
