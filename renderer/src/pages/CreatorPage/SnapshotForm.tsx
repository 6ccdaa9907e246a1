import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '@shared/domain/creators';
import { platformStartDay } from '@shared/domain/platform-start';
import { useAddSnapshot } from '../../api/use-creators';
import { NumberTextInput } from '../../components/NumberTextInput';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';
import { localToday } from '../../lib/dates';
import { showFormNotice } from '../../lib/form-notice';
import { numberFieldError, readNumberField, type NumberFieldRule } from '../../lib/number-field';
import { usePreferences } from '../../preferences/preferences';
import { DateField } from '../../components/DateField';

// The contract's limits (creators:addSnapshot), so the form refuses what the save would.
const rules = {
  followers: { whole: true, max: 10_000_000_000, magnitude: true },
  avgLikes: { max: 1e12 },
  avgComments: { max: 1e12 },
} as const satisfies Record<string, NumberFieldRule>;
type Field = keyof typeof rules;

/** Adds a dated snapshot to an account; numbers as typed in the user's format, every refusal at its field. */
export function SnapshotForm({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const add = useAddSnapshot();
  const [asOf, setAsOf] = useState(localToday);
  const [text, setText] = useState<Record<Field, string>>({ followers: '', avgLikes: '', avgComments: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const notice = `snapshot-${account.id}`;

  const change = (field: Field | 'asOf', value: string) => {
    if (field === 'asOf') setAsOf(value);
    else setText((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const save = () => {
    const found: Record<string, string> = {};
    const values: Partial<Record<Field, number | null>> = {};
    for (const field of Object.keys(rules) as Field[]) {
      const rule: NumberFieldRule = rules[field];
      const reading = readNumberField(text[field], locale, rule);
      if (!reading.ok) found[field] = numberFieldError(t, reading.problem, locale, rule);
      else values[field] = reading.value;
    }
    if (!found['followers'] && values.followers === null) found['followers'] = t('creator.form.errors.followersRequired');
    // A text that was no date (31-02-2026) left the field empty: the field says why; nothing is sent.
    if (asOf === '') found['asOf'] = t('app.dateRequired');
    // The backend checks this too, against its own clock; said here first, in the same words.
    else if (asOf > localToday()) found['asOf'] = t('errors.rule.dateInFuture');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      showFormNotice(notice, { color: 'red', message: t('creator.form.invalid') });
      return;
    }
    add.mutate(
      { accountId: account.id, asOf, followers: values.followers!, avgLikes: values.avgLikes ?? null, avgComments: values.avgComments ?? null },
      {
        onSuccess: () => {
          notifications.hide(notice);
          notifications.show({ color: 'green', message: t('creator.history.saved') });
          setText({ followers: '', avgLikes: '', avgComments: '' });
        },
        onError: (error) => {
          setErrors(fieldErrors(t, error));
          showFormNotice(notice, { color: 'red', message: apiErrorText(t, error) });
        },
      },
    );
  };

  return (
    <Group mt="sm" align="flex-start" gap="xs" role="group" aria-label={t('creator.history.add')}>
      <DateField
        size="xs"
        required
        label={t('creator.history.asOf')}
        value={asOf}
        // No figures before the platform began: a year typed wrong (2001 for 2021) is caught here.
        minDate={platformStartDay(account.platform)}
        error={errors['asOf']}
        onChange={(v) => change('asOf', v ?? '')}
      />
      <NumberTextInput size="xs" w={130} label={t('creator.history.followers')} withAsterisk value={text.followers} error={errors['followers']} onChange={(e) => change('followers', e.currentTarget.value)} />
      <NumberTextInput size="xs" w={110} label={t('creator.history.likes')} value={text.avgLikes} error={errors['avgLikes']} onChange={(e) => change('avgLikes', e.currentTarget.value)} />
      <NumberTextInput size="xs" w={110} label={t('creator.history.comments')} value={text.avgComments} error={errors['avgComments']} onChange={(e) => change('avgComments', e.currentTarget.value)} />
      <Button size="xs" mt={22} onClick={save} disabled={text.followers.trim() === ''} loading={add.isPending}>
        {t('creator.history.save')}
      </Button>
    </Group>
  );
}
