import { Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { allStages, type PartnershipSummary } from '@shared/domain/campaigns';
import { checkMove, pipelineStages, type PipelineStage } from '@shared/campaigns/pipeline';
import { useConfirmedStageMove } from './stage-move';

/** The next stage forward, when the pipeline allows it: the one-click move on a card. */
export function nextStage(stage: PipelineStage): PipelineStage | null {
  const index = (pipelineStages as readonly string[]).indexOf(stage);
  const next = index >= 0 ? pipelineStages[index + 1] : undefined;
  return next && checkMove(stage, next).allowed ? next : null;
}

/** One-click "next stage" plus every other allowed move; refused moves never reach the backend from here, and cancelling asks first. */
export function StageControls({ partnership: p, currency, size = 'xs' }: { partnership: PartnershipSummary; currency: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const { request, pending, dialog } = useConfirmedStageMove(currency);
  const next = nextStage(p.stage);
  const others = allStages.filter((s) => s !== next && checkMove(p.stage, s).allowed);
  const go = (to: PipelineStage) => request(p, to);
  return (
    <Group gap={4} wrap="nowrap">
      {next && (
        <Button
          size={size}
          variant="light"
          h="auto"
          py={4}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          loading={pending}
          onClick={() => go(next)}
          aria-label={t('campaigns.board.moveNamed', { name: p.creatorName, stage: t(`campaigns.stages.${next}`) })}
        >
          → {t(`campaigns.stages.${next}`)}
        </Button>
      )}
      {others.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size={size} variant="subtle" aria-label={t('campaigns.board.moveMenu', { name: p.creatorName })}>
              ⋯
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('campaigns.board.moveTo')}</Menu.Label>
            {others.map((s) => (
              <Menu.Item key={s} color={s === 'cancelled' || s === 'declined' ? 'red' : undefined} onClick={() => go(s)}>
                {t(`campaigns.stages.${s}`)}
                {s === 'cancelled' ? '…' : ''}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {dialog}
    </Group>
  );
}
