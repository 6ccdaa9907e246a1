import { savedViewsContracts } from '@shared/api/saved-views.contract';
import type { SavedViewsService } from '../services/saved-views.service';
import { createTypedHandler } from './typed-handler';

export function savedViewsHandlers(views: SavedViewsService) {
  const c = savedViewsContracts;
  return {
    'savedViews:list': createTypedHandler(c['savedViews:list'], () => views.list()),
    'savedViews:save': createTypedHandler(c['savedViews:save'], ({ name, query }) => views.save(name, query)),
    'savedViews:delete': createTypedHandler(c['savedViews:delete'], ({ id }) => views.remove(id)),
  };
}
