import type { Platform } from '../calc/tiers';
import { platformHeaderAliases } from './platform-headers';

/**
 * Which column holds which creator field. Headers are matched on their letters and
 * digits only, without accents and case ("E-mail", "e_mail" and "EMAIL" are all
 * "email"; "Categorieën" is "categorieen"), against English and Dutch aliases. The
 * result is a suggestion: the UI shows it, with the unmapped columns, for the user
 * to correct before rows are validated.
 */

export const creatorFields = [
  'name',
  'platform',
  'handle',
  'profileUrl',
  'followers',
  'engagementRate',
  'avgLikes',
  'avgComments',
  'avgShares',
  'avgSaves',
  'avgViews',
  'postsPerWeek',
  'figuresAsOf',
  'country',
  'city',
  'location',
  'languages',
  'niches',
  'tags',
  'email',
  'phone',
  'agent',
  'audienceAuthenticity',
  'status',
  'notes',
  'ratePerPost',
  'acceptsProductOnly',
  'creatorRef',
] as const;
export type CreatorField = (typeof creatorFields)[number];

/**
 * Aliases per field, as people write them (the README lists this table). The first
 * alias is the English template header. Aliases are unique across fields after
 * normalisation; a test keeps it so.
 */
export const creatorFieldAliases: Readonly<Record<CreatorField, readonly string[]>> = {
  name: ['name', 'full name', 'creator', 'creator name', 'influencer', 'influencer name', 'display name', 'naam', 'volledige naam', 'weergavenaam', 'naam influencer', 'naam creator'],
  platform: ['platform', 'social network', 'social media', 'network', 'netwerk', 'sociaal netwerk', 'socialmediaplatform'],
  handle: ['handle', 'username', 'user name', 'user', 'account', 'account name', 'screen name', 'gebruikersnaam', 'gebruiker', 'accountnaam', 'account naam'],
  profileUrl: ['profile_url', 'profile url', 'profile link', 'profile', 'url', 'link', 'profiel_url', 'profiel url', 'profiel', 'profiellink', 'link naar profiel'],
  followers: ['followers', 'followers_count', 'follower count', 'follower_count', 'number of followers', 'subscribers', 'number of subscribers', 'fans', 'volgers', 'aantal volgers', 'abonnees', 'aantal abonnees', 'aantal fans'],
  engagementRate: ['engagement_rate', 'engagement rate', 'er', 'engagement', 'eng rate', 'engagement percentage', 'engagementpercentage', 'betrokkenheid', 'betrokkenheidspercentage', 'engagementgraad'],
  avgLikes: ['avg_likes', 'avg likes', 'average likes', 'likes', 'likes per post', 'gem_likes', 'gem likes', 'gemiddelde likes', 'gemiddeld aantal likes', 'vind-ik-leuks'],
  avgComments: ['avg_comments', 'avg comments', 'average comments', 'comments', 'comments per post', 'gem_reacties', 'gem reacties', 'gemiddelde reacties', 'reacties', 'reacties per post'],
  avgShares: ['avg_shares', 'avg shares', 'average shares', 'shares', 'gem_shares', 'gem shares', 'gemiddelde shares', 'gedeeld', 'keer gedeeld'],
  avgSaves: ['avg_saves', 'avg saves', 'average saves', 'saves', 'gem_saves', 'gem saves', 'gemiddelde saves', 'opgeslagen', 'bewaard', 'keer opgeslagen'],
  avgViews: ['avg_views', 'avg views', 'average views', 'views', 'plays', 'avg plays', 'gem_weergaven', 'gem weergaven', 'gemiddelde weergaven', 'weergaven', 'views per post'],
  postsPerWeek: ['posts_per_week', 'posts per week', 'posts/week', 'posting frequency', 'post frequency', 'berichten per week', 'postfrequentie', 'frequentie'],
  figuresAsOf: ['figures_as_of', 'figures as of', 'as of', 'measured on', 'date measured', 'measurement date', 'snapshot date', 'stats date', 'cijfers van', 'cijfers per', 'peildatum', 'meetdatum', 'gemeten op', 'datum meting', 'stand per', 'date', 'datum'],
  country: ['country', 'country code', 'land', 'landcode'],
  city: ['city', 'town', 'stad', 'plaats', 'woonplaats'],
  location: ['location', 'region', 'area', 'locatie', 'regio', 'gebied', 'provincie', 'province'],
  languages: ['languages', 'language', 'talen', 'taal'],
  niches: ['niches', 'niche', 'category', 'categories', 'topic', 'topics', 'vertical', 'categorie', 'categorieën', 'onderwerp', 'onderwerpen', 'thema', "thema's"],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords', 'trefwoorden'],
  email: ['email', 'e-mail', 'mail', 'email address', 'e-mail address', 'contact email', 'e-mailadres', 'emailadres', 'mailadres'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'telefoon', 'telefoonnummer', 'mobiel', 'mobiel nummer', 'gsm', 'whatsapp'],
  agent: ['agent', 'agency', 'management', 'manager', 'talent manager', 'bureau', 'agentschap', 'impresariaat'],
  audienceAuthenticity: ['audience_authenticity', 'audience authenticity', 'authenticity', 'authentic_followers', 'authentic followers', 'real followers', 'audience quality', 'authenticiteit', 'echtheid', 'echte volgers', 'authentieke volgers', 'echtheid publiek'],
  status: ['status', 'stage', 'pipeline status', 'fase'],
  notes: ['notes', 'note', 'remarks', 'memo', 'notities', 'notitie', 'opmerkingen', 'opmerking', 'toelichting'],
  ratePerPost: ['rate_per_post', 'rate per post', 'rate', 'fee', 'fee per post', 'price', 'price per post', 'cost per post', 'tarief', 'tarief per post', 'prijs', 'prijs per post', 'kosten per post', 'vergoeding'],
  acceptsProductOnly: ['accepts_product_only', 'accepts product only', 'product only', 'gifting', 'accepts gifting', 'barter', 'alleen product', 'accepteert alleen product', 'product als betaling'],
  // Which rows are one creator (Microplan's export writes it): never a bare "id", often an account's.
  creatorRef: ['creator_id', 'creator id', 'creator ref', 'creator reference', 'microplan id', 'creatornummer', 'creator nummer'],
};

