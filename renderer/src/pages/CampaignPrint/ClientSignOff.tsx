import { Box, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../preferences/preferences';

/**
 * Where the client signs the printed report: name, signature and date on lines to write on, and
 * who prepared it (Settings → your name). Kept on one page.
 */
export function ClientSignOff({ client }: { client: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const preparer = prefs.settings.userName;
  return (
    <Box component="section" aria-label={t('campaigns.report.signOff.title')} style={{ breakInside: 'avoid' }} data-testid="report-sign-off">
      <Title order={2} size="h4" mb="xs">
        {t('campaigns.report.signOff.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('campaigns.report.signOff.text', { client })}
      </Text>
      <SimpleGrid cols={3} spacing="lg">
        {(['name', 'signature', 'date'] as const).map((line) => (
          <Box key={line}>
            <Box h={36} style={{ borderBottom: '1px solid currentColor' }} />
            <Text size="xs" c="dimmed" mt={4}>
              {t(`campaigns.report.signOff.${line}`)}
            </Text>
          </Box>
        ))}
      </SimpleGrid>
      {preparer && (
        <Text size="xs" c="dimmed" mt="md">
          {t('campaigns.report.signOff.preparedBy', { name: preparer, workspace: prefs.settings.workspaceName })}
        </Text>
      )}
    </Box>
  );
}
