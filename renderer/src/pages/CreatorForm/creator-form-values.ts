import type { TFunction } from 'i18next';
import { platformDeliverables } from '@shared/calc/pricing';
import type { Platform } from '@shared/calc/tiers';
import { readProfileUrl } from '@shared/csv';
import { currencyDecimals } from '@shared/format';
import { creatorTextLimits, handleKey, isEmailAddress, type CreatorDetail, type CreatorInput, type CreatorStatus, type DeliverableType } from '@shared/domain/creators';
import { numberFieldError, numberFieldText, readNumberField, type NumberFieldRule } from '../../lib/number-field';

/** A number as typed, in the user's number format ("12.500" in Dutch); read and checked on save, never changed while typing. */
type Num = string;

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
  /** The profile URL the form filled in itself from a link pasted into the handle, and the account it read there (never sent). */
  linkedProfileUrl?: { readonly url: string; readonly platform: Platform; readonly handle: string };
}

export interface RateFormValues {
  deliverable: DeliverableType;
  platform: Platform;
  /** In major units as typed ("12,50"), stored as minor units. */
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

/**
 * An account whose handle field holds a pasted profile link (https://www.tiktok.com/@name):
 * the handle and platform read from it, and the link kept as the profile URL unless one is
 * there already, as the CSV import reads such a link. Anything else is left as typed.
 */
export function withProfileLinkRead(account: AccountFormValues): AccountFormValues {
  const reading = readProfileUrl(account.handle);
  if (reading.kind !== 'profile') return account;
  const read = { ...account, platform: reading.platform, handle: reading.handle };
  if (account.profileUrl.trim() !== '') return read;
  return { ...read, profileUrl: reading.url, linkedProfileUrl: { url: reading.url, platform: reading.platform, handle: reading.handle } };
}

/**
 * The account after its handle or platform was edited. A profile URL the form filled in itself
 * from a pasted link is the address of the account read from that link: once the handle or
 * platform no longer names that account, the URL is cleared rather than saved pointing at another
 * creator. Cleared, not rewritten for the new handle: only the platform knows an account's address
 * (a YouTube link may hold a channel ID, not the handle). A URL the user typed or edited, or one
 * stored earlier, is the user's own and is never touched.
 */
export function withLinkedProfileUrlChecked(account: AccountFormValues): AccountFormValues {
  const { linkedProfileUrl: linked, ...rest } = account;
  if (!linked) return account;
  if (account.profileUrl !== linked.url) return rest;
  if (account.platform === linked.platform && handleKey(account.handle) === handleKey(linked.handle)) return account;
  return { ...rest, profileUrl: '' };
}

/**
 * A stored profile URL that is the address of this very account (its platform, its handle) is
 * treated like one the form filled in: changing the handle afterwards clears it, instead of
 * keeping a link to the account the creator had before. Any other URL stays the user's.
 */
function storedLinkOf(platform: Platform, handle: string, profileUrl: string | null): Pick<AccountFormValues, 'linkedProfileUrl'> {
  if (!profileUrl) return {};
  const reading = readProfileUrl(profileUrl);
  if (reading.kind !== 'profile' || reading.platform !== platform || handleKey(reading.handle) !== handleKey(handle)) return {};
  return { linkedProfileUrl: { url: profileUrl, platform, handle } };
}

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

/** The rule of each number field: the contract's limits, so the form refuses what the save would. */
export const accountNumberRules = {
  followers: { whole: true, max: 10_000_000_000, magnitude: true },
  avgLikes: { max: 1e12 },
  avgComments: { max: 1e12 },
  avgShares: { max: 1e12 },
  avgSaves: { max: 1e12 },
  avgViews: { max: 1e12 },
  postsPerWeek: { max: 500 },
} as const satisfies Record<string, NumberFieldRule>;
const accountNumberFields = Object.keys(accountNumberRules) as (keyof typeof accountNumberRules)[];
const audienceRule: NumberFieldRule = { max: 100, percent: true };
const rateRule = (currency: string): NumberFieldRule => ({ max: 1e12, minorUnitDigits: currencyDecimals(currency), currency });

/** The value of a field the form has validated (anything else cannot reach the backend: NaN is refused there). */
function valueOf(text: Num, locale: string, rule: NumberFieldRule): number | null {
  const reading = readNumberField(text, locale, rule);
  return reading.ok ? reading.value : Number.NaN;
}

export function toFormValues(c: CreatorDetail, locale: string): CreatorFormValues {
  const text = (v: number | null) => numberFieldText(v, locale);
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
    // A fraction shown as percentage points; toPrecision drops float noise (0.0409 × 100 is 4.09, not 4.090000000000001).
    audienceScorePercent: typeof c.audience?.authenticityScore === 'number' ? text(Number((c.audience.authenticityScore * 100).toPrecision(12))) : '',
    notes: c.notes,
    accounts: c.accounts.map((a) => ({
      id: a.id,
      platform: a.platform,
      handle: a.handle,
      profileUrl: a.profileUrl ?? '',
      followers: text(a.followers),
      avgLikes: text(a.avgLikes),
      avgComments: text(a.avgComments),
      avgShares: text(a.avgShares),
      avgSaves: text(a.avgSaves),
      avgViews: text(a.avgViews),
      postsPerWeek: text(a.postsPerWeek),
      ...storedLinkOf(a.platform, a.handle, a.profileUrl),
    })),
    rateCard: c.rateCard.map((r) => ({ ...r, amount: numberFieldText(r.amount, locale, currencyDecimals(r.currency)) })),
  };
}

