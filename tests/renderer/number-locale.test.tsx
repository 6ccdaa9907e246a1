import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useUpdateSettings } from '../../renderer/src/api/use-settings';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

/** A component that reads no preferences: it only calls t() with a `{{count, number}}` string. */
function OverrideCount() {
  const { t } = useTranslation();
  return <span data-testid="sentence">{t('benchmarks.overrideCount', { count: 1234 })}</span>;
}

function DutchNumbersButton() {
  const update = useUpdateSettings();
  return <button onClick={() => update.mutate({ formatLocale: 'nl-NL' })}>Dutch numbers</button>;
}

describe('numbers in translated sentences', () => {
  it('follow a change of number format at once, also in components that only translate', async () => {
    renderWithApp(
      <>
        <OverrideCount />
        <DutchNumbersButton />
      </>,
      fakeTransport({ language: 'en' }).transport,
    );
    await waitFor(() => expect(screen.getByTestId('sentence').textContent).toBe('1,234 figures overridden'));
    fireEvent.click(screen.getByRole('button', { name: 'Dutch numbers' }));
    await waitFor(() => expect(screen.getByTestId('sentence').textContent).toBe('1.234 figures overridden'));
  });
});
