import type { WorkRulesMessages } from './work-rules.en';

export const workRulesNl: WorkRulesMessages = {
  pipeline: {
    sameStage: 'De samenwerking staat al in die fase',
    skipsStages: 'Verplaats één fase tegelijk, zodat er geen stap wordt overgeslagen',
    finalStage: 'Een betaalde, geannuleerde of afgewezen samenwerking kan daar niet heen',
    declineAfterAgreement: 'Na akkoord kan een samenwerking geannuleerd worden, niet afgewezen',
    needsApproval: 'Content wordt pas gepubliceerd nadat die is goedgekeurd',
    needsPublication: 'Een samenwerking wordt pas betaald nadat de content is gepubliceerd',
    deliverablesNotApproved_one: '{{count, number}} deliverable is nog niet goedgekeurd',
    deliverablesNotApproved_other: '{{count, number}} deliverables zijn nog niet goedgekeurd',
    deliverablesNotPublished_one: '{{count, number}} deliverable is nog niet gepubliceerd',
    deliverablesNotPublished_other: '{{count, number}} deliverables zijn nog niet gepubliceerd',
  },
  deliverable: {
    sameStatus: 'De deliverable heeft die status al',
    notAllowed: 'Die stap volgt niet op de huidige status',
    commentRequired: 'Zeg wat er anders moet',
    urlRequired: 'Geef het webadres (https://…) waar het is gepubliceerd',
  },
  client: {
    duplicateName: 'Er is al een klant met deze naam',
    inUse: '{{name}} heeft nog campagnes ({{campaigns}}) of ambassadeurs ({{ambassadors}}): verwijder die eerst',
  },
  campaign: {
    unknownClient: 'Die klant bestaat niet (meer)',
    unknownPlan: 'Dat budgetplan bestaat niet (meer)',
    unknownAdvice: 'Dat platformadvies bestaat niet (meer)',
    currencyLocked: 'De valuta kan niet meer veranderen nu er creators in de campagne zitten: hun afspraken zijn in {{currency}}',
  },
  partnership: { unknownCreators: 'Geen van deze creators bestaat (nog)' },
  work: {
    email: 'Dit lijkt geen e-mailadres',
    aboveZero: 'Moet meer dan 0 zijn',
    endBeforeStart: 'De einddatum kan niet vóór de begindatum liggen',
    platformTwice: 'Een platform staat er twee keer in',
    webAddress: 'Gebruik een webadres dat begint met https://',
    noCommission: 'Deze afspraken hebben geen commissie',
  },
  ambassador: {
    unknownCreator: 'Die creator bestaat niet (meer)',
    unknownClient: 'Die klant bestaat niet (meer)',
    duplicate: '{{name}} is al ambassadeur voor deze klant',
  },
  zod: {
    too_small: 'Te klein of leeg',
    too_big: 'Te groot of te lang',
    invalid_type: 'Ontbreekt of is van de verkeerde soort',
    invalid_format: 'Niet in de verwachte vorm',
    invalid_value: 'Geen van de toegestane waarden',
    custom: 'Ongeldig',
    not_multiple_of: 'Moet een geheel getal zijn',
    unrecognized_keys: 'Onverwacht veld',
  },
};
