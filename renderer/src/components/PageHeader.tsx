import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title, one line on what it is for, and its actions on the right. */
export function PageHeader({ title, intro, children }: { title: string; intro: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" size="sm">
          {intro}
        </Text>
      </div>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
