import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReminderView } from '@shared/api/reminders.contract';
import { isOverdue } from '@shared/campaigns/deliverable-workflow';
import { useAgenda, useDue } from '../../api/use-campaigns';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { addDays, useToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { deliverableColor } from '../Campaigns/stage-colors';
import { deliverableName } from '../../lib/deliverable-name';

const stateColor = { overdue: 'red', due: 'orange', upcoming: 'blue' } as const;

function reminderLink(r: ReminderView): string {
  if (r.ambassadorId !== null) return `/ambassadors/${r.ambassadorId}`;
  return `/campaigns/${r.campaignId}/partnerships/${r.partnershipId}`;
}

/** Everything that needs attention (follow-ups, deliverables, check-ins) and the agenda of due dates. */
export function DuePage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const today = useToday();
  const due = useDue(today);
  const from = addDays(today, -14);
  const to = addDays(today, 30);
  const agenda = useAgenda(from, to);
  return (
    <Stack>
      <PageHeader title={t('due.title')} intro={t('due.intro')} />
      <QueryState query={due}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('due.nothing')}</Text>
          ) : (
            <Stack gap="xs" data-testid="due-list">
              {list.map((r) => (
                <Card key={`${r.kind}-${r.refId}`} withBorder padding="xs" data-reminder={r.kind}>
                  <Group justify="space-between">
                    <Group gap="xs">
                      <Badge color={stateColor[r.state]}>{r.state === 'overdue' ? t('due.daysLate', { count: r.daysLate }) : t(`due.states.${r.state}`)}</Badge>
                      <Anchor component={Link} to={reminderLink(r)} fw={500}>
                        {t(`due.kinds.${r.kind}`, { name: r.creatorName })}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {r.deliverable ? `${t(`creator.deliverables.${r.deliverable.type}`, { defaultValue: r.deliverable.type })} · ${t(`platforms.${r.deliverable.platform}`, { defaultValue: r.deliverable.platform })} · ` : ''}
                        {r.context}
                      </Text>
                    </Group>
                    <Text size="sm">{prefs.date(r.dueDate)}</Text>
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <Title order={3} size="h4">
        {t('due.agenda', { from: prefs.date(from), to: prefs.date(to) })}
      </Title>
      <QueryState query={agenda}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed">{t('due.agendaEmpty')}</Text>
          ) : (
            <Table withTableBorder data-testid="agenda">
              <Table.Tbody>
                {items.map((item, i) => (
                  <Table.Tr key={item.deliverableId} bg={item.dueDate === today ? 'var(--mantine-color-yellow-light)' : undefined}>
                    <Table.Td w={140} fw={items[i - 1]?.dueDate === item.dueDate ? undefined : 600}>
                      {items[i - 1]?.dueDate === item.dueDate ? '' : prefs.date(item.dueDate)}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/campaigns/${item.campaignId}/partnerships/${item.partnershipId}`}>
                        {item.creatorName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {deliverableName(t, item.type, item.platform)} · {t(`platforms.${item.platform}`)}
                    </Table.Td>
                    <Table.Td>{item.campaignName}</Table.Td>
                    <Table.Td>
                      <Badge color={deliverableColor[item.status]}>{t(`partnership.deliverables.statuses.${item.status}`)}</Badge>{' '}
                      {isOverdue(item.dueDate, item.status, today) && (
                        <Badge color="red" variant="filled">
                          {t('partnership.deliverables.overdue')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
