import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliverableView, HistoryEntry } from '@shared/domain/campaigns';
import { localDateOf } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { deliverableName } from '../../lib/deliverable-name';

/** Every recorded step, newest first, with who did it and when. */
export function HistoryList({ history, deliverables, currency }: { history: HistoryEntry[]; deliverables: DeliverableView[]; currency: string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const when = (at: string) => `${prefs.date(localDateOf(at))} ${new Date(at).toLocaleTimeString(prefs.locale, { hour: '2-digit', minute: '2-digit' })}`;
  // Several posts on one platform read alike ("Post · Instagram: Planned" four times): their
  // description and due date tell them apart (a due-date change names its own dates already).
  const nameOf = (d: DeliverableView, withDue: boolean): string => {
    const kind = `${deliverableName(t, d.type, d.platform)} · ${t(`platforms.${d.platform}`)}`;
    const text = d.description.trim();
    const description = text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
    const described = description ? t('partnership.history.described', { kind, description }) : kind;
    return withDue ? t('partnership.history.withDue', { name: described, date: prefs.date(d.dueDate) }) : described;
  };
  const describe = (h: HistoryEntry): string => {
    const stage = (s: string | null) => (s ? t(`campaigns.stages.${s}`, { defaultValue: s }) : '');
    const status = (s: string | null) => (s ? t(`partnership.deliverables.statuses.${s}`, { defaultValue: s === 'deleted' ? t('partnership.history.deleted') : s }) : '');
    switch (h.kind) {
      case 'created':
        return t('partnership.history.created');
      case 'stage':
        return t('partnership.history.stage', { from: stage(h.from), to: stage(h.to) });
      case 'terms': {
        const fields = h.note
          .split(',')
          .filter(Boolean)
          .map((f) => t(`partnership.history.termFields.${f}`, { defaultValue: f }))
          .join(', ');
        const cash = (v: string | null) => (v ? prefs.money(Number(v), currency) : '–');
        return h.from !== null || h.to !== null ? t('partnership.history.cashChanged', { from: cash(h.from), to: cash(h.to), fields }) : t('partnership.history.terms', { fields });
      }
      case 'contact':
        return t(`partnership.history.contact.${h.to}`, { date: h.from ? prefs.date(h.from) : '', defaultValue: h.to ?? '' });
      case 'deliverable': {
        const d = deliverables.find((x) => x.id === h.deliverableId);
        if (h.from && /^\d{4}-/.test(h.from)) return t('partnership.history.dueChanged', { name: d ? nameOf(d, false) : t('partnership.history.aDeliverable'), from: prefs.date(h.from), to: prefs.date(h.to ?? '') });
        return t('partnership.history.deliverable', { name: d ? nameOf(d, true) : t('partnership.history.aDeliverable'), to: status(h.to) });
      }
      case 'results':
        return t('partnership.history.results', { fields: h.note.split(',').filter(Boolean).map((f) => t(`partnership.results.fields.${f}`, { defaultValue: f }).toLocaleLowerCase()).join(', ') });
    }
  };
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="history">
      {history.map((h) => (
        <Timeline.Item key={h.id} title={describe(h)}>
          <Text size="xs" c="dimmed">
            {when(h.at)} · {h.actor}
          </Text>
          {h.note && h.kind !== 'terms' && h.kind !== 'results' && <Text size="sm">{h.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
