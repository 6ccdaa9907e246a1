import { ambassadorsContracts } from '@shared/api/ambassadors.contract';
import { remindersContracts } from '@shared/api/reminders.contract';
import type { AmbassadorsService } from '../services/ambassadors.service';
import type { RemindersService } from '../services/reminders.service';
import { createTypedHandler } from './typed-handler';

export function ambassadorsHandlers(ambassadors: AmbassadorsService, reminders: RemindersService) {
  const a = ambassadorsContracts;
  return {
    'ambassadors:list': createTypedHandler(a['ambassadors:list'], () => ambassadors.list()),
    'ambassadors:get': createTypedHandler(a['ambassadors:get'], ({ id }) => ambassadors.get(id)),
    'ambassadors:save': createTypedHandler(a['ambassadors:save'], ({ id, ambassador, expectedUpdatedAt }) => ambassadors.save(id, ambassador, expectedUpdatedAt)),
    'ambassadors:log': createTypedHandler(a['ambassadors:log'], ({ id, entry }) => ambassadors.log(id, entry)),
    'ambassadors:deleteEntry': createTypedHandler(a['ambassadors:deleteEntry'], ({ id, entryId }) => ambassadors.deleteEntry(id, entryId)),
    'ambassadors:delete': createTypedHandler(a['ambassadors:delete'], ({ id }) => ambassadors.remove(id)),
    'reminders:due': createTypedHandler(remindersContracts['reminders:due'], ({ today, lookAheadDays }) => reminders.due(today, lookAheadDays)),
  };
}
