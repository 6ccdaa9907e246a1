import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOfLocale } from '@shared/domain/settings';
import { useCampaigns } from '../../api/use-campaigns';
import { useDemoStatus } from '../../api/use-creators';
import { usePlans } from '../../api/use-plans';
import { useUpdateSettings } from '../../api/use-settings';
import { usePreferences } from '../../preferences/preferences';

const keptKey = 'microplan.firstRunCurrencyKept';

/**
 * On a new workspace whose currency is not that of the user's region (a new workspace plans in
 * euros; an American agency pays in dollars), offers the region's currency once, before anything
 * is entered in the other: planning in euros with dollar benchmarks asks for a rate first. Not
 * once there are creators, plans or campaigns, or an exchange rate: switching then would leave
 * plans in another currency than the workspace's, which cannot be computed.
 */
export function FirstRunCurrency() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const status = useDemoStatus();
  const plans = usePlans({ includeArchived: true, sort: 'name', direction: 'asc' });
  const campaigns = useCampaigns({});
  const update = useUpdateSettings();
  const [kept, setKept] = useState(() => localStorage.getItem(keptKey) === prefs.settings.currency);
  const suggested = currencyOfLocale(prefs.systemLocale);
  const current = prefs.settings.currency;
  const fresh = status.data?.creators === 0 && plans.data?.length === 0 && campaigns.data?.length === 0 && prefs.settings.benchmarkExchangeRate === null;
  if (kept || !fresh || suggested === null || suggested === current) return null;
  const keep = () => {
    localStorage.setItem(keptKey, current);
    setKept(true);
  };
  return (
    <Alert color="blue" data-testid="first-run-currency">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('creators.firstRunCurrency.text', { current, suggested })}</Text>
        <Group gap="xs">
          <Button size="xs" loading={update.isPending} onClick={() => update.mutate({ currency: suggested })}>
            {t('creators.firstRunCurrency.use', { suggested })}
          </Button>
          <Button size="xs" variant="subtle" onClick={keep}>
            {t('creators.firstRunCurrency.keep', { current })}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
