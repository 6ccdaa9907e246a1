import { plansContracts } from '@shared/api/plans.contract';
import type { PlansService } from '../services/plans.service';
import { createTypedHandler } from './typed-handler';

export function plansHandlers(plans: PlansService) {
  const c = plansContracts;
  return {
    'plans:list': createTypedHandler(c['plans:list'], (query) => plans.list(query)),
    'plans:get': createTypedHandler(c['plans:get'], ({ id }) => plans.get(id)),
    'plans:create': createTypedHandler(c['plans:create'], (inputs) => plans.create(inputs)),
    'plans:update': createTypedHandler(c['plans:update'], ({ id, inputs }) => plans.update(id, inputs)),
    'plans:duplicate': createTypedHandler(c['plans:duplicate'], ({ id, name }) => plans.duplicate(id, name)),
    'plans:setArchived': createTypedHandler(c['plans:setArchived'], ({ id, archived }) => plans.setArchived(id, archived)),
    'plans:delete': createTypedHandler(c['plans:delete'], ({ id }) => plans.remove(id)),
  };
}
