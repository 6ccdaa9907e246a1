import type { TFunction } from 'i18next';
import { exportDialectFor, toCsv } from '@shared/csv';
import { formatDateForInput } from '@shared/date-input';
import type { ExportRow } from '@shared/domain/creators';

/**
 * The current view as CSV in the user's locale (a Dutch user gets ';' and decimal commas,
 * so Excel opens it as columns), with a BOM for Excel and formula-like text neutralised.
 * Headers are names the import knows, and lists are written as the import reads them
 * (comma-separated), so the file imports back with contact, niches and tags.
 */
export function rosterCsv(rows: readonly ExportRow[], locale: string, t: TFunction): string {
  const h = (key: string) => t(`csvImport.export.header.${key}`);
  const header = ['name', 'platform', 'handle', 'profileUrl', 'followers', 'tier', 'er', 'erSource', 'erVerdict', 'status', 'country', 'city', 'niches', 'tags', 'email', 'phone', 'vetting', 'flags', 'figuresAsOf'].map(h);
  const body = rows.map((r) => [
    r.name,
    t(`platforms.${r.platform}`),
    r.handle,
    r.profileUrl,
    r.followers,
    t(`creators.tierNames.${r.tier}`),
    r.erFollowers === null ? null : Math.round(r.erFollowers * 10_000) / 100,
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
  ]);
  return toCsv(header, body, { ...exportDialectFor(locale), bom: true });
}
