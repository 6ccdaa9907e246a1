import type { OutreachTemplate, TemplateInput } from '@shared/domain/campaigns';
import type { Db } from '../db/database';
import type { OutreachTemplateRow } from '../db/schema';
import { deleteTemplate, findTemplate, insertTemplate, listTemplates, updateTemplate } from '../repos/templates.repo';
import { DomainError } from './domain-error';

const toTemplate = (r: OutreachTemplateRow): OutreachTemplate => ({ id: r.id, name: r.name, kind: r.kind as 'firstContact', subject: r.subject, body: r.body, updatedAt: r.updated_at });

/** Outreach message templates with merge fields. */
export function createTemplatesService(db: Db, now: () => Date = () => new Date()) {
  return {
    list: async () => (await listTemplates(db)).map(toTemplate),
    save: (id: number | undefined, input: TemplateInput) =>
      db.transaction().execute(async (trx) => {
        const values = { name: input.name, kind: input.kind, subject: input.subject, body: input.body, updated_at: now().toISOString() };
        if (id === undefined) id = await insertTemplate(trx, values);
        else {
          if (!(await findTemplate(trx, id))) throw new DomainError('not_found', `There is no template ${id}`);
          await updateTemplate(trx, id, values);
        }
        return toTemplate((await findTemplate(trx, id))!);
      }),
    remove: async (id: number) => ({ deleted: await deleteTemplate(db, id) }),
  };
}
export type TemplatesService = ReturnType<typeof createTemplatesService>;
