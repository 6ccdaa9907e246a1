import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AllocationResult } from '@shared/calc/allocation';

/**
 * Why a plan's figures cannot be computed, for the editor and for paper (a printed plan without
 * its figures and without a word why would go to the client as if it had none). Settings is
 * offered only where entering a rate helps: a plan in another currency than the workspace's
 * cannot be recomputed with any rate.
 */
export function PlanCannotCompute({
  result,
  planCurrency,
  workspaceCurrency,
  benchmarkCurrency,
  fieldErrors,
  forPrint = false,
}: {
  result: Extract<AllocationResult, { ok: false }>;
  planCurrency: string;
  workspaceCurrency: string;
  benchmarkCurrency: string;
  fieldErrors: string[];
  forPrint?: boolean;
}) {
  const { t } = useTranslation();
  const otherCurrency = planCurrency !== workspaceCurrency;
  const rateMissing = !otherCurrency && result.errors.some((e) => e.code === 'rateRequired');
  return (
    <Alert color="orange" data-testid="plan-cannot-compute">
      {otherCurrency
        ? t('plans.errors.planCurrency', { workspace: workspaceCurrency, plan: planCurrency })
        : rateMissing
          ? t('plans.errors.rateRequired', { from: benchmarkCurrency, to: planCurrency })
          : t('plans.editor.cannotCompute', { reasons: fieldErrors.join('; ') || [...new Set(result.errors.map((e) => t(`plans.errors.codes.${e.code}`)))].join('; ') })}
      {rateMissing && !forPrint && (
        <Anchor component={Link} to="/settings" display="block" mt="xs">
          {t('plans.editor.toSettings')}
        </Anchor>
      )}
    </Alert>
  );
}
