import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreedValue } from '@shared/campaigns/campaign-budget';
import { checkStageMove, isCommitted, type MoveRefusal, type PipelineStage, type ReadinessRefusal } from '@shared/campaigns/pipeline';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import { useWorkActions } from '../../api/use-campaigns';
import { apiErrorText } from '../../lib/api-error-text';
import { usePreferences } from '../../preferences/preferences';

/** A move of a card as the backend will judge it: the pipeline's order, then the card's deliverable counts. */
export function checkCardMove(p: PartnershipSummary, to: PipelineStage) {
  return checkStageMove(p.stage, to, { count: p.deliverableCount, approved: p.deliverablesApproved, published: p.deliverablesDone });
}

/** Why a move is refused, in the words the backend's refusal is shown in. */
export function refusalText(t: TFunction, refusal: { reason: MoveRefusal | ReadinessRefusal; waiting?: number }): string {
  return t(`errors.rule.pipeline.${refusal.reason}`, { count: refusal.waiting ?? 0 });
}

/** Moves a partnership and says what happened (or why not) in a notification. */
export function useStageMove() {
  const { t } = useTranslation();
  const { move } = useWorkActions();
  const go = (id: number, to: PipelineStage, creatorName: string) =>
    move.mutate(
      { id, to },
      {
        onSuccess: () => notifications.show({ message: t('campaigns.board.moved', { name: creatorName, stage: t(`campaigns.stages.${to}`) }) }),
        onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
      },
    );
  return { go, pending: move.isPending };
}

/**
 * Stage moves where cancelling asks first: a cancelled partnership is final (it can never be
 * reopened) and its terms leave the committed budget, so a slip of the mouse or a drop on the
 * wrong column must not do that. Declining stays one step: a declined partnership can be reopened.
 * Render `dialog` once next to the controls that call `request`.
 */
export function useConfirmedStageMove(currency: string) {
  const { go, pending } = useStageMove();
  const [asking, setAsking] = useState<PartnershipSummary | null>(null);
  const request = (p: PartnershipSummary, to: PipelineStage) => (to === 'cancelled' ? setAsking(p) : go(p.id, to, p.creatorName));
  const dialog = (
    <CancelDialog
      partnership={asking}
      currency={currency}
      onClose={() => setAsking(null)}
      onConfirm={(p) => {
        setAsking(null);
        go(p.id, 'cancelled', p.creatorName);
      }}
    />
  );
  return { request, pending, dialog };
}

function CancelDialog({ partnership: p, currency, onClose, onConfirm }: { partnership: PartnershipSummary | null; currency: string; onClose: () => void; onConfirm: (p: PartnershipSummary) => void }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  // What the campaign's committed figure loses: the same value the budget counts (cash + products).
  const value = p && isCommitted(p.stage) ? agreedValue(p.terms, currency) : null;
  return (
    <Modal opened={p !== null} onClose={onClose} title={p ? t('campaigns.cancelConfirm.title', { name: p.creatorName }) : ''}>
      <Stack>
        <Text size="sm">{t('campaigns.cancelConfirm.final')}</Text>
        <Text size="sm">{value && value.amount > 0 ? t('campaigns.cancelConfirm.committed', { amount: prefs.money(value.amount, currency) }) : t('campaigns.cancelConfirm.noBudgetChange')}</Text>
        <Group justify="flex-end">
          {/* "Keep" first and focused: Enter on an opened question must not cancel. */}
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('campaigns.cancelConfirm.keep')}
          </Button>
          <Button color="red" onClick={() => p && onConfirm(p)}>
            {t('campaigns.cancelConfirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
