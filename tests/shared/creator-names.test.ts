import { describe, expect, it } from 'vitest';
import { nameKey, namesOfSeveralCreators } from '@shared/domain/creator-names';

describe('names as the import joins creators by them', () => {
  it.each(['Lily Chen 🌷', 'lily  chen', 'Lily Chen 🇺🇸', 'Lily Chen 👋🏽', ' LILY CHEN '])('reads %j as "lily chen"', (name) => {
    expect(nameKey(name)).toBe('lily chen');
  });

  it('keeps accents: Café is not Cafe', () => expect(nameKey('Café Lotte')).not.toBe(nameKey('Cafe Lotte')));

  it('names the names a file gives to two creator ids', () => {
    const rows = [
      { name: 'Aiden Thompson', creatorRef: '17' },
      { name: 'aiden thompson', creatorRef: '42' },
      { name: 'Aiden Thompson', creatorRef: '17' },
      { name: 'Lily Chen', creatorRef: '3' },
      { name: 'Lily Chen', creatorRef: null },
    ];
    expect([...namesOfSeveralCreators(rows)]).toEqual(['aiden thompson']);
  });
});
