import { describe, expect, it } from 'vitest';
import { knownStatus, statusOf, unknownStatusWords } from '@shared/domain/creator-status-words';

describe('status words in import files', () => {
  it.each([
    ['Prospect', 'prospect'],
    ['Lead', 'prospect'],
    ['In screening', 'vetting'],
    ['in review', 'vetting'],
    ['Vetted', 'approved'],
    ['Goedgekeurd', 'approved'],
    ['LIVE', 'active'],
    ['Brand ambassador', 'ambassador'],
    ['Inactief', 'archived'],
  ] as const)('reads %j as %s', (word, status) => {
    expect(knownStatus(word)).toBe(status);
  });

  it('leaves a word it does not know unknown: a new creator is a prospect, a known one keeps its status', () => {
    expect(knownStatus('Contacted')).toBeUndefined();
    expect(statusOf('Contacted')).toBe('prospect');
  });

  it('lists the unknown words once each, as first written, with their rows', () => {
    expect(unknownStatusWords(['Contacted', null, 'approved', ' contacted ', 'On hold'])).toEqual([
      { word: 'Contacted', rows: 2 },
      { word: 'On hold', rows: 1 },
    ]);
  });
});
