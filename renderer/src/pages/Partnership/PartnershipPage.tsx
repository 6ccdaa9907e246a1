import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PartnershipDetail } from '@shared/domain/campaigns';
import { usePartnership, useWorkActions } from '../../api/use-campaigns';
import { QueryState } from '../../components/QueryState';
import { apiErrorText } from '../../lib/api-error-text';
import { usePreferences } from '../../preferences/preferences';
import { StageControls } from '../Campaigns/StageControls';
import { stageColor } from '../Campaigns/stage-colors';
import { DeliverablesPanel } from './DeliverablesPanel';
import { HistoryList } from './HistoryList';
import { OutreachPanel } from './OutreachPanel';
import { ResultsForm } from './ResultsForm';
import { TermsForm } from './TermsForm';

export function PartnershipPage() {
  const { id } = useParams();
  const partnership = usePartnership(Number(id));
  return <QueryState query={partnership}>{(p) => <PartnershipView partnership={p} />}</QueryState>;
}

function PartnershipView({ partnership: p }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const navigate = useNavigate();
  const { removePartnership } = useWorkActions();
  const [confirmRemove, setConfirmRemove] = useState(false);
  return (
    <Stack>
      <Anchor component={Link} to={`/campaigns/${p.campaignId}`} size="sm">
        ← {p.campaignName}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2}>{p.creatorName}</Title>
            <Badge color={stageColor[p.stage]} data-testid="stage">
              {t(`campaigns.stages.${p.stage}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {p.clientName} · {p.campaignName} · {p.handles.map((h) => `${t(`platforms.${h.platform}`)} @${h.handle} (${prefs.number(h.followers)})`).join(' · ')}
          </Text>
          <Anchor component={Link} to={`/creators/${p.creatorId}`} size="sm">
            {t('partnership.openCreator')}
          </Anchor>
        </Stack>
        <Group gap="xs">
          <StageControls partnership={p} currency={p.campaignCurrency} size="sm" />
          <Button size="sm" variant="subtle" color="red" onClick={() => setConfirmRemove(true)}>
            {t('partnership.remove')}
          </Button>
        </Group>
      </Group>
      {confirmRemove && (
        <Group gap="xs" role="alertdialog" aria-label={t('partnership.remove')}>
          <Text size="sm">{t('partnership.removeConfirm', { name: p.creatorName })}</Text>
          <Button size="xs" color="red" onClick={() => removePartnership.mutate({ id: p.id }, { onSuccess: () => void navigate(`/campaigns/${p.campaignId}`), onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })}>
            {t('partnership.removeYes')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setConfirmRemove(false)}>
            {t('campaigns.cancel')}
          </Button>
        </Group>
      )}
      <Tabs defaultValue="terms">
        <Tabs.List>
          <Tabs.Tab value="terms">{t('partnership.terms.title')}</Tabs.Tab>
          <Tabs.Tab value="deliverables">
            {t('partnership.deliverables.title')} ({p.deliverablesDone}/{p.deliverableCount})
          </Tabs.Tab>
          <Tabs.Tab value="results">{t('partnership.results.title')}</Tabs.Tab>
          <Tabs.Tab value="outreach">{t('partnership.outreach.title')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('partnership.history.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="terms" pt="md">
          <TermsForm key={p.id} partnership={p} />
        </Tabs.Panel>
        <Tabs.Panel value="deliverables" pt="md">
          <DeliverablesPanel partnership={p} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsForm key={p.id} partnership={p} />
        </Tabs.Panel>
        <Tabs.Panel value="outreach" pt="md">
          <OutreachPanel key={p.id} partnership={p} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryList history={p.history} deliverables={p.deliverables} currency={p.campaignCurrency} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
