import { Alert, Anchor, Button, Card, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fillTemplate, firstNameOf, mailtoUrl } from '@shared/campaigns/outreach';
import type { PartnershipDetail } from '@shared/domain/campaigns';
import { useTemplates, useWorkActions } from '../../api/use-campaigns';
import { apiErrorText } from '../../lib/api-error-text';
import { addDays, localToday } from '../../lib/dates';
import { usePreferences, type Preferences } from '../../preferences/preferences';
import { DateField } from '../../components/DateField';
import { TypedNumberInput } from '../../components/TypedNumberInput';
import { commissionText } from '../Campaigns/deal-text';

/** What the offer merge field says by default: the agreed cash, products and commission, in the user's format. */
function offerText(p: PartnershipDetail, t: TFunction, prefs: Pick<Preferences, 'money' | 'number'>): string {
  const { commission } = p.terms;
  const parts = [
    p.terms.cash ? prefs.money(p.terms.cash, p.campaignCurrency) : null,
    ...p.terms.products.map((x) => (x.quantity > 1 ? `${x.quantity} × ${x.name}` : x.name)),
    // A commission-only deal still has an offer: without it {offer} would stay empty.
    commissionText(commission, p.campaignCurrency, t, prefs),
  ];
  return parts.filter(Boolean).join(' + ');
}

