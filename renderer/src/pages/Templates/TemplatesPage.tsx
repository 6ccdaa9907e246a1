import { Button, Card, Code, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dutchMergeFields, mergeFields, unknownMergeFields } from '@shared/campaigns/outreach';
import type { OutreachTemplate, TemplateInput } from '@shared/domain/campaigns';
import { useTemplates, useWorkActions } from '../../api/use-campaigns';
import { ConfirmButton } from '../../components/ConfirmButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { apiErrorText, fieldErrors } from '../../lib/api-error-text';

/** Outreach templates with merge fields; the example templates come in the user's language. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const templates = useTemplates();
  const { saveTemplate } = useWorkActions();
  const [editing, setEditing] = useState<OutreachTemplate | 'new' | null>(null);
  const addExamples = async () => {
    try {
      for (const kind of ['firstContact', 'followUp'] as const) {
        await saveTemplate.mutateAsync({ template: { name: t(`templates.examples.${kind}.name`), kind, subject: t(`templates.examples.${kind}.subject`), body: t(`templates.examples.${kind}.body`) } });
      }
    } catch (error) {
      notifications.show({ color: 'red', message: apiErrorText(t, error) });
    }
  };
  return (
    <Stack>
      <PageHeader title={t('templates.title')} intro={t('templates.intro')}>
        <Button onClick={() => setEditing('new')}>{t('templates.new')}</Button>
      </PageHeader>
      <Text size="sm">
        {/* In Dutch the Dutch names ({voornaam}); the English ones work in either language. */}
        {t('templates.fields')} {mergeFields.map((f) => <Code key={f} mr={4}>{`{${i18n.language === 'nl' ? dutchMergeFields[f] : f}}`}</Code>)}
      </Text>
      {editing !== null && <TemplateEditor key={editing === 'new' ? 'new' : editing.id} template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      <QueryState query={templates}>
        {(list) =>
          list.length === 0 ? (
            <Group>
              <Text c="dimmed">{t('templates.empty')}</Text>
              <Button variant="light" onClick={() => void addExamples()} loading={saveTemplate.isPending}>
                {t('templates.addExamples')}
              </Button>
            </Group>
          ) : (
            <Stack gap="xs">
              {list.map((tpl) => (
                <Card key={tpl.id} withBorder padding="sm" data-template={tpl.name}>
                  <Group justify="space-between">
                    <div>
                      <Text fw={600}>{tpl.name}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`templates.kinds.${tpl.kind}`)} · {tpl.subject}
                      </Text>
                    </div>
                    <Button size="xs" variant="light" onClick={() => setEditing(tpl)}>
                      {t('templates.edit')}
                    </Button>
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function TemplateEditor({ template, onDone }: { template: OutreachTemplate | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { saveTemplate, deleteTemplate } = useWorkActions();
  const [value, setValue] = useState<TemplateInput>(template ? { name: template.name, kind: template.kind, subject: template.subject, body: template.body } : { name: '', kind: 'firstContact', subject: '', body: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Braces that are not merge fields, each with the field it probably meant; null when all are fields.
  const unknownFieldsText = (text: string) => {
    const unknown = unknownMergeFields(text);
    const named = unknown.map((f) => (f.suggestion ? t('templates.errors.didYouMean', { field: `{${f.name}}`, suggestion: `{${f.suggestion}}` }) : `{${f.name}}`));
    return unknown.length > 0 ? t('templates.errors.unknownFields', { fields: named.join(', ') }) : null;
  };
  const save = () => {
    // The same rules as the contract, said specifically before anything is sent. A template with a
    // brace that is no merge field could never be used (the Outreach tab refuses it), so it is not saved.
    const subjectUnknown = unknownFieldsText(value.subject);
    const bodyUnknown = value.body.trim() ? unknownFieldsText(value.body) : t('templates.errors.body');
    const missing = {
      ...(value.name.trim() ? {} : { name: t('templates.errors.name') }),
      ...(subjectUnknown ? { subject: subjectUnknown } : {}),
      ...(bodyUnknown ? { body: bodyUnknown } : {}),
    };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    saveTemplate.mutate(
      { ...(template ? { id: template.id } : {}), template: value },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('templates.saved') });
          onDone();
        },
        onError: (e) => {
          setErrors(fieldErrors(t, e, 'template.'));
          notifications.show({ color: 'red', message: apiErrorText(t, e) });
        },
      },
    );
  };
  return (
    <Card withBorder padding="md" component="form" aria-label={t('templates.editor')} onSubmit={(e: React.FormEvent) => { e.preventDefault(); save(); }}>
      <Stack gap="xs">
        <Group align="flex-end" grow>
          <TextInput label={t('templates.name')} withAsterisk value={value.name} error={errors.name} onChange={(e) => setValue({ ...value, name: e.currentTarget.value })} />
          <SegmentedControl value={value.kind} onChange={(v) => setValue({ ...value, kind: v as TemplateInput['kind'] })} data={[{ value: 'firstContact', label: t('templates.kinds.firstContact') }, { value: 'followUp', label: t('templates.kinds.followUp') }]} />
        </Group>
        <TextInput label={t('templates.subject')} value={value.subject} error={errors.subject} onChange={(e) => setValue({ ...value, subject: e.currentTarget.value })} />
        <Textarea label={t('templates.body')} withAsterisk autosize minRows={6} value={value.body} error={errors.body} onChange={(e) => setValue({ ...value, body: e.currentTarget.value })} />
        <Group>
          <Button type="submit" loading={saveTemplate.isPending}>
            {t('templates.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('campaigns.cancel')}
          </Button>
          {template && (
            <ConfirmButton size="sm" ml="auto" question={t('templates.deleteConfirm', { name: template.name })} onConfirm={() => deleteTemplate.mutate({ id: template.id }, { onSuccess: onDone, onError: (e) => notifications.show({ color: 'red', message: apiErrorText(t, e) }) })}>
              {t('templates.delete')}
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
