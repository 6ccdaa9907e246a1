import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive action that asks once, in place: the first click shows the question with Yes / Cancel. */
export function ConfirmButton({ question, onConfirm, children, loading, ...button }: ButtonProps & { question: string; onConfirm: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button size="xs" variant="subtle" color="red" {...button} loading={loading} onClick={() => setAsking(true)}>
        {children}
      </Button>
    );
  }
  return (
    <Group gap={4} role="alertdialog" aria-label={question} wrap="nowrap">
      <Text size="xs">{question}</Text>
      <Button
        size="compact-xs"
        color="red"
        loading={loading}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('app.confirmYes')}
      </Button>
      <Button size="compact-xs" variant="subtle" onClick={() => setAsking(false)}>
        {t('campaigns.cancel')}
      </Button>
    </Group>
  );
}
