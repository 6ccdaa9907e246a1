import { describe, expect, it } from 'vitest';
import { unknownMergeFields } from '@shared/campaigns/outreach';

describe('unknownMergeFields', () => {
  it('finds braces that are no merge field, each once, with the field they probably meant', () => {
    expect(unknownMergeFields('Hi {firstname}, {fee} for {brand}. {fee} again, {Voornaam}, {handel}')).toEqual([
      { name: 'firstname', suggestion: 'firstName' },
      { name: 'fee', suggestion: null },
      { name: 'Voornaam', suggestion: 'voornaam' },
      { name: 'handel', suggestion: 'handle' },
    ]);
  });

  it('accepts every merge field in English and in Dutch', () => {
    expect(unknownMergeFields('{firstName} {voornaam} {recentPostTopic} {recentOnderwerp} {senderName} {afzender} {offer} {aanbod}')).toEqual([]);
  });
});
