import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const artifacts = resolve(import.meta.dirname, '../../../artifacts/e2e');

/** The PDF's text in reading order, whitespace folded, to compare with the screen's text; page 1 kept as a PNG. */
export function pdfText(pdf: Buffer, name: string): string {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, join(artifacts, `${name}-page`)]);
  return execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ');
}

/** The PDF's text page by page (pdftotext ends each page with a form feed), whitespace folded. */
export function pdfPages(pdf: Buffer, name: string): string[] {
  pdfText(pdf, name);
  const pages = execFileSync('pdftotext', [join(artifacts, `${name}.pdf`), '-']).toString('utf8').split('\f');
  return pages.map((page) => page.replace(/\s+/g, ' ').trim()).filter((page) => page !== '');
}

/** The page of each image (a chart's canvas) in a PDF `pdfText` or `pdfPages` wrote, in document order. */
export function pdfImagePages(name: string): number[] {
  const list = execFileSync('pdfimages', ['-list', join(artifacts, `${name}.pdf`)]).toString('utf8');
  return list
    .split('\n')
    .slice(2)
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => Number(cells[0]));
}

/** The Title in the metadata of a PDF `pdfText` or `pdfPages` wrote. */
export function pdfTitle(name: string): string {
  const info = execFileSync('pdfinfo', [join(artifacts, `${name}.pdf`)]).toString('utf8');
  return /^Title:\s*(.*)$/m.exec(info)?.[1]?.trim() ?? '';
}
