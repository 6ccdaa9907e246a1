import { Anchor, Button, Group, Radio, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { BenchmarksView } from '@shared/api';
import { recommendPlatforms } from '@shared/calc/platform-recommendation';
import { defaultPlatformAnswers, type PlatformAdvice, type PlatformAnswers } from '@shared/domain/platform-advice';
import { useBenchmarks } from '../../api/use-benchmarks';
import { useAdvice, useSaveAdvice } from '../../api/use-wizard';
import { QueryState } from '../../components/QueryState';
import { useLeaveGuard } from '../../lib/use-leave-guard';
import { PrintButton } from '../PlanEditor/PrintButton';
import { RecommendationView } from './RecommendationView';
import { optionOf, planUrlFor, wizardSteps, withOption } from './wizard-steps';

export function WizardPage() {
  const { id } = useParams();
  const adviceId = id ? Number(id) : null;
  const advice = useAdvice(adviceId);
  const benchmarks = useBenchmarks();
  if (adviceId === null) return <QueryState query={benchmarks}>{(view) => <Wizard view={view} saved={null} />}</QueryState>;
  return <QueryState query={benchmarks}>{(view) => <QueryState query={advice}>{(saved) => <Wizard key={saved.id} view={view} saved={saved} />}</QueryState>}</QueryState>;
}

/** The advice as the user can change it, comparable as a string; ticks in any order are the same ticks. */
function adviceState(name: string, answers: PlatformAnswers, checked: readonly string[]): string {
  return JSON.stringify({ name, answers, checked: [...checked].sort() });
}

/** One question per step with why it matters; back and forward keep the answers; every step can be skipped. */
function Wizard({ view, saved }: { view: BenchmarksView; saved: PlatformAdvice | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveAdvice();
  const [step, setStep] = useState(saved ? wizardSteps.length : 0);
  const [answers, setAnswers] = useState<PlatformAnswers>(saved?.answers ?? defaultPlatformAnswers);
  const [name, setName] = useState(saved?.name ?? '');
  const [checked, setChecked] = useState<string[]>(saved?.checked ?? []);
  const recommendation = useMemo(() => recommendPlatforms(view, answers), [view, answers]);
  // What is saved (or, for new advice, the untouched defaults): anything else would be lost on leaving.
  const [baseline, setBaseline] = useState(() => adviceState(saved?.name ?? '', saved?.answers ?? defaultPlatformAnswers, saved?.checked ?? []));
  const dirty = adviceState(name, answers, checked) !== baseline;
  const leaveGuard = useLeaveGuard(dirty);
  const last = wizardSteps.length;

  const split = Object.fromEntries(recommendation.ranking.map((r) => [r.platform, r.budgetPercent])) as Record<'instagram' | 'tiktok' | 'youtube', number>;
  const submit = () =>
    save.mutate(
      { ...(saved ? { id: saved.id } : {}), advice: { name, answers, checked } },
      {
        onSuccess: (advice) => {
          notifications.show({ color: 'green', message: t('wizard.savedNote') });
          setBaseline(adviceState(name, answers, checked));
          if (!saved) void navigate(`/wizard/${advice.id}`, { replace: true });
        },
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    );

  return (
    <Stack>
      {leaveGuard.prompt}
      <Anchor component={Link} to="/wizard" size="sm">
        ← {t('wizard.saved')}
      </Anchor>
      <Title order={2}>{t('wizard.title')}</Title>
      <Stepper active={step} onStepClick={setStep} size="xs" allowNextStepsSelect>
        {wizardSteps.map((s) => (
          <Stepper.Step key={s.key} label={t(`wizard.questions.${s.key}.label`)}>
            <Stack maw={640} mt="md">
              <Radio.Group
                label={t(`wizard.questions.${s.key}.label`)}
                description={t(`wizard.questions.${s.key}.why`)}
                value={optionOf(answers, s.key)}
                onChange={(v) => setAnswers(withOption(answers, s.key, v))}
              >
                <Stack gap="xs" mt="xs">
                  {s.options.map((o) => (
                    <Radio key={o} value={o} label={t(`wizard.questions.${s.key}.${o}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            </Stack>
          </Stepper.Step>
        ))}
        <Stepper.Completed>
          <Stack mt="md">
            <RecommendationView
              recommendation={recommendation}
              dataSet={view}
              checked={checked}
              onCheck={(code, on) => setChecked((c) => (on ? [...c, code] : c.filter((x) => x !== code)))}
            />
            <Group align="flex-end">
              <TextInput w={320} label={t('wizard.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
              <Button onClick={submit} loading={save.isPending} disabled={!name.trim()}>
                {t('wizard.save')}
              </Button>
              <Button variant="light" onClick={() => leaveGuard.navigate(planUrlFor(name || t('wizard.title'), split))}>
                {t('wizard.createPlan')}
              </Button>
              {saved && <PrintButton target={{ kind: 'advice', id: saved.id }} name={saved.name} disabled={false} label={t('wizard.print')} />}
              {saved && (
                <Button variant="light" component={Link} to={`/campaigns/new?advice=${saved.id}`}>
                  {t('wizard.createCampaign')}
                </Button>
              )}
            </Group>
          </Stack>
        </Stepper.Completed>
      </Stepper>
      {step < last && (
        <Group>
          <Button variant="default" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
            {t('wizard.back')}
          </Button>
          <Button onClick={() => setStep((s) => s + 1)}>{t('wizard.next')}</Button>
          <Button variant="subtle" onClick={() => setStep((s) => s + 1)}>
            {t('wizard.skip')}
          </Button>
          <Text size="xs" c="dimmed">
            {step + 1} / {last}
          </Text>
        </Group>
      )}
      {step === last && (
        <Group>
          <Button variant="default" onClick={() => setStep(last - 1)}>
            {t('wizard.back')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
