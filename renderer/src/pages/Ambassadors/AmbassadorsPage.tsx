import { Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dueState } from '@shared/campaigns/reminders';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAmbassadors, useClients, useWorkActions } from '../../api/use-campaigns';
import { useCreator } from '../../api/use-creators';
import { CreatorPicker, type PickedCreator } from '../../components/CreatorPicker';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { apiErrorText } from '../../lib/api-error-text';
import { localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { DateField } from '../../components/DateField';
import { TypedNumberInput } from '../../components/TypedNumberInput';

export function AmbassadorsPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const ambassadors = useAmbassadors();
  const [params, setParams] = useSearchParams();
  const promote = params.get('promote') ? Number(params.get('promote')) : null;
  const [adding, setAdding] = useState(promote !== null);
  const today = localToday();
  return (
    <Stack>
      <PageHeader title={t('ambassadors.title')} intro={t('ambassadors.intro')}>
        <Button onClick={() => setAdding(true)}>{t('ambassadors.add')}</Button>
      </PageHeader>
      <QueryState query={ambassadors}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('ambassadors.empty')}</Text>
          ) : (
            <Table withTableBorder striped data-testid="ambassadors-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ambassadors.columns.creator')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.client')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.status')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.cadence')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.lastCheckIn')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.nextCheckIn')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.perks')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.lifetimeSpend')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((a) => {
                  const state = a.nextCheckIn === null ? null : dueState(a.nextCheckIn, today);
                  return (
                    <Table.Tr key={a.id} data-ambassador={a.creatorName}>
                      <Table.Td>
                        <Anchor component={Link} to={`/ambassadors/${a.id}`}>
                          {a.creatorName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{a.clientName}</Table.Td>
                      <Table.Td>{t(`ambassadors.statuses.${a.status}`)}</Table.Td>
                      <Table.Td>{t('ambassadors.everyDays', { count: a.cadenceDays })}</Table.Td>
                      <Table.Td>{a.lastCheckIn ? prefs.date(a.lastCheckIn) : '–'}</Table.Td>
                      <Table.Td>
                        {a.nextCheckIn ? (
                          <Group gap={6}>
                            {prefs.date(a.nextCheckIn)}
                            {state !== null && (
                              <Badge size="sm" color={state === 'overdue' ? 'red' : state === 'due' ? 'orange' : 'yellow'}>
                                {t(`ambassadors.checkInStates.${state}`)}
                              </Badge>
                            )}
                          </Group>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                      <Table.Td>{a.perkCount}</Table.Td>
                      <Table.Td>{a.lifetimeSpend.length === 0 ? prefs.money(0) : a.lifetimeSpend.map((m) => prefs.money(m.amount, m.currency)).join(' + ')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {/* Mounted only while open, so it starts empty every time. */}
      {adding && (
        <AddAmbassador
          opened
          onClose={() => {
            setAdding(false);
            // The creator from a "make ambassador" link applies to that one dialog only.
            if (promote !== null) setParams({}, { replace: true });
          }}
          creatorId={promote}
        />
      )}
    </Stack>
  );
}

/** Promote a creator to ambassador for one client, with the agreed check-in cadence. */
function AddAmbassador({ opened, onClose, creatorId }: { opened: boolean; onClose: () => void; creatorId: number | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clients = useClients();
  const { saveAmbassador, saveClient } = useWorkActions();
  const preset = useCreator(creatorId ?? 0, creatorId !== null);
  const [creator, setCreator] = useState<PickedCreator[]>([]);
  const chosen = creator.length > 0 ? creator : preset.data ? [{ id: preset.data.id, name: preset.data.name }] : [];
  const [clientId, setClientId] = useState<string | null>(null);
  const [newClient, setNewClient] = useState('');
  const [startedOn, setStartedOn] = useState(localToday());
  const [cadenceDays, setCadenceDays] = useState(30);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      let client = clientId ? Number(clientId) : null;
      if (client === null) {
        // Remember the new client at once, so a retry after a refused promotion does not create it twice.
        client = (await saveClient.mutateAsync({ client: { name: newClient.trim(), contactName: '', email: '', notes: '' } })).id;
        setClientId(String(client));
        setNewClient('');
      }
      const saved = await saveAmbassador.mutateAsync({ ambassador: { creatorId: chosen[0]!.id, clientId: client, startedOn, cadenceDays, status: 'active', incentives: [], notes: '' } });
      notifications.show({ color: 'green', message: t('ambassadors.promoted', { name: saved.creatorName }) });
      onClose();
      void navigate(`/ambassadors/${saved.id}`);
    } catch (e) {
      setError(apiErrorText(t, e));
    }
  };
  const ready = chosen.length > 0 && (clientId !== null || newClient.trim() !== '');
  return (
    <Modal opened={opened} onClose={onClose} title={t('ambassadors.add')} size="lg">
      {/* A form, so Enter in any of its fields promotes, as the button does. */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !saveAmbassador.isPending) void submit();
        }}
      >
      <Stack>
        <CreatorPicker multiple={false} picked={chosen} onChange={setCreator} />
        {chosen[0] && <Text size="sm">{t('ambassadors.chosen', { name: chosen[0].name })}</Text>}
        <Group align="flex-end" grow>
          <Select label={t('ambassadors.client')} clearable data={(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))} value={clientId} onChange={setClientId} />
          {!clientId && <TextInput label={t('ambassadors.newClient')} value={newClient} onChange={(e) => setNewClient(e.currentTarget.value)} />}
        </Group>
        <Group grow>
          <DateField label={t('ambassadors.startedOn')} value={startedOn} onChange={(v) => setStartedOn(v ?? '')} />
          <TypedNumberInput label={t('ambassadors.cadence')} description={t('ambassadors.cadenceHelp')} min={1} max={365} allowDecimal={false} whenEmpty={30} value={cadenceDays} onChange={(days) => setCadenceDays(Math.round(days))} />
        </Group>
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Button type="submit" disabled={!ready} loading={saveAmbassador.isPending}>
          {t('ambassadors.promote')}
        </Button>
      </Stack>
      </form>
    </Modal>
  );
}
