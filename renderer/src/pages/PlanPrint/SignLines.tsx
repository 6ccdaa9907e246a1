import { Group, Text } from '@mantine/core';
import classes from './PlanPrintPage.module.css';

/** Lines to write a name, a signature and a date on, labelled: the end of every printed page a client signs. */
export function SignLines({ labels }: { labels: { name: string; signature: string; date: string } }) {
  return (['name', 'signature', 'date'] as const).map((field) => (
    <Group key={field} gap="md" wrap="nowrap" align="flex-end">
      <Text size="sm" w="25%">
        {labels[field]}
      </Text>
      <div className={field === 'signature' ? `${classes.signLine} ${classes.signature}` : classes.signLine} />
    </Group>
  ));
}
