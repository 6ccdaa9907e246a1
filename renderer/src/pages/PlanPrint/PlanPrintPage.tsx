import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BenchmarksView } from '@shared/api';
import type { Plan } from '@shared/api/plans.contract';
import { computePlan, planRate } from '@shared/plans/plan-allocation';
import { useBenchmarks } from '../../api/use-benchmarks';
import { usePlan } from '../../api/use-plans';
import { QueryState } from '../../components/QueryState';
import { usePreferences } from '../../preferences/preferences';
import { PlanCannotCompute } from '../PlanEditor/PlanCannotCompute';
import { PlanResults } from '../PlanEditor/PlanResults';
import { planDocumentTitle } from '../PlanEditor/plan-format';
import { PlanApproval } from './PlanApproval';
import { PrintFrame } from './PrintFrame';


/**
 * The printable plan: the same figures as the editor (same core, same inputs), laid out for
 * paper. Browser mode prints it with the browser; the Electron shell renders it in a hidden
 * window with printToPDF. Page size and page numbers come from the @page rule.
 */
export function PlanPrintPage() {
  const { id } = useParams();
  const plan = usePlan(Number(id));
  const benchmarks = useBenchmarks();
  return <QueryState query={benchmarks}>{(view) => <QueryState query={plan}>{(saved) => <PrintView plan={saved} view={view} />}</QueryState>}</QueryState>;
}

function PrintView({ plan, view }: { plan: Plan; view: BenchmarksView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const result = computePlan(view, plan.inputs, planRate(plan.inputs.budget.currency, prefs.settings));
  return (
    <PrintFrame
      date={plan.inputs.date}
      title={plan.inputs.name}
      documentTitle={planDocumentTitle(plan.inputs.name, t)}
      subtitle={
        <>
          {plan.inputs.client && <Text fw={500}>{t('plans.print.preparedFor', { client: plan.inputs.client })}</Text>}
          {plan.inputs.campaign && <Text size="sm">{plan.inputs.campaign}</Text>}
        </>
      }
    >
      <Stack gap="sm" mt="md">
        <Table withTableBorder fz="sm" data-testid="print-inputs">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th>{t('plans.compareView.budget')}</Table.Th>
              <Table.Td>{prefs.money(plan.inputs.budget.amount, plan.inputs.budget.currency)}</Table.Td>
              <Table.Th>{t('plans.compareView.microShare')}</Table.Th>
              <Table.Td>{prefs.percent(plan.inputs.microShare, 0)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('plans.compareView.platforms')}</Table.Th>
              <Table.Td>
                {(['instagram', 'tiktok', 'youtube'] as const)
                  .filter((p) => plan.inputs.platformMix[p] > 0)
                  .map((p) => `${t(`platforms.${p}`)} ${prefs.percent(plan.inputs.platformMix[p], 0)}`)
                  .join(', ')}
              </Table.Td>
              <Table.Th>{t('plans.compareView.pilot')}</Table.Th>
              <Table.Td>{plan.inputs.pilot ? t('plans.print.pilotSummary', { share: prefs.percent(plan.inputs.pilot.share, 0), count: plan.inputs.pilot.weeks }) : t('plans.compareView.none')}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {plan.inputs.notes && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{plan.inputs.notes}</Text>}
        {result.ok ? (
          <PlanResults plan={result} inputs={plan.inputs} dataSet={view} overriddenBenchmarks={view.overrideCount} forPrint />
        ) : (
          <PlanCannotCompute
            result={result}
            planCurrency={plan.inputs.budget.currency}
            workspaceCurrency={prefs.settings.currency}
            benchmarkCurrency={view.currency}
            fieldErrors={[]}
            forPrint
          />
        )}
        <PlanApproval plan={plan} />
      </Stack>
    </PrintFrame>
  );
}
