import { ActionIcon, Anchor, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, type ApiErrorIssue } from '@shared/api/contract';
import { platformDeliverables, primaryDeliverable } from '@shared/calc/pricing';
import { platforms, type Platform } from '@shared/calc/tiers';
import { creatorStatuses, creatorTextLimits as limits, type CreatorDetail, type DeliverableType } from '@shared/domain/creators';
import { useCreateCreator, useCreator, useUpdateCreator } from '../../api/use-creators';
import { NumberTextInput } from '../../components/NumberTextInput';
import { QueryState } from '../../components/QueryState';
import { issueText } from '../../lib/api-error-text';
import { showFormNotice } from '../../lib/form-notice';
import { usePreferences } from '../../preferences/preferences';
import { emptyAccount, emptyCreatorForm, rateDeliverableErrors, toCreatorInput, toFormValues, validateCreatorForm, withLinkedProfileUrlChecked, withProfileLinkRead, type CreatorFormValues } from './creator-form-values';
import { deliverableName } from '../../lib/deliverable-name';
import { useLeaveGuard } from '../../lib/use-leave-guard';

/**
 * The rows of account and rate inputs line up by their tops, so an error under one input does
 * not lift the rest of its row. Their remove button then sits below the labels' line (the
 * wrapper's line height at the body's font size) and is centred on the 30 px inputs (it is 28).
 */
const levelWithInputs = 'calc(var(--mantine-line-height) * var(--mantine-font-size-md) + 1px)';

export function NewCreatorPage() {
  return <CreatorForm existing={null} />;
}

export function EditCreatorPage() {
  const { id } = useParams();
  const creator = useCreator(Number(id), true, { fresh: true });
  return (
    <QueryState query={creator} fresh>
      {(detail) => <CreatorForm existing={detail} />}
    </QueryState>
  );
}