/** The form as the contract's input; call it with values `validateCreatorForm` passed. */
export function toCreatorInput(v: CreatorFormValues, locale: string, existingAudience: CreatorDetail['audience'] = null): CreatorInput {
  const percent = valueOf(v.audienceScorePercent, locale, audienceRule);
  const score = percent === null ? null : Number((percent / 100).toPrecision(12));
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
      followers: valueOf(a.followers, locale, accountNumberRules.followers) ?? Number.NaN,
      avgLikes: valueOf(a.avgLikes, locale, accountNumberRules.avgLikes),
      avgComments: valueOf(a.avgComments, locale, accountNumberRules.avgComments),
      avgShares: valueOf(a.avgShares, locale, accountNumberRules.avgShares),
      avgSaves: valueOf(a.avgSaves, locale, accountNumberRules.avgSaves),
      avgViews: valueOf(a.avgViews, locale, accountNumberRules.avgViews),
      postsPerWeek: valueOf(a.postsPerWeek, locale, accountNumberRules.postsPerWeek),
    })),
    rateCard: v.rateCard
      .filter((r) => r.amount.trim() !== '')
      .map((r) => ({ deliverable: r.deliverable, platform: r.platform, currency: r.currency, amount: valueOf(r.amount, locale, rateRule(r.currency)) ?? Number.NaN })),
  };
}

/** The rules the backend enforces, checked in the window with translated messages. */
export function validateCreatorForm(v: CreatorFormValues, t: TFunction, locale: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors['name'] = t('creator.form.errors.nameRequired');
  // The backend's own rule (and the CSV import's), so the form never passes what the save refuses.
  if (v.email.trim() && !isEmailAddress(v.email.trim())) errors['email'] = t('creator.form.errors.email');
  // The contract's limits, named at the field (the inputs' maxLength stops typing, not a longer stored value).
  for (const field of ['name', 'email', 'country', 'city', 'phone', 'agent', 'notes'] as const) {
    const text = field === 'notes' ? v.notes : v[field].trim();
    if (text.length > creatorTextLimits[field]) errors[field] = t('creator.form.errors.tooLong', { max: creatorTextLimits[field] });
  }
  const audience = readNumberField(v.audienceScorePercent, locale, audienceRule);
  if (!audience.ok) errors['audienceScorePercent'] = audience.problem === 'notANumber' ? numberFieldError(t, audience.problem, locale) : t('creator.form.errors.percent');
  const seen = new Set<string>();
  v.accounts.forEach((a, i) => {
    const handle = a.handle.trim().replace(/^@+/, '');
    if (!handle) errors[`accounts.${i}.handle`] = t('creator.form.errors.handleRequired');
    else if (!/^[\p{L}\p{N}._-]+$/u.test(handle)) errors[`accounts.${i}.handle`] = t('creator.form.errors.handleChars');
    else if (handle.length > creatorTextLimits.handle) errors[`accounts.${i}.handle`] = t('creator.form.errors.tooLong', { max: creatorTextLimits.handle });
    else if (seen.has(`${a.platform}:${handleKey(handle)}`)) errors[`accounts.${i}.handle`] = t('creator.form.errors.handleDuplicate');
    seen.add(`${a.platform}:${handleKey(handle)}`);
    for (const field of accountNumberFields) {
      const rule: NumberFieldRule = accountNumberRules[field];
      const reading = readNumberField(a[field], locale, rule);
      if (!reading.ok) errors[`accounts.${i}.${field}`] = numberFieldError(t, reading.problem, locale, rule);
      // Followers are the one figure an account cannot be without.
      else if (field === 'followers' && reading.value === null) errors[`accounts.${i}.followers`] = t('creator.form.errors.followersRequired');
    }
    if (a.profileUrl.trim() && !/^https?:\/\/\S+$/i.test(a.profileUrl.trim())) errors[`accounts.${i}.profileUrl`] = t('creator.form.errors.url');
    else if (a.profileUrl.trim().length > creatorTextLimits.profileUrl) errors[`accounts.${i}.profileUrl`] = t('creator.form.errors.tooLong', { max: creatorTextLimits.profileUrl });
  });
  v.rateCard.forEach((r, i) => {
    const rule = rateRule(r.currency);
    const reading = readNumberField(r.amount, locale, rule);
    if (!reading.ok) errors[`rateCard.${i}.amount`] = numberFieldError(t, reading.problem, locale, { ...rule, currency: r.currency });
  });
  return { ...errors, ...rateDeliverableErrors(v, t) };
}

/**
 * Rates whose deliverable their platform lacks: saved before the form kept deliverables to their
 * platform (a YouTube video moved to Instagram). Shown when an edit opens, not first on saving.
 */
export function rateDeliverableErrors(v: Pick<CreatorFormValues, 'rateCard'>, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  v.rateCard.forEach((r, i) => {
    if (!platformDeliverables[r.platform].includes(r.deliverable)) errors[`rateCard.${i}.deliverable`] = t('errors.rule.deliverableNotOnPlatform');
  });
  return errors;
}
