import { Alert, Button, Code, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyCodes, formatLocales, resolveFormatLocale, resolveUiLanguage, type Settings } from '@shared/domain/settings';
import { formatDate, formatMoney, formatNumber } from '@shared/format';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';
import { numberInputSeparators } from '../../lib/number-format';
import { QueryState } from '../../components/QueryState';
import { useAppInfo, useSettings, useUpdateSettings } from '../../api/use-settings';
import { usePreferences } from '../../preferences/preferences';
import { changedSettings, settingsFormValidation, toFormValues, toSettings, type SettingsFormValues } from './settings-form';
import { useLeaveGuard } from '../../lib/use-leave-guard';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings({ fresh: true });
  return (
    <Stack maw={640}>
      <Title order={2}>{t('settings.title')}</Title>
      <Text c="dimmed">{t('settings.intro')}</Text>
      <QueryState query={settings} fresh>
        {(data) => <SettingsForm settings={data} />}
      </QueryState>
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { locale, systemLocale } = usePreferences();
  const update = useUpdateSettings();
  const appInfo = useAppInfo();
  const form = useForm<SettingsFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(settings),
    validate: settingsFormValidation(t),
  });

  // Stored settings changed (saved here or elsewhere): that is the new baseline.
  useEffect(() => {
    form.setInitialValues(toFormValues(settings));
    form.setValues(toFormValues(settings));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);

  const currencyOptions = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    return currencyCodes(settings?.currency).map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
  }, [locale, settings?.currency]);

  const previewLanguage = resolveUiLanguage(form.values.language === 'system' ? null : form.values.language, systemLocale);
  const localeOptions = useMemo(() => {
    // "Nederlands (België)", not CLDR's dialect name "Vlaams".
    const names = new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard' });
    // The language chosen in the form, saved or not: that is the one "match the language" will follow.
    const auto = resolveFormatLocale(null, previewLanguage, systemLocale);
    return [
      { value: 'system', label: t('settings.formatLocaleSystem', { locale: names.of(auto) ?? auto }) },
      ...formatLocales.map((code) => ({ value: code, label: `${names.of(code) ?? code} · ${code}` })),
    ];
  }, [locale, previewLanguage, systemLocale, t]);

  const previewLocale = resolveFormatLocale(form.values.formatLocale === 'system' ? null : form.values.formatLocale, previewLanguage, systemLocale);
  const previewCurrency = currencyOptions.some((o) => o.value === form.values.currency) ? form.values.currency : settings.currency;

  const submit = form.onSubmit((values) => {
    // Only what was changed here is sent: another window's save of another setting is kept.
    update.mutate(changedSettings(toSettings(form.getInitialValues()), toSettings(values)), {
      // Said in the language just saved: `t` still speaks the one this render had.
      onSuccess: (saved) => notifications.show({ color: 'green', message: t('settings.saved', { lng: resolveUiLanguage(saved.language, systemLocale) }) }),
      onError: (error) => {
        for (const [field, text] of Object.entries(fieldErrors(t, error))) if (field) form.setFieldError(field, text);
        notifications.show({ color: 'red', title: t('settings.saveFailed'), message: apiErrorText(t, error) });
      },
    });
  });

  // "You have unsaved changes" is also asked about before a link or the browser's Back leaves them.
  const leaveGuard = useLeaveGuard(form.isDirty());

  return (
    <form onSubmit={submit} noValidate aria-label={t('settings.title')}>
      {leaveGuard.prompt}
      <Stack>
        <TextInput label={t('settings.workspaceName')} description={t('settings.workspaceNameHelp')} withAsterisk {...form.getInputProps('workspaceName')} />
        <Select
          label={t('settings.currency')}
          description={t('settings.currencyHelp')}
          data={currencyOptions}
          searchable
          allowDeselect={false}
          {...form.getInputProps('currency')}
          // The rate is per the old currency: a new currency needs its own (the one last entered for it, else none).
          onChange={(currency) => {
            if (!currency || currency === form.values.currency) return;
            form.setFieldValue('currency', currency);
            form.setFieldValue('benchmarkExchangeRate', currency === settings.currency ? (settings.benchmarkExchangeRate ?? '') : (settings.knownExchangeRates[currency] ?? ''));
          }}
        />
        {form.values.currency !== 'USD' && (
          <NumberInput
            label={t('settings.exchangeRate', { currency: form.values.currency })}
            description={
              form.values.currency !== settings.currency && form.values.benchmarkExchangeRate !== '' && form.values.benchmarkExchangeRate === settings.knownExchangeRates[form.values.currency]
                ? `${t('settings.exchangeRateHelp', { currency: form.values.currency })} ${t('settings.exchangeRateRemembered', { currency: form.values.currency })}`
                : t('settings.exchangeRateHelp', { currency: form.values.currency })
            }
            decimalScale={6}
            min={0}
            {...numberInputSeparators(locale)}
            {...form.getInputProps('benchmarkExchangeRate')}
          />
        )}
        <TextInput label={t('settings.userName')} description={t('settings.userNameHelp')} {...form.getInputProps('userName')} />
        <Select
          label={t('settings.language')}
          data={[
            { value: 'system', label: t('settings.languageSystem', { language: t(`languages.${resolveUiLanguage(null, systemLocale)}`) }) },
            { value: 'nl', label: t('languages.nl') },
            { value: 'en', label: t('languages.en') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('language')}
        />
        <Select label={t('settings.formatLocale')} data={localeOptions} allowDeselect={false} {...form.getInputProps('formatLocale')} />
        <Text size="sm" c="dimmed" data-testid="format-preview">
          {t('settings.formatPreview', {
            number: formatNumber(1234567.89, previewLocale),
            money: formatMoney(1500000, previewCurrency, previewLocale),
            date: formatDate('2026-03-31', previewLocale),
          })}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="theme-label">
            {t('settings.theme')}
          </Text>
          <SegmentedControl
            aria-labelledby="theme-label"
            data={[
              { value: 'light', label: t('settings.themeLight') },
              { value: 'dark', label: t('settings.themeDark') },
              { value: 'system', label: t('settings.themeSystem') },
            ]}
            {...form.getInputProps('theme')}
          />
        </Stack>
        {form.isDirty() && (
          <Alert color="yellow" variant="light" p="xs">
            {t('settings.unsaved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('settings.save')}
          </Button>
          <Button variant="subtle" onClick={() => form.reset()} disabled={!form.isDirty()}>
            {t('settings.reset')}
          </Button>
        </Group>
        {appInfo.data && (
          <Text size="sm" c="dimmed">
            {t('settings.dataLocation')}: <Code data-testid="workspace-file">{appInfo.data.workspaceFile}</Code>
          </Text>
        )}
      </Stack>
    </form>
  );
}
