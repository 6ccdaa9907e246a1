import { Button, Card, Group, Stack, Table, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ClientInput } from '@shared/domain/campaigns';
import { useClients, useWorkActions } from '../../api/use-campaigns';
import { ConfirmButton } from '../../components/ConfirmButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';

/** The brands campaigns and ambassador programmes are run for. */
export function ClientsPage() {
  const { t } = useTranslation();
  const clients = useClients();
  const { deleteClient } = useWorkActions();
  /** What keeps a client from being deleted, in words: "2 campaigns and 1 ambassador programme". */
  const blockers = (c: { campaignCount: number; ambassadorCount: number }) => {
    const parts = [
      ...(c.campaignCount > 0 ? [t('clients.campaignCount', { count: c.campaignCount })] : []),
      ...(c.ambassadorCount > 0 ? [t('clients.ambassadorCount', { count: c.ambassadorCount })] : []),
    ];
    return parts.length === 2 ? t('clients.and', { first: parts[0], second: parts[1] }) : parts[0]!;
  };
  const [editing, setEditing] = useState<Client | 'new' | null>(null);
  return (
    <Stack>
      <PageHeader title={t('clients.title')} intro={t('clients.intro')}>
        <Button onClick={() => setEditing('new')}>{t('clients.new')}</Button>
      </PageHeader>
      {editing !== null && <ClientEditor key={editing === 'new' ? 'new' : editing.id} client={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      <QueryState query={clients}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('clients.empty')}</Text>
          ) : (
            <Table withTableBorder striped data-testid="clients-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clients.name')}</Table.Th>
                  <Table.Th>{t('clients.contact')}</Table.Th>
                  <Table.Th>{t('clients.campaigns')}</Table.Th>
                  <Table.Th>{t('clients.ambassadors')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{[c.contactName, c.email].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td>{c.campaignCount}</Table.Td>
                    <Table.Td>{c.ambassadorCount}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="light" onClick={() => setEditing(c)}>
                          {t('clients.edit')}
                        </Button>
                        {c.campaignCount + c.ambassadorCount > 0 ? (
                          // Deleting would be refused: say why up front rather than ask first and refuse after.
                          <Tooltip label={t('clients.deleteBlocked', { name: c.name, what: blockers(c) })} multiline w={280}>
                            <Button size="xs" variant="light" color="red" data-disabled aria-disabled onClick={() => notifications.show({ color: 'orange', message: t('clients.deleteBlocked', { name: c.name, what: blockers(c) }) })}>
                              {t('clients.delete')}
                            </Button>
                          </Tooltip>
                        ) : (
                          <ConfirmButton question={t('clients.deleteConfirm', { name: c.name })} onConfirm={() => deleteClient.mutate({ id: c.id }, { onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })}>
                            {t('clients.delete')}
                          </ConfirmButton>
                        )}
                      </Group>
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

function ClientEditor({ client, onDone }: { client: Client | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { saveClient } = useWorkActions();
  const [value, setValue] = useState<ClientInput>(client ? { name: client.name, contactName: client.contactName, email: client.email, notes: client.notes } : { name: '', contactName: '', email: '', notes: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Card withBorder component="form" aria-label={t('clients.editor')}
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        saveClient.mutate({ ...(client ? { id: client.id } : {}), client: value }, { onSuccess: onDone, onError: (err) => setErrors(fieldErrors(t, err, 'client.')) });
      }}
    >
      <Stack gap="xs">
        <Group grow>
          <TextInput label={t('clients.name')} withAsterisk value={value.name} error={errors.name} onChange={(e) => setValue({ ...value, name: e.currentTarget.value })} />
          <TextInput label={t('clients.contactName')} value={value.contactName} onChange={(e) => setValue({ ...value, contactName: e.currentTarget.value })} />
          <TextInput label={t('clients.email')} value={value.email} error={errors.email} onChange={(e) => setValue({ ...value, email: e.currentTarget.value })} />
        </Group>
        <Textarea label={t('clients.notes')} autosize minRows={1} value={value.notes} onChange={(e) => setValue({ ...value, notes: e.currentTarget.value })} />
        <Group>
          <Button type="submit" loading={saveClient.isPending}>
            {t('clients.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('campaigns.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
