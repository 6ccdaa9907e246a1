import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Menu, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Link, useNavigate } from 'react-router';
import type { PlanSummary } from '@shared/api/plans.contract';
import { useApi } from '../../api/api-context';
import { apiErrorText } from '../../lib/api-error-text';
import { usePlanActions, usePlans, type PlanListQuery } from '../../api/use-plans';
import { localDateOf } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { copyName } from './copy-name';

const columns: { key: PlanListQuery['sort']; label: string }[] = [
  { key: 'name', label: 'name' },
  { key: 'client', label: 'client' },
  { key: 'date', label: 'date' },
  { key: 'budget', label: 'budget' },
  { key: 'roas', label: 'roas' },
  { key: 'updated', label: 'updated' },
];

export function PlansPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<Pick<PlanListQuery, 'sort' | 'direction'>>({ sort: 'updated', direction: 'desc' });
  const [selected, setSelected] = useState<number[]>([]);
  const [confirmDelete, setConfirmDelete] = useState<PlanSummary | null>(null);
  const plans = usePlans({ search: debounced || undefined, includeArchived, ...sort });
  const actions = usePlanActions();
  const api = useApi();
  // Numbered against every plan's name, archived ones and those the search hides included.
  const duplicate = async (plan: PlanSummary) => {
    const failed = (error: unknown) => notifications.show({ color: 'red', message: apiErrorText(t, error) });
    try {
      const all = await api.plans.list({ includeArchived: true, sort: 'name', direction: 'asc' });
      actions.duplicate.mutate(
        { id: plan.id, name: copyName(plan.name, new Set(all.map((p) => p.name)), t) },
        { onSuccess: (copy) => notifications.show({ color: 'green', message: t('plans.duplicated', { name: copy.name }) }), onError: failed },
      );
    } catch (error) {
      failed(error);
    }
  };

  const sortBy = (key: PlanListQuery['sort']) => setSort((s) => ({ sort: key, direction: s.sort === key && s.direction === 'asc' ? 'desc' : 'asc' }));
  const toggle = (id: number) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-4)));

  return (
    <Stack>
      <PageHeader title={t('plans.title')} intro={t('plans.intro')}>
        <Button variant="light" disabled={selected.length < 2} onClick={() => void navigate(`/plans/compare?ids=${selected.join(',')}`)} title={t('plans.compareHint')}>
          {t('plans.compare')}
        </Button>
        <Button component={Link} to="/plans/new">
          {t('plans.new')}
        </Button>
      </PageHeader>
      <Group>
        <TextInput w={280} placeholder={t('plans.search')} aria-label={t('plans.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <Checkbox label={t('plans.showArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
      </Group>
      {plans.data?.length === 0 && <Text c="dimmed">{t('plans.empty')}</Text>}
      {confirmDelete && (
        <Group gap="xs" role="alertdialog" aria-label={t('plans.delete')}>
          <Text size="sm">{t('plans.deleteConfirm', { name: confirmDelete.name })}</Text>
          <Button
            size="xs"
            color="red"
            onClick={() =>
              actions.remove.mutate(confirmDelete.id, {
                onSuccess: () => {
                  notifications.show({ message: t('plans.deleted') });
                  setConfirmDelete(null);
                  setSelected((s) => s.filter((id) => id !== confirmDelete.id));
                },
              })
            }
          >
            {t('plans.deleteYes')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setConfirmDelete(null)}>
            {t('benchmarks.cancel')}
          </Button>
        </Group>
      )}
      {plans.data && plans.data.length > 0 && (
        <Table withTableBorder striped highlightOnHover data-testid="plans-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} aria-label={t('plans.columns.select')} />
              {columns.map((c) => (
                <Table.Th key={c.key}>
                  <UnstyledButton fw={600} fz="sm" onClick={() => sortBy(c.key)} aria-label={t('plans.sortBy', { column: t(`plans.columns.${c.label}`) })}>
                    {t(`plans.columns.${c.label}`)}
                    {sort.sort === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
              <Table.Th>{t('plans.columns.revenue')}</Table.Th>
              <Table.Th w={50} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.map((plan) => (
              <Table.Tr key={plan.id} data-plan={plan.name}>
                <Table.Td>
                  <Checkbox size="xs" aria-label={`${t('plans.columns.select')}: ${plan.name}`} checked={selected.includes(plan.id)} onChange={() => toggle(plan.id)} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/plans/${plan.id}`}>
                      {plan.name}
                    </Anchor>
                    {plan.archived && (
                      <Badge size="xs" color="gray">
                        {t('plans.archivedBadge')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{plan.client}</Table.Td>
                <Table.Td>{prefs.date(plan.date)}</Table.Td>
                <Table.Td>{prefs.money(plan.budget.amount, plan.budget.currency)}</Table.Td>
                <Table.Td>{plan.expectedRoas === null ? '–' : `${prefs.number(plan.expectedRoas, 2)} : 1`}</Table.Td>
                <Table.Td>{prefs.date(localDateOf(plan.updatedAt))}</Table.Td>
                <Table.Td>{plan.expectedRevenue === null ? '–' : prefs.money(plan.expectedRevenue, plan.budget.currency)}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={`${t('plans.open')}: ${plan.name}`}>
                        ⋯
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() => void duplicate(plan)}
                      >
                        {t('plans.duplicate')}
                      </Menu.Item>
                      <Menu.Item onClick={() => actions.setArchived.mutate({ id: plan.id, archived: !plan.archived })}>
                        {plan.archived ? t('plans.unarchive') : t('plans.archive')}
                      </Menu.Item>
                      <Menu.Item color="red" onClick={() => setConfirmDelete(plan)}>
                        {t('plans.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
