import { wizardContracts } from '@shared/api/wizard.contract';
import type { PlatformAdviceService } from '../services/platform-advice.service';
import { createTypedHandler } from './typed-handler';

export function wizardHandlers(advice: PlatformAdviceService) {
  const c = wizardContracts;
  return {
    'wizard:list': createTypedHandler(c['wizard:list'], () => advice.list()),
    'wizard:get': createTypedHandler(c['wizard:get'], ({ id }) => advice.get(id)),
    'wizard:save': createTypedHandler(c['wizard:save'], ({ id, advice: input }) => advice.save(id, input)),
    'wizard:delete': createTypedHandler(c['wizard:delete'], ({ id }) => advice.remove(id)),
  };
}
