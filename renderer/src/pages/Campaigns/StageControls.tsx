import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { allStages } from '@shared/domain/campaigns';
import { checkMove, pipelineStages, type PipelineStage } from '@shared/campaigns/pipeline';
import { useWorkActions } from '../../api/use-campaigns';
import { apiErrorText } from '../../lib/api-error-text';

/** The next stage forward, when the pipeline allows it: the one-click move on a card. */
export function nextStage(stage: PipelineStage): PipelineStage | null {
  const index = (pipelineStages as readonly string[]).indexOf(stage);
  const next = index >= 0 ? pipelineStages[index + 1] : undefined;
  return next && checkMove(stage, next).allowed ? next : null;
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

/** One-click "next stage" plus every other allowed move; refused moves never reach the backend from here. */
export function StageControls({ id, stage, creatorName, size = 'xs' }: { id: number; stage: PipelineStage; creatorName: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const { go: move, pending } = useStageMove();
  const next = nextStage(stage);
  const others = allStages.filter((s) => s !== next && checkMove(stage, s).allowed);
  const go = (to: PipelineStage) => move(id, to, creatorName);
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
          aria-label={t('campaigns.board.moveNamed', { name: creatorName, stage: t(`campaigns.stages.${next}`) })}
        >
          → {t(`campaigns.stages.${next}`)}
        </Button>
      )}
      {others.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size={size} variant="subtle" aria-label={t('campaigns.board.moveMenu', { name: creatorName })}>
              ⋯
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('campaigns.board.moveTo')}</Menu.Label>
            {others.map((s) => (
              <Menu.Item key={s} color={s === 'cancelled' || s === 'declined' ? 'red' : undefined} onClick={() => go(s)}>
                {t(`campaigns.stages.${s}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
