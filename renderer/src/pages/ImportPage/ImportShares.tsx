import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseLocaleNumber, type DecimalSeparator, type ShareColumnReading, type ShareField, type ShareScale } from '@shared/csv';
import { usePreferences } from '../../preferences/preferences';

export interface ImportSharesProps {
  header: readonly string[];
  mapping: readonly (string | null)[];
  decimal: DecimalSeparator;
  columns: readonly ShareColumnReading[];
  onChange: (field: ShareField, scale: ShareScale) => void;
}

/**
 * How a share column's plain numbers were read, shown on its first one ("0,92" is 92 %), with
 * the other reading a click away: "0.92" in an ER column is 92 % or 0.92 %, and only the user
 * knows which their tool meant. Columns whose numbers all carry "%" say it themselves.
 */
export function ImportShares({ header, mapping, decimal, columns, onChange }: ImportSharesProps) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const shown = columns.filter((c) => c.sample !== null);
  if (shown.length === 0) return null;
  return (
    <Stack gap={4}>
      {shown.map(({ field, scale, sample }) => {
        const column = header[mapping.indexOf(field)] ?? '';
        const parsed = parseLocaleNumber(sample!, decimal, { percent: 'points' });
        const asShare = (s: ShareScale) => (parsed.ok ? prefs.percent(s === 'percent' ? parsed.value / 100 : parsed.value, 4) : '');
        return (
          <Select
            key={field}
            w={420}
            size="xs"
            data-testid={`import-share-${field}`}
            label={t('csvImport.shareScale', { column })}
            description={t('csvImport.shareScaleRead', { sample, share: asShare(scale) })}
            data={(['fraction', 'percent'] as const).map((s) => ({ value: s, label: t(`csvImport.shareScales.${s}`, { sample, share: asShare(s) }) }))}
            value={scale}
            allowDeselect={false}
            onChange={(chosen) => chosen && onChange(field, chosen as ShareScale)}
          />
        );
      })}
    </Stack>
  );
}
