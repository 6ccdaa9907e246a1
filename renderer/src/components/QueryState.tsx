import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../lib/api-error-text';

/**
 * Loading and error states of a query, the same everywhere; renders children once data is there.
 * `fresh`: not from the cache, but once read again since mounting (an edit form fills itself once,
 * and a save is checked against the version it was filled from).
 */
export function QueryState<T>({ query, children, fresh = false }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; fresh?: boolean }) {
  const { t } = useTranslation();
  if (query.isPending || (fresh && !query.isFetchedAfterMount)) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text>{t('app.loadFailed', { message: apiErrorText(t, query.error) })}</Text>
          <Button variant="light" color="red" onClick={() => void query.refetch()}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
