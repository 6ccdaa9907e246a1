import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisedHandle, parsePlatform, readProfileUrl } from '@shared/csv';
import { handleKey as domainHandleKey } from '@shared/domain/creators';

describe('platform names', () => {
  it.each([
    ['instagram', 'instagram'],
    ['Instagram', 'instagram'],
    ['IG', 'instagram'],
    ['insta', 'instagram'],
    ['TikTok', 'tiktok'],
    ['tik tok', 'tiktok'],
    ['TT', 'tiktok'],
    ['YouTube', 'youtube'],
    ['yt', 'youtube'],
    [' YOUTUBE ', 'youtube'],
    ['Facebook', null],
    ['', null],
  ])('reads %j as %j', (raw, platform) => expect(parsePlatform(raw)).toBe(platform));
});

describe('profile links', () => {
  it.each([
    ['https://www.instagram.com/lotte.bakt/', 'instagram', 'lotte.bakt'],
    ['http://instagram.com/lotte.bakt?igsh=abc', 'instagram', 'lotte.bakt'],
    ['instagram.com/lotte.bakt', 'instagram', 'lotte.bakt'],
    ['www.instagram.com/stories/lotte.bakt/123', 'instagram', 'lotte.bakt'],
    ['https://www.tiktok.com/@sannedv', 'tiktok', 'sannedv'],
    ['https://www.tiktok.com/@sannedv/video/7300000000000000000', 'tiktok', 'sannedv'],
    ['https://m.youtube.com/@analopez', 'youtube', 'analopez'],
    ['https://www.youtube.com/c/AnaLopez', 'youtube', 'AnaLopez'],
    ['https://www.youtube.com/channel/UC1234567890abcdefghijkl', 'youtube', 'UC1234567890abcdefghijkl'],
  ])('reads %s as a %s profile of %s', (url, platform, handle) => expect(readProfileUrl(url)).toMatchObject({ kind: 'profile', platform, handle }));

  it.each(['https://www.instagram.com/p/Cx123/', 'https://www.tiktok.com/video/1', 'https://vm.tiktok.com/ZMabc/', 'https://example.com/anna'])(
    'reads %s as a link that is not a profile',
    (url) => expect(readProfileUrl(url)).toMatchObject({ kind: 'otherUrl' }),
  );

  it('reads a bare handle as no link at all', () => expect(readProfileUrl('@anna')).toEqual({ kind: 'notUrl' }));
  it.each(['javascript:alert(1)', 'https://', 'ftp://example.com/x'])('refuses %j as a link', (text) => expect(readProfileUrl(text)).toEqual({ kind: 'invalidUrl' }));
});

describe('duplicate key', () => {
  it('ignores case, a leading @ and surrounding spaces', () => expect(normalisedHandle(' @Anna ')).toBe('anna'));

  it.each([' @Anna ', 'ÉMILE', 'anna_b.c-1', '@@x', 'a b'])('normalises %j as the domain does', (handle) => {
    expect(normalisedHandle(handle)).toBe(domainHandleKey(handle));
  });

  it('normalises any text as the domain does', () => {
    fc.assert(fc.property(fc.string(), (handle) => normalisedHandle(handle) === domainHandleKey(handle)));
    fc.assert(fc.property(fc.stringMatching(/^[@ A-Za-z0-9._-]{0,20}$/), (handle) => normalisedHandle(handle) === domainHandleKey(handle)));
  });
});
