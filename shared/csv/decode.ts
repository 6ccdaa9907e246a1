import { csvProblem, type CsvProblem } from './problems';

/**
 * Bytes of an uploaded file to text. Excel on Windows saves "CSV (comma delimited)"
 * in the ANSI code page, Windows-1252 for Dutch and English, and "CSV UTF-8" with a
 * byte order mark; newer tools write UTF-8 without one. Valid UTF-8 is taken as
 * UTF-8 (a Windows-1252 text with accents is almost never valid UTF-8 by accident),
 * anything else as Windows-1252, which maps every byte to a character.
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: CsvEncoding }
  | { readonly ok: false; readonly problem: CsvProblem };

/**
 * Above this share of control characters (other than tab, line feed and carriage
 * return) the file is not text. One stray control character in a real export is
 * tolerated; a binary file has far more than 1 %.
 */
export const MAX_CONTROL_CHARACTER_SHARE = 0.01;

function refuse(code: CsvProblem['code'], params: CsvProblem['params'] = {}): DecodeResult {
  return { ok: false, problem: csvProblem(code, 0, params) };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Zip (.xlsx, .ods) and OLE compound files (.xls): a workbook picked instead of its CSV export. */
function isSpreadsheetWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/**
 * UTF-16 (Excel's "Unicode text") puts a zero byte next to every ASCII character,
 * so it would otherwise be refused as binary; naming it lets the UI say "save as CSV UTF-8".
 */
function utf16Variant(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls > bytes.length * MAX_CONTROL_CHARACTER_SHARE;
}

const utf8Bom = [0xef, 0xbb, 0xbf];

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return refuse('emptyFile');
  if (isSpreadsheetWorkbook(bytes)) return refuse('spreadsheetFile');
  const utf16 = utf16Variant(bytes);
  if (utf16) return refuse('unsupportedEncoding', { encoding: utf16 });
  if (looksBinary(bytes)) return refuse('binaryFile');

  let text: string;
  let encoding: CsvEncoding;
  if (startsWith(bytes, utf8Bom)) {
    // A BOM is the writer declaring UTF-8: a damaged byte further on becomes U+FFFD
    // rather than turning every "é" in the file into "Ã©".
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(utf8Bom.length));
    encoding = 'utf-8-bom';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
    }
  }
  if (text.trim() === '') return refuse('emptyFile');
  return { ok: true, text, encoding };
}
