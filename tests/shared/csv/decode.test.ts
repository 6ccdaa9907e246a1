import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@shared/csv';
import { utf8 } from './helpers';

function problemOf(bytes: Uint8Array) {
  const result = decodeCsvBytes(bytes);
  return result.ok ? null : result.problem;
}

describe('decoding', () => {
  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeCsvBytes(utf8('naam;plaats\nZoë;Café'))).toEqual({ ok: true, text: 'naam;plaats\nZoë;Café', encoding: 'utf-8' });
  });

  it('strips the UTF-8 byte order mark and says it was there', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('name\n€5')]))).toEqual({ ok: true, text: 'name\n€5', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8 (a Dutch Excel export)', () => {
    // "Café € 5" in Windows-1252: é is 0xE9, € is 0x80.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x35]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: 'Café € 5', encoding: 'windows-1252' });
  });

  it('keeps a file with a BOM as UTF-8 even if one byte is damaged', () => {
    const result = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zoë '), 0xff]));
    expect(result).toEqual({ ok: true, text: 'Zoë \ufffd', encoding: 'utf-8-bom' });
  });

  it('refuses an empty file', () => expect(problemOf(new Uint8Array())).toMatchObject({ code: 'emptyFile', line: 0 }));
  it('refuses a file with only a BOM and blank lines as empty', () => {
    expect(problemOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x20]))).toMatchObject({ code: 'emptyFile' });
  });

  it('refuses a file with NUL bytes as binary', () => expect(problemOf(new Uint8Array([0x61, 0x00, 0x62, 0x63]))).toMatchObject({ code: 'binaryFile', line: 0 }));
  it('refuses a file where more than 1 % of the bytes are control characters', () => {
    const bytes = utf8(`name\n${'\u0001'.repeat(3)}${'a'.repeat(97)}`);
    expect(problemOf(bytes)).toMatchObject({ code: 'binaryFile' });
  });
  it('tolerates one stray control character in a long text', () => {
    expect(decodeCsvBytes(utf8(`name\n\u001a${'a'.repeat(200)}`)).ok).toBe(true);
  });

  it('names an Excel workbook (.xlsx is a zip) instead of calling it binary', () => {
    expect(problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toMatchObject({ code: 'spreadsheetFile' });
  });
  it('names an old .xls workbook', () => {
    expect(problemOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]))).toMatchObject({ code: 'spreadsheetFile' });
  });

  it('names UTF-16 with a byte order mark (Excel "Unicode text") as unsupported', () => {
    const body = [...'name\tvolgers\n'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(problemOf(new Uint8Array([0xff, 0xfe, ...body]))).toMatchObject({ code: 'unsupportedEncoding', params: { encoding: 'utf-16le' } });
  });
  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    const body = [...'name,followers\nanna,12\n'].flatMap((c) => [0, c.charCodeAt(0)]);
    expect(problemOf(new Uint8Array(body))).toMatchObject({ code: 'unsupportedEncoding', params: { encoding: 'utf-16be' } });
  });
});
