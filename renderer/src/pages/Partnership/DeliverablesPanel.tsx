import { Badge, Button, Card, CopyButton, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, nextDeliverableStatuses, type DeliverableStatus } from '@shared/campaigns/deliverable-workflow';
import { platformDeliverables } from '@shared/calc/pricing';
import { platforms, type Platform } from '@shared/calc/tiers';
import type { DeliverableInput, DeliverableView, PartnershipDetail } from '@shared/domain/campaigns';
import { useWorkActions } from '../../api/use-campaigns';
import { ConfirmButton } from '../../components/ConfirmButton';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';
import { addDays, localDateOf, localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { deliverableColor } from '../Campaigns/stage-colors';
import { DateField } from '../../components/DateField';
import { deliverableName } from '../../lib/deliverable-name';

/** Deliverables with their approval workflow: draft in, changes requested (with comments), approved, published with its URL. */
export function DeliverablesPanel({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const today = localToday();
  const accountPlatforms = partnership.handles.map((h) => h.platform);
  return (
    <Stack component="section" aria-label={t('partnership.deliverables.title')}>
      {partnership.deliverables.length === 0 && <Text c="dimmed">{t('partnership.deliverables.empty')}</Text>}
      {partnership.deliverables.map((d) => (
        <DeliverableCard key={d.id} deliverable={d} partnership={partnership} today={today} />
      ))}
      <NewDeliverable partnershipId={partnership.id} defaultPlatform={accountPlatforms[0] ?? 'instagram'} />
    </Stack>
  );
}

function DeliverableCard({ deliverable: d, partnership, today }: { deliverable: DeliverableView; partnership: PartnershipDetail; today: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const { transitionDeliverable, deleteDeliverable, saveDeliverable } = useWorkActions();
  const [pending, setPending] = useState<DeliverableStatus | null>(null);
  const [editing, setEditing] = useState<{ dueDate: string; description: string } | null>(null);
  const [comment, setComment] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const overdue = isOverdue(d.dueDate, d.status, today);
  const label = `${deliverableName(t, d.type, d.platform)} · ${t(`platforms.${d.platform}`)}`;
  const comments = partnership.history.filter((h) => h.deliverableId === d.id && h.to === 'changesRequested' && h.note);
  // Revision rounds used against the rounds agreed in the terms.
  const rounds = partnership.history.filter((h) => h.deliverableId === d.id && h.to === 'changesRequested').length;
  const agreedRounds = partnership.terms.revisionRounds;
  const saveEdit = () =>
    editing &&
    saveDeliverable.mutate(
      { partnershipId: partnership.id, id: d.id, deliverable: { type: d.type, platform: d.platform, dueDate: editing.dueDate, description: editing.description } },
      { onSuccess: () => setEditing(null), onError: (e) => setError(Object.values(fieldErrors(t, e, 'deliverable.'))[0] ?? apiErrorText(t, e)) },
    );

  const step = (to: DeliverableStatus) => {
    if ((to === 'changesRequested' || to === 'published') && pending !== to) {
      setPending(to);
      return;
    }
    transitionDeliverable.mutate(
      { id: d.id, to, comment, url },
      {
        onSuccess: () => {
          setPending(null);
          setComment('');
          setUrl('');
          setError(null);
          notifications.show({ message: t('partnership.deliverables.moved', { name: label, status: t(`partnership.deliverables.statuses.${to}`) }) });
        },
        onError: (e) => setError(Object.values(fieldErrors(t, e))[0] ?? apiErrorText(t, e)),
      },
    );
  };

  return (
    <Card withBorder padding="sm" data-testid={`deliverable-${d.id}`} aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{label}</Text>
            <Badge color={deliverableColor[d.status]}>{t(`partnership.deliverables.statuses.${d.status}`)}</Badge>
            {overdue && (
              <Badge color="red" variant="filled">
                {t('partnership.deliverables.overdue')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c={overdue ? 'red' : 'dimmed'}>
            {t('partnership.deliverables.due', { date: prefs.date(d.dueDate) })}
          </Text>
        </Group>
        {editing ? (
          <Group align="flex-end">
            <DateField label={t('partnership.deliverables.dueDate')} value={editing.dueDate} onChange={(v) => setEditing({ ...editing, dueDate: v ?? '' })} />
            <TextInput style={{ flex: 1 }} label={t('partnership.deliverables.description')} value={editing.description} onChange={(e) => setEditing({ ...editing, description: e.currentTarget.value })} />
            <Button size="xs" onClick={saveEdit} loading={saveDeliverable.isPending}>
              {t('partnership.deliverables.saveEdit')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setEditing(null)}>
              {t('campaigns.cancel')}
            </Button>
          </Group>
        ) : (
          d.description && <Text size="sm">{d.description}</Text>
        )}
        {rounds > 0 && (
          <Text size="xs" c={rounds > agreedRounds ? 'orange' : 'dimmed'} data-testid="revision-rounds">
            {t(rounds > agreedRounds ? 'partnership.deliverables.roundsOver' : 'partnership.deliverables.rounds', { count: rounds, agreed: agreedRounds })}
          </Text>
        )}
        {d.publishedUrl && (
          // Shown as text with a copy button: the desktop app opens no web pages itself.
          <Group gap="xs">
            <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="published-url">
              {d.publishedUrl}
            </Text>
            <CopyButton value={d.publishedUrl}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="subtle" onClick={copy}>
                  {copied ? t('partnership.deliverables.copied') : t('partnership.deliverables.copyUrl')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        {comments.map((c) => (
          <Text key={c.id} size="xs" c="dimmed">
            {t('partnership.deliverables.comment', { date: prefs.date(localDateOf(c.at)), actor: c.actor, note: c.note })}
          </Text>
        ))}
        {pending === 'changesRequested' && (
          <Textarea label={t('partnership.deliverables.changes')} autosize minRows={2} value={comment} error={error} onChange={(e) => setComment(e.currentTarget.value)} />
        )}
        {pending === 'published' && <TextInput label={t('partnership.deliverables.url')} placeholder="https://" value={url} error={error} onChange={(e) => setUrl(e.currentTarget.value)} />}
        {error && !pending && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group gap="xs">
          {nextDeliverableStatuses(d.status).map((to) => (
            <Button key={to} size="xs" variant={pending === to ? 'filled' : 'light'} color={to === 'changesRequested' ? 'orange' : undefined} loading={transitionDeliverable.isPending && pending === to} onClick={() => step(to)}>
              {t(`partnership.deliverables.actions.${to}`)}
            </Button>
          ))}
          {pending && (
            <Button size="xs" variant="subtle" onClick={() => setPending(null)}>
              {t('campaigns.cancel')}
            </Button>
          )}
          {!editing && d.status !== 'published' && (
            <Button size="xs" variant="subtle" ml="auto" onClick={() => setEditing({ dueDate: d.dueDate, description: d.description })}>
              {t('partnership.deliverables.edit')}
            </Button>
          )}
          <ConfirmButton
            ml={editing || d.status === 'published' ? 'auto' : undefined}
            question={t('partnership.deliverables.deleteConfirm', { name: label })}
            loading={deleteDeliverable.isPending}
            onConfirm={() => deleteDeliverable.mutate({ id: d.id }, { onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })}
          >
            {t('partnership.deliverables.delete')}
          </ConfirmButton>
        </Group>
      </Stack>
    </Card>
  );
}

function NewDeliverable({ partnershipId, defaultPlatform }: { partnershipId: number; defaultPlatform: Platform }) {
  const { t } = useTranslation();
  const { saveDeliverable } = useWorkActions();
  const [value, setValue] = useState<DeliverableInput>({ type: 'post', platform: defaultPlatform, dueDate: addDays(localToday(), 14), description: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const types = platformDeliverables[value.platform];
  return (
    <Card withBorder padding="sm" component="form" aria-label={t('partnership.deliverables.add')}
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        saveDeliverable.mutate(
          { partnershipId, deliverable: value },
          { onSuccess: () => { setErrors({}); setValue((v) => ({ ...v, description: '' })); }, onError: (e) => setErrors(fieldErrors(t, e, 'deliverable.')) },
        );
      }}
    >
      <Group align="flex-end">
        <Select w={140} label={t('partnership.deliverables.platform')} data={platforms.map((p) => ({ value: p, label: t(`platforms.${p}`) }))} value={value.platform} allowDeselect={false}
          onChange={(v) => v && setValue((x) => ({ ...x, platform: v as Platform, type: platformDeliverables[v as Platform].includes(x.type) ? x.type : platformDeliverables[v as Platform][0]! }))} />
        <Select w={140} label={t('partnership.deliverables.type')} data={types.map((d) => ({ value: d, label: deliverableName(t, d, value.platform) }))} value={value.type} allowDeselect={false} onChange={(v) => v && setValue((x) => ({ ...x, type: v as DeliverableInput['type'] }))} />
        <DateField label={t('partnership.deliverables.dueDate')} value={value.dueDate} error={errors.dueDate} onChange={(v) => setValue((x) => ({ ...x, dueDate: v ?? '' }))} />
        <TextInput style={{ flex: 1 }} label={t('partnership.deliverables.description')} value={value.description} error={errors.description} onChange={(e) => { const v = e.currentTarget.value; setValue((x) => ({ ...x, description: v })); }} />
        <Button type="submit" loading={saveDeliverable.isPending}>
          {t('partnership.deliverables.add')}
        </Button>
      </Group>
    </Card>
  );
}
