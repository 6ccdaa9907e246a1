import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { platforms, type Platform } from '@shared/calc/tiers';
import { platformOfHeader, platformsNamedBy, type ColumnMapping } from '@shared/csv';
import { usePreferences } from '../../preferences/preferences';

export interface ImportPlatformProps {
  header: readonly string[];
  mapping: ColumnMapping;
  /** The platform the preview read rows without one on, and whether the user chose it or a header named it. */
  value: Platform | null;
  from: 'choice' | 'header' | null;
  onChange: (platform: Platform | null) => void;
}

/** The select's value for "none" (a select's values are strings). */
const none = 'none';

/**
 * The platform of a file without a platform column (single-platform exports: HypeAuditor's
 * Instagram report, Later), which its rows take unless a profile link says otherwise; set from a
 * header that names it ("Instagram username"), else none. A file with columns for several
 * platforms is said to be one: a row is imported as one account.
 */
export function ImportPlatform({ header, mapping, value, from, onChange }: ImportPlatformProps) {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const named = platformsNamedBy(header);
  const hasPlatformColumn = mapping.includes('platform');
  // The column that said which platform, to show where the choice came from.
  const namingColumn = from === 'header' ? header.find((h, i) => mapping[i] !== null && platformOfHeader(h) === value) : undefined;
  return (
    <Stack gap={4}>
      {named.length > 1 && (
        <Text size="sm" c="orange.8" data-testid="import-several-platforms">
          {t('csvImport.severalPlatforms', { platforms: new Intl.ListFormat(locale, { type: 'conjunction' }).format(named.map((p) => t(`platforms.${p}`))) })}
        </Text>
      )}
      {!hasPlatformColumn && (
        <Select
          w={260}
          size="xs"
          label={t('csvImport.defaultPlatform')}
          description={namingColumn ? t('csvImport.defaultPlatformFromHeader', { column: namingColumn }) : t('csvImport.defaultPlatformHelp')}
          data={[...platforms.map((p) => ({ value: p, label: t(`platforms.${p}`) })), { value: none, label: t('csvImport.defaultPlatformNone') }]}
          value={value ?? none}
          allowDeselect={false}
          onChange={(chosen) => chosen && onChange(chosen === none ? null : (chosen as Platform))}
        />
      )}
    </Stack>
  );
}
