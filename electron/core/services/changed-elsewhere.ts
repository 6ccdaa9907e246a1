import { DomainError } from './domain-error';

/**
 * Refuses a save made on a record that changed since the form was opened (in another browser
 * tab, or by an import), instead of overwriting that change without a word. `expected` is the
 * `updatedAt` the form was opened with; saves that give none (older windows, scripts) are not checked.
 */
export function refuseIfChangedSince(stored: string, expected: string | undefined): void {
  if (expected === undefined || expected === stored) return;
  throw new DomainError('conflict', 'This was changed elsewhere since it was opened; reload it to see the changes', [
    { field: '', rule: 'changedElsewhere', message: 'This was changed elsewhere since it was opened; reload it to see the changes' },
  ]);
}
