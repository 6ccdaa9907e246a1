import { Anchor, Button, Checkbox, Group, Select, SimpleGrid, Stack, Switch, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { platforms } from '@shared/calc/tiers';
import { campaignGoals, campaignStatuses, type Campaign, type Client } from '@shared/domain/campaigns';
import { currencyCodes } from '@shared/domain/settings';
import { currencyDecimals } from '@shared/format';
import { useCampaign, useClients, useWorkActions } from '../../api/use-campaigns';
import { usePlan, usePlans } from '../../api/use-plans';
import { useAdvice, useAdviceList } from '../../api/use-wizard';
import { MoneyInput } from '../../components/MoneyInput';
import { QueryState } from '../../components/QueryState';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';
import { localToday } from '../../lib/dates';
import { useSettings } from '../../api/use-settings';
import { blankCampaign, fromAdvice, fromCampaign, fromPlan, validateCampaign, type CampaignFormValues } from './campaign-form-values';
import { DateField } from '../../components/DateField';
import { FieldProblemsScope, useFieldProblemsScope } from '../../components/field-problems';
import { usePreferences } from '../../preferences/preferences';
import type { Plan } from '@shared/api/plans.contract';

export function NewCampaignPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const planId = params.get('plan') ? Number(params.get('plan')) : null;
  const adviceId = params.get('advice') ? Number(params.get('advice')) : null;
  const plan = usePlan(planId);
  const advice = useAdvice(adviceId);
  const clients = useClients();
  // The form starts in the workspace currency: it waits for the settings (opened at its address,
  // it would otherwise start in the default currency, and keep it).
  const settings = useSettings();
  const prefs = usePreferences();
  /** Where a pilot's budget came from: the plan's pilot phase, with the whole budget for the campaign after it. */
  const pilotNote = (p: Plan) => (p.inputs.pilot ? t('campaigns.form.pilotFromPlan', { share: prefs.percent(p.inputs.pilot.share), weeks: p.inputs.pilot.weeks, budget: prefs.money(p.budget.amount, p.budget.currency) }) : undefined);
  if (adviceId !== null) {
    return (
      <QueryState query={clients}>
        {(list) => <QueryState query={settings}>{(s) => <QueryState query={advice}>{(a) => <CampaignForm clients={list} initial={fromAdvice(a, s.currency, localToday())} campaign={null} />}</QueryState>}</QueryState>}
      </QueryState>
    );
  }
  if (planId === null) return <QueryState query={clients}>{(list) => <QueryState query={settings}>{(s) => <CampaignForm clients={list} initial={blankCampaign(s.currency, localToday())} campaign={null} />}</QueryState>}</QueryState>;
  return (
    <QueryState query={clients}>
      {(list) => <QueryState query={plan}>{(p) => <CampaignForm clients={list} initial={fromPlan(p, list, localToday())} campaign={null} budgetNote={pilotNote(p)} />}</QueryState>}
    </QueryState>
  );
}

