import type { Strings } from './strings';

/** English strings of refusals of campaign-side actions, by rule name (`errors.rule.<rule>`). The Dutch file is typed by this one. */
/** Refusals from the backend, by rule name (`errors.rule.<rule>`). */
export const workRulesEn = {
  results: {
    impressionsBelowReach: 'Impressions count every view, so they are at least the reach',
    clicksAboveImpressions: 'There cannot be more clicks than impressions',
    measuredInFuture: 'Figures cannot have been read after today: use today or an earlier day',
  },
  pipeline: {
    sameStage: 'The partnership is already at that stage',
    skipsStages: 'Move one stage at a time so no step is skipped',
    finalStage: 'A paid, cancelled or declined partnership cannot move there',
    declineAfterAgreement: 'After agreement a partnership can be cancelled, not declined',
    needsApproval: 'Content is published only after it has been approved',
    needsPublication: 'A partnership is paid only after the content is published',
    deliverablesNotApproved_one: '{{count, number}} deliverable is not approved yet',
    deliverablesNotApproved_other: '{{count, number}} deliverables are not approved yet',
    deliverablesNotPublished_one: '{{count, number}} deliverable is not published yet',
    deliverablesNotPublished_other: '{{count, number}} deliverables are not published yet',
  },
  deliverable: {
    sameStatus: 'The deliverable already has that status',
    notAllowed: 'That step does not follow from the current status',
    commentRequired: 'Say what should change',
    urlRequired: 'Give the web address (https://…) where it was published',
  },
  client: {
    duplicateName: 'There is already a client with this name',
    inUse: '{{name}} still has campaigns ({{campaigns}}) or ambassadors ({{ambassadors}}): delete those first',
  },
  campaign: {
    unknownClient: 'That client does not exist (any more)',
    unknownPlan: 'That budget plan does not exist (any more)',
    unknownAdvice: 'That platform advice does not exist (any more)',
    currencyLocked: 'The currency cannot change once creators are in the campaign: their terms are in {{currency}}',
  },
  partnership: { unknownCreators: 'None of these creators exist (any more)' },
  template: { unknownFields: 'Not a merge field: {{fields}}' },
  work: {
    email: 'This does not look like an email address',
    aboveZero: 'Must be more than 0',
    endBeforeStart: 'The end date cannot be before the start date',
    platformTwice: 'A platform is listed twice',
    webAddress: 'Use a web address starting with https://',
    noCommission: 'There is no commission in these terms',
  },
  ambassador: {
    unknownCreator: 'That creator does not exist (any more)',
    unknownClient: 'That client does not exist (any more)',
    duplicate: '{{name}} is already an ambassador for this client',
  },
  zod: {
    // The limit comes with the issue (context: what was measured; count or limit: the bound); the plain key is the fallback.
    too_small: 'Too small or empty',
    too_small_string_one: 'Cannot be empty',
    too_small_string_other: 'At least {{count, number}} characters',
    too_small_array_one: 'At least {{count, number}} entry',
    too_small_array_other: 'At least {{count, number}} entries',
    too_small_number: 'At least {{limit, number}}',
    too_small_numberExclusive: 'Must be more than {{limit, number}}',
    too_big: 'Too large or too long',
    too_big_string_one: 'At most {{count, number}} character',
    too_big_string_other: 'At most {{count, number}} characters',
    too_big_array_one: 'At most {{count, number}} entry',
    too_big_array_other: 'At most {{count, number}} entries',
    too_big_number: 'At most {{limit, number}}',
    too_big_numberExclusive: 'Must be less than {{limit, number}}',
    invalid_type: 'Missing or the wrong kind of value',
    invalid_format: 'Not in the expected format',
    invalid_value: 'Not one of the allowed values',
    custom: 'Not valid',
    not_multiple_of: 'Must be a whole number',
    unrecognized_keys: 'Unexpected field',
  },
};

export type WorkRulesMessages = Strings<typeof workRulesEn>;
