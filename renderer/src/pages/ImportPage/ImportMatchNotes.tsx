import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMatch } from '@shared/domain/creator-import';
import { nameKey } from '@shared/domain/creator-names';
import { usePreferences } from '../../preferences/preferences';

/** Names shown of the rows joined by name only; the rest are counted. */
const namesShown = 10;

/** What the preview says of the rows already in the roster, and of those the import cannot join to anyone. */
export function ImportMatchNotes({
  match,
  updating,
  nameOnLine,
}: {
  match: ImportMatch;
  /** Whether rows already in the roster will be updated (the user's choice). */
  updating: boolean;
  /** The name a line of the file gives. */
  nameOnLine: (line: number) => string | null;
}) {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  // A row joined by name alone becomes an account of a creator already in the roster: the user
  // should see whom, to catch two different people of the same name before importing.
  // Each person once, at their first line: a file with a row per month names them on every row.
  const firstLineOf = new Map<string, number>();
  for (const line of match.byName) {
    // Compared as the import joins names (case, spaces and emoji ignored).
    const key = nameKey(nameOnLine(line) ?? '');
    if (!firstLineOf.has(key)) firstLineOf.set(key, line);
  }
  const people = [...firstLineOf.values()];
  const byName = people.slice(0, namesShown).map((line) => t('csvImport.nameOnLine', { name: nameOnLine(line) ?? '', line }));
  const more = people.length - byName.length;
  const shown = new Intl.ListFormat(locale, { type: 'unit' }).format(byName);
  return (
    <>
      <Text size="sm" data-testid="import-present">
        {t('csvImport.present', { byHandle: match.byHandle.length, byName: match.byName.length })}
      </Text>
      {updating && byName.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="import-by-name">
          {more > 0 ? t('csvImport.presentByNameMore', { names: shown, count: more }) : t('csvImport.presentByName', { names: shown })}
        </Text>
      )}
      {match.inBin.length > 0 && (
        <Text size="sm" c="orange.8" data-testid="import-in-bin">
          {t('csvImport.presentInBin', { count: match.inBin.length })}
        </Text>
      )}
      {updating && match.olderThanRoster.length > 0 && (
        <Text size="sm" c="orange.8" data-testid="import-older-than-roster">
          {t('csvImport.presentOlder', { count: match.olderThanRoster.length })}
        </Text>
      )}
      {match.sharedName.length > 0 && (
        <Text size="sm" c="orange.8" data-testid="import-present-shared-name">
          {t('csvImport.presentSharedName', { count: match.sharedName.length })}
        </Text>
      )}
    </>
  );
}
