import { Anchor, Badge, Button, Grid, Group, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { BenchmarksView } from '@shared/api';
import type { Plan } from '@shared/api/plans.contract';
import { ApiError } from '@shared/api/contract';
import { numberFigure } from '@shared/calc/figures';
import { computePlan, planRate } from '@shared/plans/plan-allocation';
import { defaultPlanInputs, type PlanInputs } from '@shared/plans/plan-inputs';
import { localIsoDay } from '@shared/local-day';
import { useBenchmarks } from '../../api/use-benchmarks';
import { usePlan, useSavePlan } from '../../api/use-plans';
import { QueryState } from '../../components/QueryState';
import { usePreferences } from '../../preferences/preferences';
import { PlanCannotCompute } from './PlanCannotCompute';
import { PlanForm } from './PlanForm';
import { PlanResults } from './PlanResults';
import { planDocumentTitle } from './plan-format';
import { planFieldErrors } from './plan-validation';
import { PrintButton } from './PrintButton';
import { useUndoable } from './use-undoable';
import { FieldProblemsScope, useFieldProblemsScope } from '../../components/field-problems';
import { useLeaveGuard } from '../../lib/use-leave-guard';

/** A plan started from the platform wizard arrives with its name and platform split in the URL. */
function withWizardSplit(inputs: PlanInputs, search: URLSearchParams): PlanInputs {
  const percent = (p: string) => Number(search.get(p));
  const split = { instagram: percent('instagram'), tiktok: percent('tiktok'), youtube: percent('youtube') };
  const valid = Object.values(split).every((v) => Number.isInteger(v) && v >= 0 && v <= 100) && split.instagram + split.tiktok + split.youtube === 100;
  if (!valid) return inputs;
  return {
    ...inputs,
    name: search.get('name')?.slice(0, 120) ?? inputs.name,
    platformMix: { instagram: split.instagram / 100, tiktok: split.tiktok / 100, youtube: split.youtube / 100 },
  };
}

function withoutKey(errors: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key));
}

export function PlanEditorPage() {
  const { id } = useParams();
  const planId = id ? Number(id) : null;
  const plan = usePlan(planId);
  const benchmarks = useBenchmarks();
  if (planId === null) return <QueryState query={benchmarks}>{(view) => <PlanEditor key="new" view={view} saved={null} />}</QueryState>;
  return (
    <QueryState query={benchmarks}>{(view) => <QueryState query={plan}>{(saved) => <PlanEditor key={saved.id} view={view} saved={saved} />}</QueryState>}</QueryState>
  );
}

/** Inputs on the left, live results on the right: the same core the backend saves with. */
function PlanEditor({ view, saved }: { view: BenchmarksView; saved: Plan | null }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const navigate = useNavigate();
  const save = useSavePlan();
  const [search] = useSearchParams();
  const initial = useMemo(() => {
    if (saved) return saved.inputs;
    const fresh = defaultPlanInputs(prefs.settings.currency, localIsoDay(new Date()), numberFigure(view, 'budget.microShareDefault')?.value ?? 0.65);
    return withWizardSplit(fresh, search);
  }, [saved, prefs.settings.currency, view, search]);
  const inputs = useUndoable<PlanInputs>(initial);
  const [baseline, setBaseline] = useState(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  useHotkeys([
    ['mod+Z', inputs.undo],
    ['mod+shift+Z', inputs.redo],
  ]);

  // A new plan starts without a name: that is said once the user has been in the field or tried to
  // save, not in red before they have done anything. Every other field starts valid.
  const [nameTouched, setNameTouched] = useState(false);
  const checkErrors = planFieldErrors(inputs.value, t);
  const shownErrors = nameTouched ? checkErrors : withoutKey(checkErrors, 'name');
  const errors = { ...shownErrors, ...serverErrors };
  const result = useMemo(() => computePlan(view, inputs.value, planRate(inputs.value.budget.currency, prefs.settings)), [view, inputs.value, prefs.settings]);
  const dirty = JSON.stringify(inputs.value) !== JSON.stringify(baseline);
  const leaveGuard = useLeaveGuard(dirty);

  const change = (next: PlanInputs) => {
    setServerErrors({});
    if (next.name !== inputs.value.name) setNameTouched(true);
    inputs.set(next);
  };

  const fieldProblems = useFieldProblemsScope();
  const submit = () => {
    setNameTouched(true);
    if (fieldProblems.any) {
      notifications.show({ color: 'red', message: t('app.fieldProblems') });
      return;
    }
    if (Object.keys(checkErrors).length > 0) return;
    save.mutate(
      { id: saved?.id ?? null, inputs: inputs.value },
      {
        onSuccess: (plan) => {
          notifications.show({ color: 'green', message: t('plans.editor.saved') });
          // The backend trims text; take its inputs so the editor is clean after saving.
          setBaseline(plan.inputs);
          inputs.set(plan.inputs);
          if (!saved) void navigate(`/plans/${plan.id}`, { replace: true });
        },
        onError: (error) => {
          const issues = error instanceof ApiError ? error.issues : [];
          const translate = (rule: string | undefined, params: Record<string, string | number> = {}, fallback: string) =>
            rule === 'planCurrency' ? t('plans.errors.planCurrency', params) : rule === 'plan.rateRequired' ? t('plans.errors.rateRequired', params) : fallback;
          setServerErrors(Object.fromEntries(issues.filter((i) => i.field).map((i) => [i.field, translate(i.rule, i.params, i.message)])));
          notifications.show({ color: 'red', title: t('plans.editor.saveFailed'), message: issues[0] ? translate(issues[0].rule, issues[0].params, issues[0].message) : error.message });
        },
      },
    );
  };

  return (
    <Stack>
      {leaveGuard.prompt}
      <Anchor component={Link} to="/plans" size="sm">
        ← {t('plans.editor.back')}
      </Anchor>
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2}>{saved ? saved.inputs.name || saved.name : t('plans.editor.titleNew')}</Title>
          {dirty && (
            <Badge color="yellow" variant="light">
              {t('plans.editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="subtle" onClick={inputs.undo} disabled={!inputs.canUndo}>
            {t('plans.editor.undo')}
          </Button>
          <Button variant="subtle" onClick={inputs.redo} disabled={!inputs.canRedo}>
            {t('plans.editor.redo')}
          </Button>
          {saved && <PrintButton target={{ kind: 'plan', id: saved.id }} name={planDocumentTitle(saved.name, t)} disabled={dirty} label={t('plans.editor.print')} />}
          {saved && (
            <Button variant="light" component={Link} to={`/campaigns/new?plan=${saved.id}`} disabled={dirty}>
              {t('plans.editor.createCampaign')}
            </Button>
          )}
          <Button onClick={submit} loading={save.isPending} disabled={Object.keys(shownErrors).length > 0}>
            {t('plans.editor.save')}
          </Button>
        </Group>
      </Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <FieldProblemsScope value={fieldProblems}>
            <PlanForm inputs={inputs.value} errors={errors} dataSet={view} onChange={change} onNameBlur={() => setNameTouched(true)} />
          </FieldProblemsScope>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {result.ok ? (
            <PlanResults plan={result} inputs={inputs.value} dataSet={view} overriddenBenchmarks={view.overrideCount} />
          ) : (
            <PlanCannotCompute
              result={result}
              planCurrency={inputs.value.budget.currency}
              workspaceCurrency={prefs.settings.currency}
              benchmarkCurrency={view.currency}
              fieldErrors={Object.values(errors)}
            />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