function CreatorForm({ existing }: { existing: CreatorDetail | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { locale, settings } = usePreferences();
  const create = useCreateCreator();
  const update = useUpdateCreator();
  // The version the form was filled from: a save over a change made since (another tab, an import) is refused.
  const [openedAt] = useState(existing?.updatedAt);
  const form = useForm<CreatorFormValues>({
    mode: 'controlled',
    initialValues: existing ? toFormValues(existing, locale) : emptyCreatorForm(),
    initialErrors: existing ? rateDeliverableErrors(toFormValues(existing, locale), t) : {},
    validate: (values) => validateCreatorForm(values, t, locale),
  });
  // Saving again replaces the notice rather than stacking another one.
  const notice = existing ? `creator-form-${existing.id}` : 'creator-form-new';

  const submit = form.onSubmit(
    (values) => {
      const input = toCreatorInput(values, locale, existing?.audience ?? null);
      // A refusal the form could not foresee, in the user's language; a taken handle names the platform,
      // and one held by a creator in the bin says so (that creator is restored from the bin, not re-added).
      const describe = (issue: ApiErrorIssue) =>
        issue.rule === 'handleTaken' || issue.rule === 'handleInBin'
          ? t(`creator.form.${issue.rule}`, { ...issue.params, platform: t(`platforms.${issue.params?.['platform']}`) })
          : issueText(t, issue);
      const onError = (error: Error) => {
        const issues = error instanceof ApiError ? error.issues : [];
        for (const issue of issues) if (issue.field) form.setFieldError(issue.field, describe(issue));
        const inBin = issues.find((issue) => issue.rule === 'handleInBin');
        const message = issues[0] ? describe(issues[0]) : error.message;
        showFormNotice(notice, {
          color: 'red',
          // "Check the highlighted fields" only when one is highlighted (not for a save refused as a whole).
          title: issues.some((issue) => issue.field) ? t('creator.form.invalid') : t('creator.form.notSaved'),
          // The creator holding the handle is one click away, with its Restore button.
          message: inBin ? (
            <Stack gap={4}>
              <Text size="sm">{message}</Text>
              <Anchor component={Link} to={`/creators/${inBin.params?.['creatorId']}`} size="sm">
                {t('creator.form.openInBin', { name: inBin.params?.['name'] })}
              </Anchor>
            </Stack>
          ) : (
            message
          ),
        });
      };
      const onSuccess = (saved: CreatorDetail) => {
        notifications.hide(notice);
        notifications.show({ color: 'green', message: t('creator.form.saved') });
        // The form is done with: Back from the saved creator goes where the user came from, not into the form again.
        void navigate(`/creators/${saved.id}`, { replace: true });
      };
      if (existing) update.mutate({ id: existing.id, creator: input, expectedUpdatedAt: openedAt }, { onSuccess, onError });
      else create.mutate(input, { onSuccess, onError });
    },
    () => showFormNotice(notice, { color: 'red', message: t('creator.form.invalid') }),
  );

  // After an edit of an account's handle or platform: a profile URL the form filled in from a pasted link goes with the account it named.
  const checkLinkedProfileUrl = (i: number) => {
    const account = form.getValues().accounts[i]!;
    const checked = withLinkedProfileUrlChecked(account);
    if (checked !== account) form.setFieldValue(`accounts.${i}`, checked);
  };

  const platformOptions = platforms.map((p) => ({ value: p, label: t(`platforms.${p}`) }));
  // Typed details are asked about before a link or the browser's Back leaves them (saving navigates in code, unasked).
  const leaveGuard = useLeaveGuard(form.isDirty());

  // A stored rate whose deliverable its platform lacks (saved before the form prevented it) still
  // shows what it is, disabled, with the form's error beside it, instead of an empty field.
  const deliverableOptions = (platform: Platform, current: DeliverableType) => [
    ...platformDeliverables[platform].map((d) => ({ value: d, label: deliverableName(t, d, platform) })),
    ...(platformDeliverables[platform].includes(current) ? [] : [{ value: current, label: t(`creator.deliverables.${current}`), disabled: true }]),
  ];

  return (
    <form onSubmit={submit} noValidate aria-label={existing ? t('creator.form.titleEdit', { name: existing.name }) : t('creator.form.titleNew')}>
      {leaveGuard.prompt}
      <Stack maw={1000}>
        <Title order={2}>{existing ? t('creator.form.titleEdit', { name: existing.name }) : t('creator.form.titleNew')}</Title>
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <TextInput label={t('creator.form.name')} withAsterisk maxLength={limits.name} {...form.getInputProps('name')} />
            <Select
              label={t('creator.form.status')}
              data={creatorStatuses.map((s) => ({ value: s, label: t(`creators.statuses.${s}`) }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <TextInput label={t('creator.form.email')} type="email" maxLength={limits.email} {...form.getInputProps('email')} />
            <TextInput label={t('creator.form.country')} maxLength={limits.country} {...form.getInputProps('country')} />
            <TextInput label={t('creator.form.city')} maxLength={limits.city} {...form.getInputProps('city')} />
            <TextInput label={t('creator.form.phone')} maxLength={limits.phone} {...form.getInputProps('phone')} />
            <TagsInput label={t('creator.form.languages')} {...form.getInputProps('languages')} />
            <TagsInput label={t('creator.form.niches')} {...form.getInputProps('niches')} />
            <TagsInput label={t('creator.form.tags')} {...form.getInputProps('tags')} />
            <TextInput label={t('creator.form.agent')} maxLength={limits.agent} {...form.getInputProps('agent')} />
            <NumberTextInput label={t('creator.form.audienceScore')} {...form.getInputProps('audienceScorePercent')} />
            <Checkbox mt="lg" label={t('creator.form.productOnly')} {...form.getInputProps('acceptsProductOnly', { type: 'checkbox' })} />
          </SimpleGrid>
        </Card>

        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {t('creator.form.accounts')}
            </Title>
            <Button size="xs" variant="light" onClick={() => form.insertListItem('accounts', emptyAccount('tiktok'))}>
              {t('creator.form.addAccount')}
            </Button>
          </Group>
          {form.values.accounts.length === 0 && <Text c="dimmed" size="sm">{t('creator.form.needsAccount')}</Text>}
          <Stack gap="sm">
            {form.values.accounts.map((account, i) => (
              <Card key={account.id ?? `new-${i}`} withBorder padding="xs" data-testid={`account-form-${i}`}>
                <Group align="flex-start" gap="xs" wrap="wrap">
                  <Select
                    size="xs"
                    w={120}
                    label={t('creator.form.platform')}
                    data={platformOptions}
                    allowDeselect={false}
                    {...form.getInputProps(`accounts.${i}.platform`)}
                    onChange={(value) => {
                      form.getInputProps(`accounts.${i}.platform`).onChange(value);
                      checkLinkedProfileUrl(i);
                    }}
                  />
                  <TextInput
                    size="xs"
                    w={160}
                    label={t('creator.form.handle')}
                    withAsterisk
                    // Room for a pasted profile link, which leaving the field turns into the handle (checked against its own limit).
                    maxLength={limits.profileUrl}
                    {...form.getInputProps(`accounts.${i}.handle`)}
                    onChange={(event) => {
                      form.getInputProps(`accounts.${i}.handle`).onChange(event);
                      checkLinkedProfileUrl(i);
                    }}
                    // A pasted profile link becomes handle, platform and profile URL, as in the CSV import.
                    onBlur={(event) => {
                      form.getInputProps(`accounts.${i}.handle`).onBlur?.(event);
                      const read = withProfileLinkRead(form.values.accounts[i]!);
                      if (read !== form.values.accounts[i]) form.setFieldValue(`accounts.${i}`, read);
                    }}
                  />
                  <NumberTextInput size="xs" w={120} label={t('creator.form.followers')} withAsterisk {...form.getInputProps(`accounts.${i}.followers`)} />
                  <NumberTextInput size="xs" w={100} label={t('creator.form.avgLikes')} {...form.getInputProps(`accounts.${i}.avgLikes`)} />
                  <NumberTextInput size="xs" w={100} label={t('creator.form.avgComments')} {...form.getInputProps(`accounts.${i}.avgComments`)} />
                  <NumberTextInput size="xs" w={100} label={t('creator.form.avgShares')} {...form.getInputProps(`accounts.${i}.avgShares`)} />
                  <NumberTextInput size="xs" w={100} label={t('creator.form.avgSaves')} {...form.getInputProps(`accounts.${i}.avgSaves`)} />
                  <NumberTextInput size="xs" w={124} label={t('creator.form.avgViews')} {...form.getInputProps(`accounts.${i}.avgViews`)} />
                  <NumberTextInput size="xs" w={120} label={t('creator.form.postsPerWeek')} {...form.getInputProps(`accounts.${i}.postsPerWeek`)} />
                  <TextInput size="xs" w={260} label={t('creator.form.profileUrl')} maxLength={limits.profileUrl} {...form.getInputProps(`accounts.${i}.profileUrl`)} />
                  <ActionIcon mt={levelWithInputs} variant="subtle" color="red" aria-label={t('creator.form.removeAccount')} onClick={() => form.removeListItem('accounts', i)}>
                    ×
                  </ActionIcon>
                </Group>
              </Card>
            ))}
          </Stack>
        </Card>

        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {t('creator.form.rateCard')}
            </Title>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                const platform = form.values.accounts[0]?.platform ?? 'instagram';
                form.insertListItem('rateCard', { deliverable: primaryDeliverable[platform], platform, amount: '', currency: settings.currency });
              }}
            >
              {t('creator.form.addRate')}
            </Button>
          </Group>
          <Stack gap="xs">
            {form.values.rateCard.map((rate, i) => (
              <Group key={i} gap="xs" align="flex-start" data-testid={`rate-form-${i}`}>
                <Select
                  size="xs"
                  w={120}
                  label={t('creator.form.platform')}
                  data={platformOptions}
                  allowDeselect={false}
                  {...form.getInputProps(`rateCard.${i}.platform`)}
                  onChange={(value) => {
                    if (!value) return;
                    const platform = value as Platform;
                    form.setFieldValue(`rateCard.${i}.platform`, platform);
                    // A YouTube video moved to TikTok is no deliverable there: take the platform's usual one.
                    if (!platformDeliverables[platform].includes(rate.deliverable)) form.setFieldValue(`rateCard.${i}.deliverable`, primaryDeliverable[platform]);
                  }}
                />
                <Select
                  size="xs"
                  w={150}
                  label={t('creator.form.deliverable')}
                  data={deliverableOptions(rate.platform, rate.deliverable)}
                  allowDeselect={false}
                  {...form.getInputProps(`rateCard.${i}.deliverable`)}
                />
                <NumberTextInput size="xs" w={130} label={t('creator.form.amount')} {...form.getInputProps(`rateCard.${i}.amount`)} />
                <TextInput size="xs" w={80} label={t('creator.form.currency')} {...form.getInputProps(`rateCard.${i}.currency`)} />
                <ActionIcon mt={levelWithInputs} variant="subtle" color="red" aria-label={t('creator.form.removeRate')} onClick={() => form.removeListItem('rateCard', i)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Card>

        <Textarea label={t('creator.form.notes')} autosize minRows={3} maxLength={limits.notes} {...form.getInputProps('notes')} />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('creator.form.save')}
          </Button>
          <Button variant="subtle" component={Link} to={existing ? `/creators/${existing.id}` : '/creators'}>
            {t('creator.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
