import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Brief } from '@shared/domain/campaigns';

/**
 * The brief as formatted text: lines starting with "- " or "* " become bullet lists, other lines
 * paragraphs. Rendered as React text, never as HTML, so a pasted brief cannot run anything.
 */
export function BriefText({ text }: { text: string }) {
  const blocks: { bullets: boolean; lines: string[] }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^[-*•]\s+/.test(line);
    const content = line.replace(/^[-*•]\s+/, '');
    const last = blocks.at(-1);
    if (last && last.bullets === bullet && bullet) last.lines.push(content);
    else blocks.push({ bullets: bullet, lines: [content] });
  }
  return (
    <Stack gap={6}>
      {blocks.map((block, i) =>
        block.bullets ? (
          <List key={i} size="sm">
            {block.lines.map((l, j) => (
              <List.Item key={j}>{l}</List.Item>
            ))}
          </List>
        ) : (
          <Text key={i} size="sm">
            {block.lines[0]}
          </Text>
        ),
      )}
    </Stack>
  );
}

export function BriefView({ brief }: { brief: Brief }) {
  const { t } = useTranslation();
  const sections = (['keyMessages', 'dos', 'donts', 'guidelines'] as const).filter((k) => brief[k].trim());
  if (sections.length === 0) return <Text c="dimmed">{t('campaigns.brief.empty')}</Text>;
  return (
    <Stack data-testid="brief">
      {sections.map((k) => (
        <section key={k} aria-label={t(`campaigns.brief.${k}`)}>
          <Title order={3} size="h5" mb={4}>
            {t(`campaigns.brief.${k}`)}
          </Title>
          <BriefText text={brief[k]} />
        </section>
      ))}
    </Stack>
  );
}
