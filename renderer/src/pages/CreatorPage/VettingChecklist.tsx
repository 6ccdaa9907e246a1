import { Badge, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { vettingSectionOrder, type ItemStatus, type VettingItem } from '@shared/calc/vetting';
import { vetCreatorSubject, type JudgedAccount } from '@shared/creators/creator-vetting';
import type { CreatorDetail } from '@shared/domain/creators';
import { useSetVetting } from '../../api/use-creators';
import { usePreferences } from '../../preferences/preferences';
import { formatCodeParams } from './coded-params';

/** The four-section checklist: the user's answers, what the data says, and the score with its explanation. */
export function VettingChecklist({ creator, dataSet }: { creator: CreatorDetail; dataSet: BenchmarkDataSet }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const result = vetCreatorSubject(dataSet, {
    vetting: creator.vetting,
    audienceAuthenticityScore: creator.audience?.authenticityScore ?? null,
    accounts: creator.accounts,
  });
  const known = result.items.filter((i) => i.status !== 'unknown').length;
  // With one account there is nothing to tell apart; with several, account figures name theirs.
  const judgedFor = (item: VettingItem) => (creator.accounts.length > 1 && item.scope === 'account' ? result.judgedAccount : null);

  return (
    <Card withBorder padding="md" data-testid="vetting">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('creator.vetting.title')}
        </Title>
        <Badge size="lg" variant="light" data-testid="vetting-overall">
          {t('creator.vetting.overall', { score: prefs.percent(result.overall, 0) })}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('creator.vetting.coverage', { known, total: result.items.length })}
      </Text>
      {result.explanation.map((e) => (
        <Text size="xs" c="dimmed" key={e.code}>
          {t(`creator.vetting.explanation.${e.code}`, { ...e.params, ...(e.code === 'unknownCountsAsNotPassed' ? { count: e.params['unknown'] } : {}) })}
        </Text>
      ))}
      <Stack gap="md" mt="sm">
        {vettingSectionOrder.map((section) => {
          const score = result.sections.find((s) => s.section === section)!;
          return (
            <section key={section} aria-labelledby={`vetting-${section}`}>
              <Group justify="space-between">
                <Title order={4} size="h6" id={`vetting-${section}`}>
                  {t(`creator.vetting.sections.${section}`)}
                </Title>
                <Text size="xs" data-testid={`vetting-section-${section}`}>
                  {t('creator.vetting.section', { score: prefs.percent(score.score, 0), pass: score.pass, fail: score.fail, unknown: score.unknown })}
                </Text>
              </Group>
              <Stack gap={6} mt={4}>
                {result.items
                  .filter((item) => item.section === section)
                  .map((item) => (
                    <VettingRow key={item.id} creator={creator} item={item} judged={judgedFor(item)} />
                  ))}
              </Stack>
            </section>
          );
        })}
      </Stack>
    </Card>
  );
}

/** The parameter a code's plural follows, where it has one. */
const countParam: Partial<Record<string, string>> = { inflationFlags: 'count', platformCount: 'count', noInflationFlags: 'checked' };

function VettingRow({ creator, item, judged }: { creator: CreatorDetail; item: VettingItem; judged: JudgedAccount | null }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const setVetting = useSetVetting();
  const stored = creator.vetting[item.id];
  const [note, setNote] = useState(stored?.note ?? '');
  const label = t(`creator.vetting.items.${item.id}`);
  const save = (status: ItemStatus, nextNote = note) => setVetting.mutate({ id: creator.id, itemId: item.id, answer: { status, note: nextNote } });
  const count = item.evidence ? item.evidence.params[countParam[item.evidence.code] ?? ''] : undefined;
  const evidence = item.evidence
    ? t(`creator.vetting.evidence.${item.evidence.code}`, {
        ...formatCodeParams(item.evidence.code, item.evidence.params, prefs),
        ...(typeof count === 'number' ? { count } : {}),
        ...(typeof item.evidence.params['verdict'] === 'string' ? { verdict: t(`creator.vetting.verdictWords.${item.evidence.params['verdict']}`) } : {}),
      })
    : null;

  return (
    <div data-vetting-item={item.id}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <SegmentedControl
          size="xs"
          aria-label={label}
          value={item.status}
          onChange={(v) => save(v as ItemStatus)}
          data={[
            { value: 'pass', label: t('creator.vetting.pass') },
            { value: 'fail', label: t('creator.vetting.fail') },
            { value: 'unknown', label: t('creator.vetting.unknown') },
          ]}
        />
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="sm">{label}</Text>
          {evidence && (
            <Text size="xs" c="dimmed" data-testid="vetting-evidence">
              {[
                t('creator.vetting.computed', { evidence }),
                judged ? t('creator.vetting.judgedAccount', { platform: t(`platforms.${judged.platform}`), handle: judged.handle }) : null,
                item.origin === 'manual' ? t('creator.vetting.manual') : null,
              ]
                .filter(Boolean)
                .join(' ')}
            </Text>
          )}
        </Stack>
        <TextInput
          size="xs"
          w={220}
          placeholder={t('creator.vetting.note')}
          aria-label={`${t('creator.vetting.note')}: ${label}`}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onBlur={() => note !== (stored?.note ?? '') && save(stored?.status ?? 'unknown', note)}
        />
      </Group>
    </div>
  );
}
