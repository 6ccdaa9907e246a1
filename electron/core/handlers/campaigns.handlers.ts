import { campaignsContracts, clientsContracts, deliverablesContracts, partnershipsContracts, templatesContracts } from '@shared/api/campaigns.contract';
import type { CampaignsService } from '../services/campaigns.service';
import type { PartnershipsService } from '../services/partnerships.service';
import type { TemplatesService } from '../services/templates.service';
import { createTypedHandler } from './typed-handler';

export function campaignsHandlers(campaigns: CampaignsService, partnerships: PartnershipsService, templates: TemplatesService) {
  const cl = clientsContracts;
  const c = campaignsContracts;
  const p = partnershipsContracts;
  const d = deliverablesContracts;
  const t = templatesContracts;
  return {
    'clients:list': createTypedHandler(cl['clients:list'], () => campaigns.listClients()),
    'clients:save': createTypedHandler(cl['clients:save'], ({ id, client }) => campaigns.saveClient(id, client)),
    'clients:delete': createTypedHandler(cl['clients:delete'], ({ id }) => campaigns.deleteClient(id)),
    'campaigns:list': createTypedHandler(c['campaigns:list'], (filter) => campaigns.listCampaigns(filter)),
    'campaigns:get': createTypedHandler(c['campaigns:get'], ({ id }) => campaigns.getCampaign(id)),
    'campaigns:save': createTypedHandler(c['campaigns:save'], ({ id, campaign, expectedUpdatedAt }) => campaigns.saveCampaign(id, campaign, expectedUpdatedAt)),
    'campaigns:delete': createTypedHandler(c['campaigns:delete'], ({ id }) => campaigns.deleteCampaign(id)),
    'partnerships:add': createTypedHandler(p['partnerships:add'], ({ campaignId, creatorIds }) => partnerships.add(campaignId, creatorIds)),
    'partnerships:get': createTypedHandler(p['partnerships:get'], ({ id }) => partnerships.get(id)),
    'partnerships:move': createTypedHandler(p['partnerships:move'], ({ id, to, note }) => partnerships.move(id, to, note)),
    'partnerships:saveTerms': createTypedHandler(p['partnerships:saveTerms'], ({ id, terms, expected }) => partnerships.saveTerms(id, terms, expected)),
    'partnerships:saveResults': createTypedHandler(p['partnerships:saveResults'], ({ id, results, expected }) => partnerships.saveResults(id, results, expected)),
    'partnerships:logContact': createTypedHandler(p['partnerships:logContact'], ({ id, kind, onDate, note, followUpAfterDays }) =>
      partnerships.logContact(id, kind, onDate, note, followUpAfterDays),
    ),
    'partnerships:ofCreator': createTypedHandler(p['partnerships:ofCreator'], ({ creatorId }) => partnerships.ofCreator(creatorId)),
    'partnerships:remove': createTypedHandler(p['partnerships:remove'], ({ id }) => partnerships.remove(id)),
    'deliverables:save': createTypedHandler(d['deliverables:save'], ({ partnershipId, id, deliverable }) => partnerships.saveDeliverable(partnershipId, id, deliverable)),
    'deliverables:transition': createTypedHandler(d['deliverables:transition'], ({ id, to, comment, url }) => partnerships.transitionDeliverable(id, to, comment, url)),
    'deliverables:delete': createTypedHandler(d['deliverables:delete'], ({ id }) => partnerships.deleteDeliverable(id)),
    'deliverables:agenda': createTypedHandler(d['deliverables:agenda'], ({ from, to }) => partnerships.agenda(from, to)),
    'templates:list': createTypedHandler(t['templates:list'], () => templates.list()),
    'templates:save': createTypedHandler(t['templates:save'], ({ id, template }) => templates.save(id, template)),
    'templates:delete': createTypedHandler(t['templates:delete'], ({ id }) => templates.remove(id)),
  };
}