/** Header row of the downloadable template; every name maps back to its field. */
export const csvTemplateHeader: readonly string[] = creatorFields.map((field) => creatorFieldAliases[field][0]!);

/** The same template for Dutch users, written as Dutch sheets write headers (words, not snake_case). */
export const csvTemplateHeaderNl: readonly string[] = [
  'naam',
  'platform',
  'gebruikersnaam',
  'profiel url',
  'volgers',
  'engagement',
  'gem likes',
  'gem reacties',
  'gem shares',
  'gem saves',
  'gem weergaven',
  'berichten per week',
  'cijfers van',
  'land',
  'stad',
  'locatie',
  'talen',
  'niches',
  'tags',
  'e-mail',
  'telefoon',
  'agent',
  'authenticiteit',
  'status',
  'notities',
  'tarief per post',
  'alleen product',
  'creator-id',
];

/** Letters and digits only, lower case, accents removed: the form aliases are compared in. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Headers naming a platform with the field ("Instagram username"): the field, and the platform. */
const platformFieldByAlias: ReadonlyMap<string, { readonly field: CreatorField; readonly platform: Platform }> = new Map(
  Object.entries(platformHeaderAliases).flatMap(([platform, fields]) =>
    Object.entries(fields).flatMap(([field, aliases]) => aliases.map((alias) => [normaliseHeader(alias), { field: field as CreatorField, platform: platform as Platform }] as const)),
  ),
);

const fieldByAlias: ReadonlyMap<string, CreatorField> = new Map([
  ...creatorFields.flatMap((field) => creatorFieldAliases[field].map((alias) => [normaliseHeader(alias), field] as const)),
  ...[...platformFieldByAlias].map(([alias, { field }]) => [alias, field] as const),
]);

/** The platform a header names along with its field ("TikTok followers": TikTok), or null. */
export function platformOfHeader(header: string): Platform | null {
  return platformFieldByAlias.get(normaliseHeader(header))?.platform ?? null;
}

/** The field a header names, or null. */
export function fieldForHeader(header: string): CreatorField | null {
  return fieldByAlias.get(normaliseHeader(header)) ?? null;
}

/** Per column (by index), the field it fills, or null for a column that is not imported. */
export type ColumnMapping = readonly (CreatorField | null)[];

export interface UnmappedColumn {
  readonly index: number;
  readonly header: string;
  /** `unknown`: no alias matched; `duplicate`: an earlier column already fills that field. */
  readonly reason: 'unknown' | 'duplicate';
  /** For `duplicate`, the field both columns name. */
  readonly field: CreatorField | null;
}

export interface HeaderMapping {
  readonly mapping: ColumnMapping;
  readonly unmapped: readonly UnmappedColumn[];
}

/** Suggests a mapping; when two columns name the same field the first one wins. */
export function mapHeaders(header: readonly string[]): HeaderMapping {
  const taken = new Set<CreatorField>();
  const unmapped: UnmappedColumn[] = [];
  const mapping = header.map((text, index) => {
    const field = fieldForHeader(text);
    if (field === null) {
      unmapped.push({ index, header: text, reason: 'unknown', field: null });
      return null;
    }
    if (taken.has(field)) {
      unmapped.push({ index, header: text, reason: 'duplicate', field });
      return null;
    }
    taken.add(field);
    return field;
  });
  return { mapping, unmapped };
}

/** The column index of each mapped field; if a mapping names a field twice, the first column counts. */
export function columnsByField(mapping: ColumnMapping): Partial<Record<CreatorField, number>> {
  const columns: Partial<Record<CreatorField, number>> = {};
  mapping.forEach((field, index) => {
    if (field !== null && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
