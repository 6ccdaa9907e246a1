import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMatch } from '@shared/domain/creator-import';

/** What the preview says of the rows already in the roster, and of those the import cannot join to anyone. */
export function ImportMatchNotes({ match, updating }: { match: ImportMatch; /** Whether rows already in the roster will be updated (the user's choice). */ updating: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" data-testid="import-present">
        {t('csvImport.present', { byHandle: match.byHandle.length, byName: match.byName.length })}
      </Text>
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
