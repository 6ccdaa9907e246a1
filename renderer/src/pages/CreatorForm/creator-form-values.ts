import type { TFunction } from 'i18next';
import type { Platform } from '@shared/calc/tiers';
import { currencyDecimals } from '@shared/format';
import { handleKey, isEmailAddress, type CreatorDetail, type CreatorInput, type CreatorStatus, type DeliverableType } from '@shared/domain/creators';

type Num = number | '';

export interface AccountFormValues {
  id?: number;
  platform: Platform;
  handle: string;
  profileUrl: string;
  followers: Num;
  avgLikes: Num;
  avgComments: Num;
  avgShares: Num;
  avgSaves: Num;
  avgViews: Num;
  postsPerWeek: Num;
}

export interface RateFormValues {
  deliverable: DeliverableType;
  platform: Platform;
  /** In major units as typed (12.50), stored as minor units. */
  amount: Num;
  currency: string;
}

export interface CreatorFormValues {
  name: string;
  status: CreatorStatus;
  country: string;
  city: string;
  languages: string[];
  niches: string[];
  tags: string[];
  email: string;
  phone: string;
  agent: string;
  acceptsProductOnly: boolean;
  audienceScorePercent: Num;
  notes: string;
  accounts: AccountFormValues[];
  rateCard: RateFormValues[];
}

export const emptyAccount = (platform: Platform = 'instagram'): AccountFormValues => ({
  platform,
  handle: '',
  profileUrl: '',
  followers: '',
  avgLikes: '',
  avgComments: '',
  avgShares: '',
  avgSaves: '',
  avgViews: '',
  postsPerWeek: '',
});

export function emptyCreatorForm(): CreatorFormValues {
  return {
    name: '',
    status: 'prospect',
    country: '',
    city: '',
    languages: [],
    niches: [],
    tags: [],
    email: '',
    phone: '',
    agent: '',
    acceptsProductOnly: false,
    audienceScorePercent: '',
    notes: '',
    accounts: [emptyAccount()],
    rateCard: [],
  };
}

const orNull = (v: Num) => (v === '' ? null : v);
const orEmpty = (v: number | null): Num => (v === null ? '' : v);

export function toFormValues(c: CreatorDetail): CreatorFormValues {
  return {
    name: c.name,
    status: c.status,
    country: c.country ?? '',
    city: c.city ?? '',
    languages: c.languages,
    niches: c.niches,
    tags: c.tags,
    email: c.email ?? '',
    phone: c.phone ?? '',
    agent: c.agent ?? '',
    acceptsProductOnly: c.acceptsProductOnly,
    audienceScorePercent: typeof c.audience?.authenticityScore === 'number' ? Number((c.audience.authenticityScore * 100).toFixed(2)) : '',
    notes: c.notes,
    accounts: c.accounts.map((a) => ({
      id: a.id,
      platform: a.platform,
      handle: a.handle,
      profileUrl: a.profileUrl ?? '',
      followers: a.followers,
      avgLikes: orEmpty(a.avgLikes),
      avgComments: orEmpty(a.avgComments),
      avgShares: orEmpty(a.avgShares),
      avgSaves: orEmpty(a.avgSaves),
      avgViews: orEmpty(a.avgViews),
      postsPerWeek: orEmpty(a.postsPerWeek),
    })),
    rateCard: c.rateCard.map((r) => ({ ...r, amount: r.amount / 10 ** currencyDecimals(r.currency) })),
  };
}

export function toCreatorInput(v: CreatorFormValues, existingAudience: CreatorDetail['audience'] = null): CreatorInput {
  const score = v.audienceScorePercent === '' ? null : v.audienceScorePercent / 100;
  const audience = existingAudience
    ? { ...existingAudience, authenticityScore: score }
    : score === null
      ? null
      : { ageBands: {}, genderSplit: null, topCountries: [], authenticityScore: score };
  return {
    name: v.name,
    status: v.status,
    country: v.country || null,
    city: v.city || null,
    languages: v.languages,
    niches: v.niches,
    tags: v.tags,
    email: v.email || null,
    phone: v.phone || null,
    agent: v.agent || null,
    acceptsProductOnly: v.acceptsProductOnly,
    audience,
    notes: v.notes,
    accounts: v.accounts.map((a) => ({
      ...(a.id !== undefined ? { id: a.id } : {}),
      platform: a.platform,
      handle: a.handle,
      profileUrl: a.profileUrl || null,
      followers: a.followers === '' ? Number.NaN : a.followers,
      avgLikes: orNull(a.avgLikes),
      avgComments: orNull(a.avgComments),
      avgShares: orNull(a.avgShares),
      avgSaves: orNull(a.avgSaves),
      avgViews: orNull(a.avgViews),
      postsPerWeek: orNull(a.postsPerWeek),
    })),
    rateCard: v.rateCard
      .filter((r) => r.amount !== '')
      .map((r) => ({ deliverable: r.deliverable, platform: r.platform, currency: r.currency, amount: Math.round((r.amount as number) * 10 ** currencyDecimals(r.currency)) })),
  };
}

/** The rules the backend enforces, checked in the window with translated messages. */
export function validateCreatorForm(v: CreatorFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors['name'] = t('creator.form.errors.nameRequired');
  // The backend's own rule (and the CSV import's), so the form never passes what the save refuses.
  if (v.email.trim() && !isEmailAddress(v.email.trim())) errors['email'] = t('creator.form.errors.email');
  if (v.audienceScorePercent !== '' && (v.audienceScorePercent < 0 || v.audienceScorePercent > 100)) errors['audienceScorePercent'] = t('creator.form.errors.percent');
  const seen = new Set<string>();
  v.accounts.forEach((a, i) => {
    const handle = a.handle.trim().replace(/^@+/, '');
    if (!handle) errors[`accounts.${i}.handle`] = t('creator.form.errors.handleRequired');
    else if (!/^[\p{L}\p{N}._-]+$/u.test(handle)) errors[`accounts.${i}.handle`] = t('creator.form.errors.handleChars');
    else if (seen.has(`${a.platform}:${handleKey(handle)}`)) errors[`accounts.${i}.handle`] = t('creator.form.errors.handleDuplicate');
    seen.add(`${a.platform}:${handleKey(handle)}`);
    if (a.followers === '' || !Number.isInteger(a.followers) || a.followers < 0) errors[`accounts.${i}.followers`] = t('creator.form.errors.followersWhole');
    for (const field of ['avgLikes', 'avgComments', 'avgShares', 'avgSaves', 'avgViews', 'postsPerWeek'] as const) {
      const value = a[field];
      if (value !== '' && value < 0) errors[`accounts.${i}.${field}`] = t('creator.form.errors.notNegative');
    }
    if (a.profileUrl.trim() && !/^https?:\/\/\S+$/i.test(a.profileUrl.trim())) errors[`accounts.${i}.profileUrl`] = t('creator.form.errors.url');
  });
  v.rateCard.forEach((r, i) => {
    if (r.amount !== '' && r.amount < 0) errors[`rateCard.${i}.amount`] = t('creator.form.errors.notNegative');
  });
  return errors;
}
