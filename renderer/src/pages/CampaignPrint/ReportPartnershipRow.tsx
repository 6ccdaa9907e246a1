import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agreedValue } from '@shared/campaigns/campaign-budget';
import { isOverdue } from '@shared/campaigns/deliverable-workflow';
import { isCommitted } from '@shared/campaigns/pipeline';
import type { PartnershipDetail } from '@shared/domain/campaigns';
import { usePreferences } from '../../preferences/preferences';
import { commissionText } from '../Campaigns/deal-text';
import { deliverableName } from '../../lib/deliverable-name';

/** A web address on paper: broken anywhere rather than pushing the table past the page. */
const urlStyle = { overflowWrap: 'anywhere' } as const;

/**
 * One creator in the campaign report: who, the stage, every term a client signs off on (money,
 * products, commission, tracked link, usage rights, exclusivity, approval), and the deliverables
 * with what each is and whether it is late. Terms of a deal not (or no longer) committed say so,
 * so the column is not read as adding up to "Committed".
 */
export function ReportPartnershipRow({ partnership: p, today }: { partnership: PartnershipDetail; today: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const money = (amount: number) => prefs.money(amount, p.campaignCurrency);
  const terms = p.terms;
  const value = agreedValue(terms, p.campaignCurrency);
  const commission = commissionText(terms.commission, p.campaignCurrency, t, prefs);
  // A deal never made (prospect, declined) has only the form's defaults: they are no terms to sign.
  const noDeal = !isCommitted(p.stage) && !(value && value.amount > 0) && terms.commission.type === 'none';
  const small = (text: string, key: string) => (
    <Text size="xs" c="dimmed" data-term={key}>
      {text}
    </Text>
  );
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {p.creatorName}
        </Text>
        <Text size="xs" c="dimmed">
          {p.handles.map((h) => `${t(`platforms.${h.platform}`)} @${h.handle}`).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>{t(`campaigns.stages.${p.stage}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{value && value.amount > 0 ? money(value.amount) : '–'}</Text>
        {noDeal && small(t('campaigns.report.noTerms'), 'none')}
        {isCommitted(p.stage) && !(value && value.amount > 0) && terms.commission.type === 'none' && (
          <Text size="xs" c="orange.8" data-testid="report-no-fee">
            {t('campaigns.report.noFee')}
          </Text>
        )}
        {value && value.amount > 0 && !isCommitted(p.stage) && (
          <Text size="xs" c="orange.8" data-testid="report-not-committed">
            {t('campaigns.report.notCommitted')}
          </Text>
        )}
        {terms.products.length > 0 && small(terms.products.map((x) => `${x.quantity} × ${x.name}`).join(', '), 'products')}
        {commission && small(`${commission}${terms.promoCode ? ` · ${terms.promoCode}` : ''}`, 'commission')}
        {terms.trackedLink && (
          <Text size="xs" c="dimmed" style={urlStyle} data-term="trackedLink">
            {t('campaigns.report.trackedLink', { url: terms.trackedLink })}
          </Text>
        )}
        {(terms.usageRights || terms.usageRightsDays !== null) &&
          small(
            terms.usageRightsDays === null
              ? t('campaigns.report.usageRights', { rights: terms.usageRights })
              : t('campaigns.report.usageRightsFor', { rights: terms.usageRights || t('campaigns.report.usageRightsUnnamed'), count: terms.usageRightsDays }),
            'usageRights',
          )}
        {terms.exclusivityDays !== null && terms.exclusivityDays > 0 && small(t('campaigns.report.exclusivity', { count: terms.exclusivityDays }), 'exclusivity')}
        {!noDeal &&
          small(
          terms.approvalRequired
            ? t('campaigns.report.approval', { rounds: t('campaigns.report.rounds', { count: terms.revisionRounds }), days: t('campaigns.report.days', { count: terms.turnaroundDays }) })
            : t('campaigns.report.noApproval'),
          'approval',
        )}
        {terms.paid !== null && <Text size="xs">{t('campaigns.report.paid', { amount: money(terms.paid) })}</Text>}
        {/* Spent is cash paid plus commission earned: both per creator, so the rows add up to the total. */}
        {terms.commissionEarned !== null && terms.commissionEarned > 0 && <Text size="xs">{t('campaigns.report.commissionEarned', { amount: money(terms.commissionEarned) })}</Text>}
      </Table.Td>
      <Table.Td>
        {p.deliverables.length === 0
          ? '–'
          : p.deliverables.map((d) => {
              const late = isOverdue(d.dueDate, d.status, today);
              return (
                <Text key={d.id} size="xs" mb={4} c={late ? 'red.8' : undefined} data-testid="report-deliverable">
                  {deliverableName(t, d.type, d.platform)} · {t(`platforms.${d.platform}`)} · {prefs.date(d.dueDate)} · {t(`partnership.deliverables.statuses.${d.status}`)}
                  {late && <strong> · {t('campaigns.report.overdue')}</strong>}
                  {d.description && (
                    <Text span size="xs" c="dimmed" display="block">
                      {d.description}
                    </Text>
                  )}
                  {d.publishedUrl && (
                    <Text span size="xs" display="block" style={urlStyle}>
                      {d.publishedUrl}
                    </Text>
                  )}
                </Text>
              );
            })}
      </Table.Td>
    </Table.Tr>
  );
}
