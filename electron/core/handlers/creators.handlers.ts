import { creatorsContracts } from '@shared/api/creators.contract';
import type { CreatorImportService } from '../services/creator-import.service';
import type { CreatorsService } from '../services/creators.service';
import { createTypedHandler } from './typed-handler';

export function creatorsHandlers(creators: CreatorsService, imports: CreatorImportService) {
  const c = creatorsContracts;
  return {
    'creators:list': createTypedHandler(c['creators:list'], (query) => creators.list(query)),
    'creators:exportRows': createTypedHandler(c['creators:exportRows'], (query) => creators.exportRows(query)),
    'creators:get': createTypedHandler(c['creators:get'], ({ id }) => creators.get(id)),
    'creators:niches': createTypedHandler(c['creators:niches'], () => creators.niches()),
    'creators:create': createTypedHandler(c['creators:create'], (input) => creators.create(input)),
    'creators:update': createTypedHandler(c['creators:update'], ({ id, creator, expectedUpdatedAt }) => creators.update(id, creator, expectedUpdatedAt)),
    'creators:setVetting': createTypedHandler(c['creators:setVetting'], ({ id, itemId, answer }) => creators.setVetting(id, itemId, answer)),
    'creators:addSnapshot': createTypedHandler(c['creators:addSnapshot'], (input) => creators.addSnapshot(input)),
    'creators:bulk': createTypedHandler(c['creators:bulk'], ({ ids, action }) => creators.bulk(ids, action)),
    'creators:importMatch': createTypedHandler(c['creators:importMatch'], ({ keys, asOf }) => imports.match(keys, asOf)),
    'creators:importMappingFor': createTypedHandler(c['creators:importMappingFor'], ({ header }) => imports.mappingFor(header)),
    'creators:import': createTypedHandler(c['creators:import'], (request) => imports.importFile(request)),
    'creators:importProgress': createTypedHandler(c['creators:importProgress'], async () => imports.progress()),
    'creators:importCancel': createTypedHandler(c['creators:importCancel'], async () => imports.cancel()),
    'creators:matchingIds': createTypedHandler(c['creators:matchingIds'], (filter) => creators.matchingIds(filter)),
    'creators:restore': createTypedHandler(c['creators:restore'], ({ ids }) => creators.restore(ids)),
    'creators:purge': createTypedHandler(c['creators:purge'], ({ ids }) => creators.purge(ids)),
  };
}
