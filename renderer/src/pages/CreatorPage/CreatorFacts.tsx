import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { platformDeliverables } from '@shared/calc/pricing';
import type { CreatorDetail, RateCardEntry } from '@shared/domain/creators';
import { usePreferences } from '../../preferences/preferences';
import { deliverableName } from '../../lib/deliverable-name';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function Tags({ values }: { values: string[] }) {
  const { t } = useTranslation();
  if (values.length === 0) return <>{t('creator.facts.none')}</>;
  return (
    <Group gap={4}>
      {values.map((v) => (
        // As the user wrote them ("zomer", not "ZOMER"): Mantine badges are capitals by default.
        <Badge key={v} size="sm" variant="outline" tt="none">
          {v}
        </Badge>
      ))}
    </Group>
  );
}

export function CreatorFacts({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const none = t('creator.facts.none');
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4" mb="xs">
        {t('creator.facts.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Fact label={t('creator.facts.location')}>{[creator.city, creator.country].filter(Boolean).join(', ') || none}</Fact>
        <Fact label={t('creator.facts.languages')}>
          <Tags values={creator.languages} />
        </Fact>
        <Fact label={t('creator.facts.niches')}>
          <Tags values={creator.niches} />
        </Fact>
        <Fact label={t('creator.facts.tags')}>
          <Tags values={creator.tags} />
        </Fact>
        <Fact label={t('creator.facts.email')}>{creator.email ?? none}</Fact>
        <Fact label={t('creator.facts.phone')}>{creator.phone ?? none}</Fact>
        <Fact label={t('creator.facts.agent')}>{creator.agent ?? none}</Fact>
        <Fact label={t('creator.facts.productOnly')}>{creator.acceptsProductOnly ? t('creator.facts.yes') : t('creator.facts.no')}</Fact>
        {creator.audience && (
          <Fact label={t('creator.facts.audience')}>
            {creator.audience.authenticityScore !== null && <div>{t('creator.facts.audienceScore', { score: prefs.percent(creator.audience.authenticityScore, 0) })}</div>}
            {creator.audience.topCountries.length > 0 && <div>{t('creator.facts.topCountries', { countries: creator.audience.topCountries.join(', ') })}</div>}
          </Fact>
        )}
      </SimpleGrid>
      {(creator.rateCard.length > 0 || creator.notes) && (
        <Stack gap="sm" mt="sm">
          {/* The full width: a quote's note on why it is not judged would wrap line by line in a grid cell. */}
          {creator.rateCard.length > 0 && (
            <Fact label={t('creator.facts.rateCard')}>
              {creator.rateCard.map((r) => (
                <div key={`${r.platform}-${r.deliverable}`} data-testid="rate-card-entry">
                  {t(`platforms.${r.platform}`)} · {deliverableName(t, r.deliverable, r.platform)}: {prefs.money(r.amount, r.currency)}
                  <RateNotJudged entry={r} creator={creator} />
                </div>
              ))}
            </Fact>
          )}
          {creator.notes && (
            <Fact label={t('creator.facts.notes')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {creator.notes}
              </Text>
            </Fact>
          )}
        </Stack>
      )}
    </Card>
  );
}

/**
 * Quotes are judged under each account (FeeEstimates). A quote for a platform the creator has no
 * account on, or for a deliverable the benchmarks do not price there, is never judged: say why here.
 */
function RateNotJudged({ entry, creator }: { entry: RateCardEntry; creator: CreatorDetail }) {
  const { t } = useTranslation();
  const platform = t(`platforms.${entry.platform}`);
  const reason = !creator.accounts.some((a) => a.platform === entry.platform)
    ? t('creator.facts.rateNoAccount', { platform })
    : !platformDeliverables[entry.platform].includes(entry.deliverable)
      ? t('creator.facts.rateNotPriced', { platform, deliverable: t(`creator.deliverables.${entry.deliverable}`).toLocaleLowerCase() })
      : null;
  if (reason === null) return null;
  return (
    <Text span size="xs" c="dimmed" data-testid="rate-not-judged">
      {' '}
      ({reason})
    </Text>
  );
}
