import { useTranslation } from 'react-i18next';
import { platforms, type Platform } from '@shared/calc/tiers';
import type { CsvProblem } from '@shared/csv';
import { usePreferences } from '../../preferences/preferences';

/** A problem of the CSV core as the user reads it: where (line, column), then what, in their language. */
export function useProblemText() {
  const { t } = useTranslation();
  const { date } = usePreferences();
  const shown = (key: string, value: string | number) => {
    if (isPlatform(value)) return t(`platforms.${value}`);
    if (key === 'order') return t(`csvImport.dateOrders.${value}`);
    return key === 'day' && typeof value === 'string' ? date(value) : value;
  };
  return (p: CsvProblem) => {
    const where = [p.line > 0 ? t('csvImport.problemLine', { line: p.line }) : null, p.column ? t('csvImport.problemColumn', { column: p.column }) : null].filter(Boolean).join(', ');
    // Platforms by their names ("TikTok"), not their codes ("tiktok"); orders of days in words; days as the user writes them.
    const params = Object.fromEntries(Object.entries(p.params).map(([key, value]) => [key, shown(key, value)]));
    // Without a platform column the platform comes from the page's choice: say where to make it.
    const code = p.code === 'platformMissing' && p.column === null ? 'platformMissingNoColumn' : p.code;
    const text = t(`csvImport.codes.${code}`, { ...params, line: p.line });
    return where ? `${where}: ${text}` : text;
  };
}

function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (platforms as readonly string[]).includes(value);
}
