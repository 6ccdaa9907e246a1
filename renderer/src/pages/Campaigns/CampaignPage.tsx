import { Anchor, Badge, Button, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Campaign } from '@shared/domain/campaigns';
import { useCampaign, useWorkActions } from '../../api/use-campaigns';
import { CreatorPicker, type PickedCreator } from '../../components/CreatorPicker';
import { QueryState } from '../../components/QueryState';
import { apiErrorText } from '../../lib/api-error-text';
import { PrintButton } from '../PlanEditor/PrintButton';
import { usePreferences } from '../../preferences/preferences';
import { BriefView } from './BriefView';
import { BudgetSummary } from './BudgetSummary';
import { PartnershipTable } from './PartnershipTable';
import { PipelineBoard } from './PipelineBoard';
import { campaignStatusColor } from './stage-colors';
import { CampaignResultsView, useCampaignResults, usePlanForecast } from './CampaignResults';

export function CampaignPage() {
  const { id } = useParams();
  const campaign = useCampaign(Number(id));
  return <QueryState query={campaign}>{(c) => <CampaignView campaign={c} />}</QueryState>;
}

function CampaignView({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const navigate = useNavigate();
  const actions = useWorkActions();
  const results = useCampaignResults(c.budgetInput.currency, c.partnerships);
  const { forecast } = usePlanForecast(c.planId);
  const [adding, setAdding] = useState(false);
  const [picked, setPicked] = useState<PickedCreator[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const add = () =>
    actions.addCreators.mutate(
      { campaignId: c.id, creatorIds: picked.map((p) => p.id) },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'green', message: t('campaigns.add.done', { count: result.added }) });
          setAdding(false);
          setPicked([]);
        },
        onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
      },
    );

  return (
    <Stack>
      <Anchor component={Link} to="/campaigns" size="sm">
        ← {t('campaigns.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2}>{c.name}</Title>
            <Badge color={campaignStatusColor[c.status]}>{t(`campaigns.statuses.${c.status}`)}</Badge>
            {c.pilot && <Badge variant="outline">{t('campaigns.pilot')}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {c.clientName} · {t(`campaigns.goals.${c.goal}`)} ·{' '}
            {c.endDate ? `${prefs.date(c.startDate)} – ${prefs.date(c.endDate)}` : t('campaigns.fromDate', { date: prefs.date(c.startDate) })} · {c.platforms.map((p) => t(`platforms.${p}`)).join(', ')}
          </Text>
          <Group gap="md">
            {c.planId && (
              <Anchor component={Link} to={`/plans/${c.planId}`} size="sm">
                {t('campaigns.linkedPlan', { name: c.planName })}
              </Anchor>
            )}
            {c.adviceId && (
              <Anchor component={Link} to={`/wizard/${c.adviceId}`} size="sm">
                {t('campaigns.linkedAdvice', { name: c.adviceName })}
              </Anchor>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button onClick={() => setAdding(true)}>{t('campaigns.add.button')}</Button>
          <PrintButton target={{ kind: 'campaign', id: c.id }} name={t('campaigns.report.documentTitle', { name: c.name })} disabled={false} label={t('campaigns.report.print')} />
          <Button variant="default" component={Link} to={`/campaigns/${c.id}/edit`}>
            {t('campaigns.edit')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
            {t('campaigns.delete')}
          </Button>
        </Group>
      </Group>
      {confirmDelete && (
        <Group gap="xs" role="alertdialog" aria-label={t('campaigns.delete')}>
          <Text size="sm">{t('campaigns.deleteConfirm', { name: c.name, count: c.partnerships.length })}</Text>
          <Button
            size="xs"
            color="red"
            onClick={() =>
              actions.deleteCampaign.mutate({ id: c.id }, { onSuccess: () => void navigate('/campaigns'), onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })
            }
          >
            {t('campaigns.deleteYes')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setConfirmDelete(false)}>
            {t('campaigns.cancel')}
          </Button>
        </Group>
      )}
      <BudgetSummary budget={c.budget} />
      {c.partnerships.length === 0 ? (
        <Text c="dimmed">{t('campaigns.noCreators')}</Text>
      ) : (
        <Tabs defaultValue="board" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="board">{t('campaigns.tabs.board')}</Tabs.Tab>
            <Tabs.Tab value="table">{t('campaigns.tabs.table')}</Tabs.Tab>
            <Tabs.Tab value="results">{t('campaigns.tabs.results')}</Tabs.Tab>
            <Tabs.Tab value="brief">{t('campaigns.tabs.brief')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="board" pt="sm">
            <PipelineBoard campaignId={c.id} currency={c.budgetInput.currency} partnerships={c.partnerships} />
          </Tabs.Panel>
          <Tabs.Panel value="table" pt="sm">
            <PartnershipTable campaignId={c.id} currency={c.budgetInput.currency} partnerships={c.partnerships} />
          </Tabs.Panel>
          <Tabs.Panel value="results" pt="sm">
            {results && <CampaignResultsView results={results} currency={c.budgetInput.currency} forecast={forecast} budget={c.budgetInput} />}
          </Tabs.Panel>
          <Tabs.Panel value="brief" pt="sm">
            <BriefView brief={c.brief} />
          </Tabs.Panel>
        </Tabs>
      )}
      {c.partnerships.length === 0 && <BriefView brief={c.brief} />}
      <Modal
        opened={adding}
        onClose={() => {
          setAdding(false);
          setPicked([]);
        }}
        title={t('campaigns.add.title', { name: c.name })} size="lg">
        <Stack>
          <CreatorPicker multiple picked={picked} onChange={setPicked} exclude={c.partnerships.map((p) => p.creatorId)} />
          <Group justify="space-between">
            <Text size="sm">{t('campaigns.add.selected', { count: picked.length })}</Text>
            <Button onClick={add} disabled={picked.length === 0} loading={actions.addCreators.isPending}>
              {t('campaigns.add.confirm', { count: picked.length })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
