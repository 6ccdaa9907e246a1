import type { ImportRow } from '@shared/domain/creator-import';
import { handleKey } from '@shared/domain/creators';
import { accountKey, byFiguresDay, figuresDay } from './creator-import-rows';
import { DomainError } from './domain-error';

/**
 * A file may hold one account on several days (an export with a row per account and month, each
 * with its "figures as of" day): that is the account's history. The import writes such a file in
 * rounds, each holding an account at most once: the account's oldest row in the first round, its
 * next in the second, and so on, each round in file order. A later round then finds the account
 * the earlier one wrote and updates it, exactly as importing the months one file at a time would,
 * so the newest row ends as the account's figures and every other as a point in its history.
 * A file without such rows is one round.
 *
 * One account twice on the same day is refused whole (naming both lines): the CSV core already
 * keeps only the first of such rows, so this only catches rows from other callers, or a row
 * without a day that falls on the day another row of its account gives.
 */
export function importRounds(rows: readonly ImportRow[], fileDay: string): ImportRow[][] {
  // The first row of an account is kept as itself: a file of 100,000 accounts, each once, makes no lists.
  const rowsOf = new Map<string, ImportRow | ImportRow[]>();
  let repeated = false;
  for (const row of rows) {
    const key = accountKey(row.platform, row.handle);
    const seen = rowsOf.get(key);
    if (seen === undefined) {
      rowsOf.set(key, row);
      continue;
    }
    const earlier = Array.isArray(seen) ? seen : [seen];
    const day = figuresDay(row, fileDay);
    const sameDay = earlier.find((other) => figuresDay(other, fileDay) === day);
    if (sameDay) {
      const message = `Line ${row.line}: @${handleKey(row.handle)} on ${row.platform} is also on line ${sameDay.line}`;
      throw new DomainError('invalid_input', message, [
        { field: 'file', rule: 'duplicateHandle', params: { line: row.line, firstLine: sameDay.line, handle: handleKey(row.handle), platform: row.platform }, message },
      ]);
    }
    rowsOf.set(key, [...earlier, row]);
    repeated = true;
  }
  if (!repeated) return [rows.slice()];

  const roundOf = new Map<ImportRow, number>();
  for (const seen of rowsOf.values()) {
    if (!Array.isArray(seen)) continue;
    [...seen].sort(byFiguresDay(fileDay)).forEach((row, index) => roundOf.set(row, index));
  }
  const rounds: ImportRow[][] = [];
  for (const row of rows) (rounds[roundOf.get(row) ?? 0] ??= []).push(row);
  return rounds;
}
