import { ActionIcon, Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDetail, Terms } from '@shared/domain/campaigns';
import { useWorkActions } from '../../api/use-campaigns';
import { MoneyInput } from '../../components/MoneyInput';
import { FieldProblemsScope, useFieldProblemsScope } from '../../components/field-problems';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';
import { numberInputSeparators } from '../../lib/number-format';
import { usePreferences } from '../../preferences/preferences';
import { rebase } from '../../lib/rebase';
import { useLeaveGuard } from '../../lib/use-leave-guard';
import { FeeVerdict } from './FeeVerdict';
import { PercentInput, TypedNumberInput } from '../../components/TypedNumberInput';

/** Compensation (cash, products, commission), usage rights, exclusivity and approval rules of one partnership. */
export function TermsForm({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const { saveTerms } = useWorkActions();
  const [terms, setTerms] = useState<Terms>(partnership.terms);
  /** The saved terms the form started from: what "unsaved" is measured against, and what a save may replace. */
  const [base, setBase] = useState<Terms>(partnership.terms);
  const dirty = JSON.stringify(terms) !== JSON.stringify(base);
  // Terms saved since (moving to "paid" fills in the payment; another window's save) are taken
  // into the form, over the fields the user has not touched; a field both changed is left for
  // the save to refuse.
  if (JSON.stringify(partnership.terms) !== JSON.stringify(base)) {
    const merged = rebase(base, terms, partnership.terms);
    if (merged) {
      setBase(partnership.terms);
      setTerms(merged);
    }
  }
  const leaveGuard = useLeaveGuard(dirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const currency = partnership.campaignCurrency;
  const num = numberInputSeparators(prefs.locale);
  const set = (patch: Partial<Terms>) => setTerms((x) => ({ ...x, ...patch }));
  const days = (v: string | number) => (v === '' ? null : Math.round(Number(v)));

  const fieldProblems = useFieldProblemsScope();
  const save = () => {
    if (fieldProblems.any) {
      notifications.show({ color: 'red', message: t('app.fieldProblems') });
      return;
    }
    saveTerms.mutate(
      { id: partnership.id, terms, expected: base },
      {
        onSuccess: (saved) => {
          setBase(saved.terms);
          setTerms(saved.terms);
          setErrors({});
          notifications.show({ color: 'green', message: t('partnership.terms.saved') });
        },
        onError: (error) => {
          setErrors(fieldErrors(t, error, 'terms.'));
          notifications.show({ color: 'red', message: apiErrorText(t, error) });
        },
      },
    );
  };

  return (
    <FieldProblemsScope value={fieldProblems}>
    <Stack component="section" aria-label={t('partnership.terms.title')}>
      {leaveGuard.prompt}
      <FeeVerdict partnership={partnership} terms={terms} />
      <Group align="flex-start">
        <MoneyInput label={t('partnership.terms.cash')} currency={currency} value={terms.cash} error={errors.cash} onChange={(cash) => set({ cash })} />
        <MoneyInput label={t('partnership.terms.paid')} currency={currency} value={terms.paid} error={errors.paid} onChange={(paid) => set({ paid })} description={t('partnership.terms.paidHelp')} />
      </Group>

      <Title order={4} size="h6">
        {t('partnership.terms.products')}
      </Title>
      {terms.products.map((p, i) => (
        <Group key={i} align="flex-end">
          <TextInput label={t('partnership.terms.productName')} value={p.name} error={errors[`products.${i}.name`]} onChange={(e) => set({ products: terms.products.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })} />
          <TypedNumberInput w={90} label={t('partnership.terms.quantity')} min={1} allowDecimal={false} whenEmpty={1} value={p.quantity} onChange={(quantity) => set({ products: terms.products.map((x, j) => (j === i ? { ...x, quantity: Math.round(quantity) } : x)) })} />
          <MoneyInput label={t('partnership.terms.retailValue')} currency={currency} value={p.retailValue} onChange={(v) => set({ products: terms.products.map((x, j) => (j === i ? { ...x, retailValue: v ?? 0 } : x)) })} />
          <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('partnership.terms.removeProduct', { name: p.name })} onClick={() => set({ products: terms.products.filter((_, j) => j !== i) })}>
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Button variant="light" size="xs" w="fit-content" onClick={() => set({ products: [...terms.products, { name: '', quantity: 1, retailValue: 0 }] })}>
        {t('partnership.terms.addProduct')}
      </Button>

      <Title order={4} size="h6">
        {t('partnership.terms.commission')}
      </Title>
      <SegmentedControl
        w="fit-content"
        value={terms.commission.type}
        data={(['none', 'percent', 'fixed'] as const).map((k) => ({ value: k, label: t(`partnership.terms.commissionTypes.${k}`) }))}
        onChange={(v) =>
          // Without commission nothing can have been earned as commission: clear it so it does not count as spent.
          set(v === 'percent' ? { commission: { type: 'percent', percent: 10 } } : v === 'fixed' ? { commission: { type: 'fixed', amount: 500 } } : { commission: { type: 'none' }, commissionEarned: null })
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {terms.commission.type === 'none' ? null : terms.commission.type === 'percent' ? (
            <PercentInput label={t('partnership.terms.percent')} value={terms.commission.percent} error={errors['commission.percent']} onChange={(percent) => set({ commission: { type: 'percent', percent } })} />
          ) : (
            <MoneyInput label={t('partnership.terms.perConversion')} currency={currency} value={terms.commission.amount} error={errors['commission.amount']} onChange={(v) => set({ commission: { type: 'fixed', amount: v ?? 0 } })} />
          )}
        <TextInput label={t('partnership.terms.promoCode')} value={terms.promoCode} onChange={(e) => set({ promoCode: e.currentTarget.value })} />
        <TextInput label={t('partnership.terms.trackedLink')} placeholder="https://" value={terms.trackedLink} error={errors.trackedLink} onChange={(e) => set({ trackedLink: e.currentTarget.value })} />
        {terms.commission.type !== 'none' && <MoneyInput label={t('partnership.terms.commissionEarned')} currency={currency} value={terms.commissionEarned} onChange={(v) => set({ commissionEarned: v })} />}
      </SimpleGrid>

      <Title order={4} size="h6">
        {t('partnership.terms.rights')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('partnership.terms.usageRights')} placeholder={t('partnership.terms.usageRightsExample')} value={terms.usageRights} onChange={(e) => set({ usageRights: e.currentTarget.value })} />
        <NumberInput {...num} label={t('partnership.terms.usageRightsDays')} min={0} allowDecimal={false} value={terms.usageRightsDays ?? ''} error={errors.usageRightsDays} onChange={(v) => set({ usageRightsDays: days(v) })} />
        <NumberInput {...num} label={t('partnership.terms.exclusivityDays')} min={0} allowDecimal={false} value={terms.exclusivityDays ?? ''} error={errors.exclusivityDays} onChange={(v) => set({ exclusivityDays: days(v) })} />
      </SimpleGrid>
      <Group align="flex-end">
        <Switch label={t('partnership.terms.approvalRequired')} checked={terms.approvalRequired} onChange={(e) => set({ approvalRequired: e.currentTarget.checked })} />
        <TypedNumberInput w={160} label={t('partnership.terms.revisionRounds')} min={0} max={20} allowDecimal={false} value={terms.revisionRounds} onChange={(rounds) => set({ revisionRounds: Math.round(rounds) })} />
        <TypedNumberInput w={200} label={t('partnership.terms.turnaroundDays')} min={0} max={365} allowDecimal={false} value={terms.turnaroundDays} onChange={(days) => set({ turnaroundDays: Math.round(days) })} />
      </Group>
      <Textarea label={t('partnership.terms.notes')} autosize minRows={2} value={terms.notes} onChange={(e) => set({ notes: e.currentTarget.value })} />
      {Object.keys(errors).length > 0 && (
        <Text size="sm" c="red" role="alert">
          {t('errors.title')}
        </Text>
      )}
      <Button w="fit-content" onClick={save} loading={saveTerms.isPending}>
        {t('partnership.terms.save')}
      </Button>
    </Stack>
    </FieldProblemsScope>
  );
}