/** Personalised outreach from a template, copied or opened in the mail app, and the contact log with its follow-up reminder. */
export function OutreachPanel({ partnership: p }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const templates = useTemplates();
  const { logContact } = useWorkActions();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [topic, setTopic] = useState('');
  // Follows the terms until the user writes their own offer.
  const [ownOffer, setOwnOffer] = useState<string | null>(null);
  const offer = ownOffer ?? offerText(p, t, prefs);
  const [date, setDate] = useState(localToday());
  const [note, setNote] = useState('');
  const [followUpDays, setFollowUpDays] = useState(p.outreach.followUpAfterDays);
  const [confirmMail, setConfirmMail] = useState(false);

  const template = templates.data?.find((x) => String(x.id) === templateId) ?? templates.data?.find((x) => x.kind === (p.outreach.firstContactOn ? 'followUp' : 'firstContact')) ?? templates.data?.[0];
  const main = p.handles[0];
  const values = {
    firstName: firstNameOf(p.creatorName),
    name: p.creatorName,
    handle: main ? `@${main.handle}` : '',
    platform: main ? t(`platforms.${main.platform}`) : '',
    recentPostTopic: topic,
    brand: p.clientName,
    campaign: p.campaignName,
    offer,
    senderName: prefs.settings.userName ?? '',
  };
  const subject = template ? fillTemplate(template.subject, values) : null;
  const body = template ? fillTemplate(template.body, values) : null;
  const missing = [...new Set([...(subject?.missing ?? []), ...(body?.missing ?? [])])];
  const unknown = [...new Set([...(subject?.unknown ?? []), ...(body?.unknown ?? [])])];
  const mailto = p.creatorEmail && subject && body ? mailtoUrl(p.creatorEmail, subject.text, body.text) : null;
  // A message never leaves with "{recentPostTopic}" in it.
  const ready = body !== null && missing.length === 0 && unknown.length === 0;
  const nextFollowUp = p.outreach.lastContactOn && !p.outreach.replied ? addDays(p.outreach.lastContactOn, p.outreach.followUpAfterDays) : null;

  const log = (kind: 'firstContact' | 'followUp' | 'reply') =>
    logContact.mutate(
      { id: p.id, kind, onDate: date, note, followUpAfterDays: followUpDays },
      {
        onSuccess: () => {
          setNote('');
          notifications.show({ color: 'green', message: t(`partnership.outreach.logged.${kind}`) });
        },
        onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }),
      },
    );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${subject?.text ?? ''}\n\n${body?.text ?? ''}`);
      notifications.show({ color: 'green', message: t('partnership.outreach.copied') });
    } catch {
      notifications.show({ color: 'red', message: t('partnership.outreach.copyFailed') });
    }
  };

  return (
    <Stack component="section" aria-label={t('partnership.outreach.title')}>
      <Card withBorder padding="sm" data-testid="contact-status">
        <Text size="sm">
          {p.outreach.firstContactOn ? t('partnership.outreach.firstContact', { date: prefs.date(p.outreach.firstContactOn) }) : t('partnership.outreach.notContacted')}
          {p.outreach.lastContactOn && ` · ${t('partnership.outreach.lastContact', { date: prefs.date(p.outreach.lastContactOn) })}`}
          {p.outreach.replied && ` · ${t('partnership.outreach.replied')}`}
        </Text>
        {nextFollowUp && (
          <Text size="sm" c={nextFollowUp <= localToday() ? 'red' : undefined}>
            {t('partnership.outreach.followUpOn', { date: prefs.date(nextFollowUp) })}
          </Text>
        )}
      </Card>

      {templates.data?.length === 0 ? (
        <Text size="sm">
          {t('partnership.outreach.noTemplates')}{' '}
          <Anchor component={Link} to="/templates">
            {t('nav.templates')}
          </Anchor>
        </Text>
      ) : (
        <Stack gap="xs">
          <Group align="flex-end" grow>
            <Select label={t('partnership.outreach.template')} data={(templates.data ?? []).map((x) => ({ value: String(x.id), label: x.name }))} value={template ? String(template.id) : null} onChange={setTemplateId} allowDeselect={false} />
            <TextInput label={t('partnership.outreach.topic')} description={t('partnership.outreach.topicHelp')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} />
            <TextInput label={t('partnership.outreach.offer')} value={offer} onChange={(e) => setOwnOffer(e.currentTarget.value)} />
          </Group>
          {subject && body && (
            <Card withBorder padding="sm" data-testid="message-preview">
              <Text size="sm" fw={600}>
                {subject.text}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {body.text}
              </Text>
            </Card>
          )}
          {missing.length > 0 && (
            <Alert color="orange" p="xs">
              {t('partnership.outreach.missing', { fields: missing.map((f) => `{${f}}`).join(', ') })}
              {/* The sender is the user's name from Settings: this panel has no field for it. */}
              {[subject, body].some((filled) => filled?.missingFields.includes('senderName')) && (
                <Anchor component={Link} to="/settings" size="sm" display="block" mt={4}>
                  {t('partnership.outreach.senderInSettings')}
                </Anchor>
              )}
            </Alert>
          )}
          {unknown.length > 0 && (
            <Alert color="orange" p="xs">
              {t('partnership.outreach.unknown', { fields: unknown.map((f) => `{${f}}`).join(', ') })}
            </Alert>
          )}
          <Group>
            <Button variant="light" onClick={() => void copy()} disabled={!ready}>
              {t('partnership.outreach.copy')}
            </Button>
            <Button variant="light" onClick={() => setConfirmMail(true)} disabled={!ready || !mailto}>
              {t('partnership.outreach.openMail')}
            </Button>
            {!p.creatorEmail ? (
              <Text size="xs" c="dimmed">
                {t('partnership.outreach.noEmail')}
              </Text>
            ) : (
              !mailto &&
              body && (
                <Text size="xs" c="dimmed">
                  {t('partnership.outreach.tooLong')}
                </Text>
              )
            )}
          </Group>
        </Stack>
      )}

      <Card withBorder padding="sm" component="form" aria-label={t('partnership.outreach.log')} onSubmit={(e: React.FormEvent) => e.preventDefault()}>
        <Stack gap="xs">
          <Group align="flex-end">
            <DateField label={t('partnership.outreach.date')} value={date} onChange={(v) => setDate(v ?? '')} />
            <TypedNumberInput w={200} label={t('partnership.outreach.followUpAfter')} min={1} max={90} allowDecimal={false} whenEmpty={5} value={followUpDays} onChange={(days) => setFollowUpDays(Math.round(days))} />
          </Group>
          <Textarea label={t('partnership.outreach.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group>
            <Button size="xs" onClick={() => log(p.outreach.firstContactOn ? 'followUp' : 'firstContact')} loading={logContact.isPending}>
              {p.outreach.firstContactOn ? t('partnership.outreach.logFollowUp') : t('partnership.outreach.logFirst')}
            </Button>
            <Button size="xs" variant="light" onClick={() => log('reply')} disabled={!p.outreach.lastContactOn || p.outreach.replied}>
              {t('partnership.outreach.logReply')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <Modal opened={confirmMail} onClose={() => setConfirmMail(false)} title={t('partnership.outreach.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('partnership.outreach.confirmText', { email: p.creatorEmail })}</Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setConfirmMail(false)}>
              {t('campaigns.cancel')}
            </Button>
            {/* The dialog asks one question; focus starts on its answer, not on the close button. */}
            <Button
              data-autofocus
              onClick={() => {
                setConfirmMail(false);
                // Opens the user's mail app; the Electron shell hands only mailto: links to the system.
                if (mailto) window.location.href = mailto;
              }}
            >
              {t('partnership.outreach.confirmOpen')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