export function EditCampaignPage() {
  const { id } = useParams();
  const campaign = useCampaign(Number(id), { fresh: true });
  const clients = useClients();
  return (
    <QueryState query={clients}>
      {(list) => (
        <QueryState query={campaign} fresh>
          {(c) => <CampaignForm key={c.id} clients={list} initial={fromCampaign(c)} campaign={c} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function CampaignForm({ clients, initial, campaign, budgetNote }: { clients: Client[]; initial: CampaignFormValues; campaign: Campaign | null; budgetNote?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useWorkActions();
  const plans = usePlans({ includeArchived: true, sort: 'updated', direction: 'desc' });
  const advice = useAdviceList();
  const [values, setValues] = useState(initial);
  // The version the form was filled from: a save over a change made since (another tab) is refused.
  const [openedAt] = useState(campaign?.updatedAt);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newClient, setNewClient] = useState(initial.clientId === null && initial.newClientName !== '');
  const set = (patch: Partial<CampaignFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A field the user changed no longer shows what was wrong with its old value.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field.split('.')[0]! in patch))));
  };
  const busy = actions.saveCampaign.isPending || actions.saveClient.isPending;
  const fieldProblems = useFieldProblemsScope();

  const submit = async () => {
    if (fieldProblems.any) {
      notifications.show({ color: 'red', message: t('app.fieldProblems') });
      return;
    }
    const problems = validateCampaign({ ...values, clientId: newClient ? null : values.clientId, newClientName: newClient ? values.newClientName : '' }, t);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    let clientId = values.clientId;
    if (newClient) {
      // A new client is created in its own step: it is useful even if the campaign is not saved.
      try {
        clientId = (await actions.saveClient.mutateAsync({ client: { name: values.newClientName.trim(), contactName: '', email: '', notes: '' } })).id;
        set({ clientId, newClientName: '' });
        setNewClient(false);
      } catch (error) {
        setErrors({ clientId: apiErrorText(t, error) });
        return;
      }
    }
    try {
      const { newClientName: _unused, ...input } = values;
      const saved = await actions.saveCampaign.mutateAsync({ ...(campaign ? { id: campaign.id, expectedUpdatedAt: openedAt } : {}), campaign: { ...input, clientId: clientId! } });
      notifications.show({ color: 'green', message: t('campaigns.form.saved', { name: saved.name }) });
      // Back from the saved campaign goes where the user came from, not into the form again.
      void navigate(`/campaigns/${saved.id}`, { replace: true });
    } catch (error) {
      setErrors(fieldErrors(t, error, 'campaign.'));
      notifications.show({ color: 'red', message: apiErrorText(t, error) });
    }
  };

  return (
    <Stack maw={900}>
      <Anchor component={Link} to={campaign ? `/campaigns/${campaign.id}` : '/campaigns'} size="sm">
        ← {campaign ? campaign.name : t('campaigns.title')}
      </Anchor>
      <Title order={2}>{campaign ? t('campaigns.form.editTitle') : t('campaigns.form.newTitle')}</Title>
      <FieldProblemsScope value={fieldProblems}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput label={t('campaigns.form.name')} withAsterisk value={values.name} error={errors.name} onChange={(e) => set({ name: e.currentTarget.value })} />
          <Group align="flex-end">
            {newClient ? (
              <TextInput w={320} label={t('campaigns.form.newClient')} withAsterisk value={values.newClientName} error={errors.clientId} onChange={(e) => set({ newClientName: e.currentTarget.value })} />
            ) : (
              <Select
                w={320}
                label={t('campaigns.form.client')}
                withAsterisk
                searchable
                data={clients.map((c) => ({ value: String(c.id), label: c.name }))}
                value={values.clientId === null ? null : String(values.clientId)}
                error={errors.clientId}
                onChange={(v) => set({ clientId: v ? Number(v) : null })}
              />
            )}
            <Button variant="subtle" onClick={() => setNewClient((n) => !n)}>
              {newClient ? t('campaigns.form.pickClient') : t('campaigns.form.addClient')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('campaigns.form.goal')} data={campaignGoals.map((g) => ({ value: g, label: t(`campaigns.goals.${g}`) }))} value={values.goal} allowDeselect={false} onChange={(v) => v && set({ goal: v as CampaignFormValues['goal'] })} />
            <DateField label={t('campaigns.form.startDate')} withAsterisk value={values.startDate} error={errors.startDate} onChange={(v) => set({ startDate: v ?? '' })} />
            <DateField label={t('campaigns.form.endDate')} clearable value={values.endDate} error={errors.endDate} onChange={(v) => set({ endDate: v })} />
          </SimpleGrid>
          <Group align="flex-start">
            <MoneyInput label={t('campaigns.form.budget')} description={budgetNote} currency={values.budget.currency} required value={values.budget.amount || null} error={errors['budget.amount']} onChange={(amount) => set({ budget: { ...values.budget, amount: amount ?? 0 } })} />
            <Select
              w={140}
              label={t('campaigns.form.currency')}
              searchable
              data={currencyCodes(values.budget.currency)}
              value={values.budget.currency}
              allowDeselect={false}
              error={errors['budget.currency']}
              // Minor units differ per currency (JPY has none): keep the amount the user sees, not the number of units.
              onChange={(v) => v && set({ budget: { currency: v, amount: Math.round(values.budget.amount * 10 ** (currencyDecimals(v) - currencyDecimals(values.budget.currency))) } })}
            />
            <Select label={t('campaigns.form.status')} data={campaignStatuses.map((s) => ({ value: s, label: t(`campaigns.statuses.${s}`) }))} value={values.status} allowDeselect={false} onChange={(v) => v && set({ status: v as CampaignFormValues['status'] })} />
          </Group>
          <Checkbox.Group label={t('campaigns.form.platforms')} withAsterisk value={values.platforms} error={errors.platforms} onChange={(v) => set({ platforms: v as CampaignFormValues['platforms'] })}>
            <Group mt="xs">
              {platforms.map((p) => (
                <Checkbox key={p} value={p} label={t(`platforms.${p}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group grow>
            <Select
              label={t('campaigns.form.plan')}
              clearable
              data={(plans.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
              value={values.planId === null ? null : String(values.planId)}
              onChange={(v) => set({ planId: v ? Number(v) : null })}
            />
            <Select
              label={t('campaigns.form.advice')}
              clearable
              data={(advice.data ?? []).map((a) => ({ value: String(a.id), label: a.name }))}
              value={values.adviceId === null ? null : String(values.adviceId)}
              onChange={(v) => set({ adviceId: v ? Number(v) : null })}
            />
          </Group>
          <Switch label={t('campaigns.form.pilot')} description={t('campaigns.form.pilotHelp')} checked={values.pilot} onChange={(e) => set({ pilot: e.currentTarget.checked })} />
          <Title order={3} size="h4">
            {t('campaigns.brief.title')}
          </Title>
          <Textarea description={t('campaigns.brief.help')} label={t('campaigns.brief.keyMessages')} autosize minRows={2} value={values.brief.keyMessages} onChange={(e) => set({ brief: { ...values.brief, keyMessages: e.currentTarget.value } })} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label={t('campaigns.brief.dos')} autosize minRows={3} value={values.brief.dos} onChange={(e) => set({ brief: { ...values.brief, dos: e.currentTarget.value } })} />
            <Textarea label={t('campaigns.brief.donts')} autosize minRows={3} value={values.brief.donts} onChange={(e) => set({ brief: { ...values.brief, donts: e.currentTarget.value } })} />
          </SimpleGrid>
          <Textarea label={t('campaigns.brief.guidelines')} autosize minRows={3} value={values.brief.guidelines} onChange={(e) => set({ brief: { ...values.brief, guidelines: e.currentTarget.value } })} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('campaigns.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      </FieldProblemsScope>
    </Stack>
  );
}
