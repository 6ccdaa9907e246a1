import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatorDetail } from '@shared/domain/creators';
import { useCampaigns, useCreatorWork, useWorkActions } from '../../api/use-campaigns';
import { apiErrorText } from '../../lib/api-error-text';
import { stageColor } from '../Campaigns/stage-colors';

/** Where the creator works: their campaigns (with stage) and ambassador records; add them to a campaign from here. */
export function CreatorWork({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const work = useCreatorWork(creator.id);
  const campaigns = useCampaigns({});
  const { addCreators } = useWorkActions();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const joined = new Set(work.data?.partnerships.map((p) => p.campaignId));
  const open = (campaigns.data ?? []).filter((c) => (c.status === 'draft' || c.status === 'active') && !joined.has(c.id));
  const add = () =>
    addCreators.mutate(
      { campaignId: Number(campaignId), creatorIds: [creator.id] },
      {
        onSuccess: () => {
          setCampaignId(null);
          notifications.show({ color: 'green', message: t('campaigns.add.done', { count: 1 }) });
        },
        onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }),
      },
    );
  return (
    <Card withBorder component="section" aria-label={t('creator.work.title')}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('creator.work.title')}
        </Title>
        {work.data && work.data.partnerships.length === 0 && work.data.ambassadors.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('creator.work.none')}
          </Text>
        )}
        {work.data?.partnerships.map((p) => (
          <Group key={p.id} gap="xs">
            <Anchor component={Link} to={`/campaigns/${p.campaignId}/partnerships/${p.id}`} size="sm">
              {p.campaignName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {p.clientName}
            </Text>
            <Badge size="xs" color={stageColor[p.stage]}>
              {t(`campaigns.stages.${p.stage}`)}
            </Badge>
          </Group>
        ))}
        {work.data?.ambassadors.map((a) => (
          <Group key={a.id} gap="xs">
            <Anchor component={Link} to={`/ambassadors/${a.id}`} size="sm">
              {t('creator.work.ambassadorFor', { client: a.clientName })}
            </Anchor>
            <Badge size="xs" variant="light">
              {t(`ambassadors.statuses.${a.status}`)}
            </Badge>
          </Group>
        ))}
        {!creator.deleted && (
          <Group align="flex-end">
            <Select w={280} label={t('creator.work.addTo')} placeholder={open.length === 0 ? t('creator.work.noOpenCampaigns') : undefined} data={open.map((c) => ({ value: String(c.id), label: `${c.name} · ${c.clientName}` }))} value={campaignId} onChange={setCampaignId} />
            <Button variant="light" disabled={!campaignId} loading={addCreators.isPending} onClick={add}>
              {t('creator.work.add')}
            </Button>
            <Button variant="subtle" component={Link} to={`/ambassadors?promote=${creator.id}`}>
              {t('creator.work.makeAmbassador')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
