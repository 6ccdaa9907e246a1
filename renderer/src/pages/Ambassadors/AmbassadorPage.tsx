import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dueState } from '@shared/campaigns/reminders';
import { Link, useNavigate, useParams } from 'react-router';
import { ambassadorStatuses, perkTypes, type Ambassador, type Incentive } from '@shared/domain/ambassadors';
import { useAmbassador, useWorkActions } from '../../api/use-campaigns';
import { MoneyInput } from '../../components/MoneyInput';
import { FieldProblemsScope, useFieldProblemsScope } from '../../components/field-problems';
import { ConfirmButton } from '../../components/ConfirmButton';
import { QueryState } from '../../components/QueryState';
import { apiErrorText } from '../../lib/api-error-text';
import { localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { stageColor } from '../Campaigns/stage-colors';
import { PercentInput, TypedNumberInput } from '../../components/TypedNumberInput';
import { DateField } from '../../components/DateField';
import { rebase } from '../../lib/rebase';
import { useLeaveGuard } from '../../lib/use-leave-guard';

export function AmbassadorPage() {
  const { id } = useParams();
  const ambassador = useAmbassador(Number(id));
  return <QueryState query={ambassador}>{(a) => <AmbassadorView ambassador={a} />}</QueryState>;
}

function AmbassadorView({ ambassador: a }: { ambassador: Ambassador }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const navigate = useNavigate();
  const { deleteAmbassador, deleteAmbassadorEntry } = useWorkActions();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const state = a.nextCheckIn === null ? null : dueState(a.nextCheckIn, localToday());

  // The relationship's timeline: check-ins, perks and campaigns together, newest first.
  const timeline = [
    ...a.log.map((l) => ({ key: `log-${l.id}`, date: l.onDate, entry: l, campaign: null })),
    ...a.campaigns.map((c) => ({ key: `campaign-${c.partnershipId}`, date: c.startDate, entry: null, campaign: c })),
  ].sort((x, y) => y.date.localeCompare(x.date));

  return (
    <Stack>
      <Anchor component={Link} to="/ambassadors" size="sm">
        ← {t('ambassadors.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2}>{a.creatorName}</Title>
            <Badge>{t(`ambassadors.statuses.${a.status}`)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('ambassadors.for', { client: a.clientName, date: prefs.date(a.startedOn) })} · {t('ambassadors.everyDays', { count: a.cadenceDays })}
          </Text>
          <Anchor component={Link} to={`/creators/${a.creatorId}`} size="sm">
            {t('partnership.openCreator')}
          </Anchor>
        </Stack>
        <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
          {t('ambassadors.delete')}
        </Button>
      </Group>
      {confirmDelete && (
        <Group gap="xs" role="alertdialog" aria-label={t('ambassadors.delete')}>
          <Text size="sm">{t('ambassadors.deleteConfirm', { name: a.creatorName })}</Text>
          <Button size="xs" color="red" onClick={() => deleteAmbassador.mutate({ id: a.id }, { onSuccess: () => void navigate('/ambassadors'), onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })}>
            {t('ambassadors.deleteYes')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setConfirmDelete(false)}>
            {t('campaigns.cancel')}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder padding="sm" data-testid="next-check-in">
          <Text size="xs" c="dimmed">
            {t('ambassadors.columns.nextCheckIn')}
          </Text>
          <Group gap={6}>
            <Text fw={600}>{a.nextCheckIn ? prefs.date(a.nextCheckIn) : '–'}</Text>
            {a.nextCheckIn && state !== null && (
              <Badge size="sm" color={state === 'overdue' ? 'red' : state === 'due' ? 'orange' : 'yellow'}>
                {t(`ambassadors.checkInStates.${state}`)}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {a.lastCheckIn ? t('ambassadors.lastWas', { date: prefs.date(a.lastCheckIn) }) : t('ambassadors.noCheckInYet')}
          </Text>
        </Card>
        <Card withBorder padding="sm" data-testid="lifetime-spend">
          <Text size="xs" c="dimmed">
            {t('ambassadors.columns.lifetimeSpend')}
          </Text>
          <Text fw={600}>{a.lifetimeSpend.length === 0 ? prefs.money(0) : a.lifetimeSpend.map((m) => prefs.money(m.amount, m.currency)).join(' + ')}</Text>
          <Text size="xs" c="dimmed">
            {t('ambassadors.spendExplain', { count: a.campaigns.length })}
          </Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {t('ambassadors.columns.perks')}
          </Text>
          <Text fw={600}>{a.perkCount}</Text>
        </Card>
      </SimpleGrid>
      <LogForms ambassador={a} />
      <Title order={3} size="h4">
        {t('ambassadors.timeline')}
      </Title>
      {timeline.length === 0 ? (
        <Text c="dimmed">{t('ambassadors.timelineEmpty')}</Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} data-testid="ambassador-timeline">
          {timeline.map((item) =>
            item.entry ? (
              <Timeline.Item
                key={item.key}
                title={
                  <Group gap="xs">
                    <Text size="sm" fw={500}>
                      {item.entry.kind === 'checkIn' ? t('ambassadors.checkIn') : t(`ambassadors.perkTypes.${item.entry.perkType}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {prefs.date(item.date)}
                      {item.entry.value && ` · ${prefs.money(item.entry.value.amount, item.entry.value.currency)}`}
                    </Text>
                    <ConfirmButton size="compact-xs" question={t('ambassadors.deleteEntryConfirm')} onConfirm={() => deleteAmbassadorEntry.mutate({ id: a.id, entryId: item.entry!.id }, { onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })}>
                      {t('ambassadors.deleteEntry')}
                    </ConfirmButton>
                  </Group>
                }
              >
                {item.entry.note && <Text size="sm">{item.entry.note}</Text>}
              </Timeline.Item>
            ) : (
              <Timeline.Item key={item.key} title={<Anchor component={Link} to={`/campaigns/${item.campaign!.campaignId}/partnerships/${item.campaign!.partnershipId}`} size="sm">{item.campaign!.campaignName}</Anchor>}>
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {prefs.date(item.date)}
                  </Text>
                  <Badge size="xs" color={stageColor[item.campaign!.stage]}>
                    {t(`campaigns.stages.${item.campaign!.stage}`)}
                  </Badge>
                  <Text size="xs">{t('ambassadors.spent', { amount: prefs.money(item.campaign!.spent.amount, item.campaign!.spent.currency) })}</Text>
                </Group>
              </Timeline.Item>
            ),
          )}
        </Timeline>
      )}
      {/* Kept mounted while the ambassador is refetched (a check-in logged): typed edits stay. */}
      <ProgrammeForm key={a.id} ambassador={a} />
    </Stack>
  );
}

/** Log a check-in (the next one is scheduled from it) or a perk given. */
function LogForms({ ambassador: a }: { ambassador: Ambassador }) {
  const { t } = useTranslation();
  const { logAmbassador } = useWorkActions();
  const [kind, setKind] = useState<'checkIn' | 'perk'>('checkIn');
  const [onDate, setOnDate] = useState(localToday());
  const [note, setNote] = useState('');
  const [perkType, setPerkType] = useState<(typeof perkTypes)[number]>('productAccess');
  const [value, setValue] = useState<number | null>(null);
  // A check-in or perk described (or valued) but not logged is asked about before leaving.
  const leaveGuard = useLeaveGuard(note.trim() !== '' || value !== null);
  const [error, setError] = useState<string | null>(null);
  const prefs = usePreferences();
  const fieldProblems = useFieldProblemsScope();
  const submit = () => {
    if (fieldProblems.any) return setError(t('app.fieldProblems'));
    logAmbassador.mutate(
      { id: a.id, entry: kind === 'checkIn' ? { kind, onDate, note } : { kind, onDate, note, perkType, value } },
      {
        onSuccess: (saved) => {
          setNote('');
          setValue(null);
          setError(null);
          notifications.show({ color: 'green', message: kind === 'checkIn' && saved.nextCheckIn ? t('ambassadors.checkInLogged', { date: prefs.date(saved.nextCheckIn) }) : t('ambassadors.perkLogged') });
        },
        onError: (e) => setError(apiErrorText(t, e)),
      },
    );
  };
  return (
    <Card withBorder padding="sm" component="form" aria-label={t('ambassadors.logTitle')} onSubmit={(e: React.FormEvent) => { e.preventDefault(); submit(); }}>
      {leaveGuard.prompt}
      <FieldProblemsScope value={fieldProblems}>
      <Stack gap="xs">
        <SegmentedControl w="fit-content" value={kind} onChange={(v) => setKind(v as 'checkIn' | 'perk')} data={[{ value: 'checkIn', label: t('ambassadors.logCheckIn') }, { value: 'perk', label: t('ambassadors.logPerk') }]} />
        <Group align="flex-end">
          <DateField label={t('ambassadors.date')} value={onDate} maxDate={localToday()} onChange={(v) => setOnDate(v ?? '')} />
          {kind === 'perk' && (
            <>
              <Select w={200} label={t('ambassadors.perkType')} data={perkTypes.map((p) => ({ value: p, label: t(`ambassadors.perkTypes.${p}`) }))} value={perkType} allowDeselect={false} onChange={(v) => v && setPerkType(v as typeof perkType)} />
              <MoneyInput label={t('ambassadors.perkValue')} currency={prefs.settings.currency} value={value} onChange={setValue} />
            </>
          )}
        </Group>
        <Textarea label={kind === 'checkIn' ? t('ambassadors.checkInNote') : t('ambassadors.perkNote')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {error && (
          <Alert color="red" p="xs">
            {error}
          </Alert>
        )}
        <Button type="submit" w="fit-content" loading={logAmbassador.isPending}>
          {kind === 'checkIn' ? t('ambassadors.saveCheckIn') : t('ambassadors.savePerk')}
        </Button>
      </Stack>
      </FieldProblemsScope>
    </Card>
  );
}

/** The programme's agreement: status, cadence, performance incentives and notes. */
function ProgrammeForm({ ambassador: a }: { ambassador: Ambassador }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const { saveAmbassador } = useWorkActions();
  const [status, setStatus] = useState(a.status);
  const [cadenceDays, setCadenceDays] = useState(a.cadenceDays);
  const [incentives, setIncentives] = useState<Incentive[]>(a.incentives);
  const [notes, setNotes] = useState(a.notes);
  /**
   * The saved programme the form's values started from, and when it was saved: what "unsaved"
   * is measured against, and the version a save may overwrite (another tab's save since is refused).
   */
  const [base, setBase] = useState(() => ({ status: a.status, cadenceDays: a.cadenceDays, incentives: a.incentives, notes: a.notes, updatedAt: a.updatedAt }));
  // A programme saved since (another window) is taken in over the fields not being edited; a
  // field both changed is left for the save to refuse.
  if (a.updatedAt !== base.updatedAt) {
    const theirs = { status: a.status, cadenceDays: a.cadenceDays, incentives: a.incentives, notes: a.notes, updatedAt: a.updatedAt };
    const merged = rebase(base, { status, cadenceDays, incentives, notes, updatedAt: base.updatedAt }, theirs);
    if (merged) {
      setBase(theirs);
      setStatus(merged.status);
      setCadenceDays(merged.cadenceDays);
      setIncentives(merged.incentives);
      setNotes(merged.notes);
    }
  }
  const fieldProblems = useFieldProblemsScope();
  const save = () => {
    if (fieldProblems.any) return void notifications.show({ color: 'red', message: t('app.fieldProblems') });
    saveAmbassador.mutate(
      { id: a.id, ambassador: { creatorId: a.creatorId, clientId: a.clientId, startedOn: a.startedOn, cadenceDays, status, incentives, notes }, expectedUpdatedAt: base.updatedAt },
      {
        onSuccess: (saved) => {
          setBase({ status: saved.status, cadenceDays: saved.cadenceDays, incentives: saved.incentives, notes: saved.notes, updatedAt: saved.updatedAt });
          notifications.show({ color: 'green', message: t('ambassadors.saved') });
        },
        onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }),
      },
    );
  };
  const setIncentive = (i: number, next: Incentive) => setIncentives((list) => list.map((x, j) => (j === i ? next : x)));
  // The programme differs from the one it started from: ask before leaving it.
  const dirty = status !== base.status || cadenceDays !== base.cadenceDays || notes !== base.notes || JSON.stringify(incentives) !== JSON.stringify(base.incentives);
  const leaveGuard = useLeaveGuard(dirty);
  // A row just added takes focus at its first field, so the keyboard goes on where the user meant to type.
  const newRowField = useRef<HTMLInputElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (added.current) newRowField.current?.focus();
    added.current = false;
  }, [incentives.length]);
  return (
    <FieldProblemsScope value={fieldProblems}>
    {leaveGuard.prompt}
    <Card withBorder padding="sm" component="section" aria-label={t('ambassadors.programme')}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('ambassadors.programme')}
        </Title>
        <Group>
          <Select label={t('ambassadors.columns.status')} data={ambassadorStatuses.map((s) => ({ value: s, label: t(`ambassadors.statuses.${s}`) }))} value={status} allowDeselect={false} onChange={(v) => v && setStatus(v as typeof status)} />
          <TypedNumberInput label={t('ambassadors.cadence')} min={1} max={365} allowDecimal={false} whenEmpty={30} value={cadenceDays} onChange={(days) => setCadenceDays(Math.round(days))} />
        </Group>
        <Text size="sm" fw={500}>
          {t('ambassadors.incentives')}
        </Text>
        {incentives.length > 0 && (
          <Table>
            <Table.Tbody>
              {incentives.map((inc, i) => (
                <Table.Tr key={i} style={{ verticalAlign: 'bottom' }}>
                  <Table.Td>
                    <TextInput ref={i === incentives.length - 1 ? newRowField : undefined} label={t('ambassadors.threshold')} placeholder={t('ambassadors.thresholdExample')} value={inc.threshold} onChange={(e) => setIncentive(i, { ...inc, threshold: e.currentTarget.value })} />
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl size="xs" aria-label={t('ambassadors.rewardKind', { n: i + 1 })} value={inc.reward.type} data={[{ value: 'commissionPercent', label: t('ambassadors.rewardPercent') }, { value: 'bonus', label: t('ambassadors.rewardBonus') }]}
                      onChange={(v) => setIncentive(i, { ...inc, reward: v === 'bonus' ? { type: 'bonus', amount: 10_000, currency: prefs.settings.currency } : { type: 'commissionPercent', percent: 10 } })} />
                  </Table.Td>
                  <Table.Td>
                    {inc.reward.type === 'bonus' ? (
                      <MoneyInput label={t('ambassadors.rewardBonus')} currency={inc.reward.currency} value={inc.reward.amount} onChange={(v) => setIncentive(i, { ...inc, reward: { type: 'bonus', amount: v ?? 0, currency: inc.reward.type === 'bonus' ? inc.reward.currency : prefs.settings.currency } })} />
                    ) : (
                      <PercentInput label={t('ambassadors.rewardPercent')} value={inc.reward.percent} onChange={(percent) => setIncentive(i, { ...inc, reward: { type: 'commissionPercent', percent } })} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('ambassadors.removeIncentive')} onClick={() => setIncentives((list) => list.filter((_, j) => j !== i))}>
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Button size="xs" variant="light" w="fit-content" onClick={() => {
          added.current = true;
          setIncentives((list) => [...list, { threshold: '', reward: { type: 'commissionPercent', percent: 10 } }]);
        }}>
          {t('ambassadors.addIncentive')}
        </Button>
        <Textarea label={t('ambassadors.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Button w="fit-content" onClick={save} loading={saveAmbassador.isPending}>
          {t('ambassadors.saveProgramme')}
        </Button>
      </Stack>
    </Card>
    </FieldProblemsScope>
  );
}
