import type { TFunction } from 'i18next';
import { exportDialectFor, formatCsvNumber, toCsv, type DecimalSeparator } from '@shared/csv';
import { formatDateForInput } from '@shared/date-input';
import type { ExportRow } from '@shared/domain/creators';
import { currencyDecimals } from '@shared/format';

/**
 * The current view as CSV in the user's locale (a Dutch user gets ';' and decimal commas,
 * so Excel opens it as columns), with a BOM for Excel and formula-like text neutralised.
 * Headers are names the import knows, and lists are written as the import reads them
 * (comma-separated), so the file imports back with contact, niches and tags.
 */
export function rosterCsv(rows: readonly ExportRow[], locale: string, t: TFunction): string {
  const dialect = exportDialectFor(locale);
  const h = (key: string) => t(`csvImport.export.header.${key}`);
  const header = [
    ...['name', 'platform', 'handle', 'profileUrl', 'followers', 'tier', 'er', 'erSource', 'erVerdict', 'status', 'country', 'city', 'niches', 'tags', 'email', 'phone', 'vetting', 'flags', 'figuresAsOf'],
    ...['avgLikes', 'avgComments', 'avgShares', 'avgSaves', 'avgViews', 'postsPerWeek', 'ratePerPost', 'acceptsProductOnly', 'audienceAuthenticity', 'languages', 'agent', 'notes', 'creatorRef'],
  ].map(h);
  const body = rows.map((r) => [
    r.name,
    t(`platforms.${r.platform}`),
    r.handle,
    r.profileUrl,
    r.followers,
    t(`creators.tierNames.${r.tier}`),
    percent(r.erFollowers),
    r.erSource ? t(`csvImport.export.erSources.${r.erSource}`) : null,
    r.erVerdict ? t(`creators.verdicts.${r.erVerdict}`) : null,
    t(`creators.statuses.${r.status}`),
    r.country,
    r.city,
    r.niches.join(', '),
    r.tags.join(', '),
    r.email,
    r.phone,
    r.vettingScore === null ? null : Math.round(r.vettingScore * 100),
    r.flagCount,
    // Numeric, in the locale's order of day and month, as the user's spreadsheet reads a date.
    r.figuresAsOf === null ? null : formatDateForInput(r.figuresAsOf, locale),
    r.avgLikes,
    r.avgComments,
    r.avgShares,
    r.avgSaves,
    r.avgViews,
    r.postsPerWeek,
    feeCell(r.ratePerPost, dialect.decimal),
    t(r.acceptsProductOnly ? 'csvImport.export.yes' : 'csvImport.export.no'),
    percent(r.audienceAuthenticity),
    r.languages.join(', '),
    r.agent,
    r.notes === '' ? null : r.notes,
    // Which rows are one creator: two creators of one name stay two when the file is imported elsewhere.
    r.creatorId,
  ]);
  return toCsv(header, body, { ...dialect, bom: true });
}

/** A fraction as a percentage with up to four decimals (3.3912 for 0.033912): what the import reads back as the same figure. */
function percent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 1_000_000) / 10_000;
}

/**
 * A fee with its currency's code before it ("USD 400", "EUR 450,5"), which the import reads back
 * in that currency: a bare 400 would be read in the currency of whichever workspace imports it.
 */
function feeCell(fee: ExportRow['ratePerPost'], decimal: DecimalSeparator): string | null {
  if (fee === null) return null;
  return `${fee.currency} ${formatCsvNumber(fee.amount / 10 ** currencyDecimals(fee.currency), decimal)}`;
}
