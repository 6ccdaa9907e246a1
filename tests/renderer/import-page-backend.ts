import { fireEvent } from '@testing-library/react';
import type { ApiResult } from '@shared/api/contract';
import type { ImportMatch, ImportRequest, ImportResult, RememberedImport } from '@shared/domain/creator-import';
import { fakeTransport } from './fake-transport';

/** A Dutch Excel export: semicolons, thousands dots, decimal commas. */
export const dutchFile = new TextEncoder().encode(
  'Naam;Platform;Gebruikersnaam;Volgers;Engagement;Land\nCafé Lotte;Instagram;@lotte.bakt;12.500;3,4;Nederland\nDaan Bakker;YT;daan_fietst;1.234.567;0,8;België\n',
);

/** The fake backend, answering the import's channels and keeping what `creators:import` was sent. */
export function importBackend(refuse?: ApiResult<unknown>, match: Partial<ImportMatch> = {}, remembered: RememberedImport | null = null, result: Partial<ImportResult> = {}) {
  const fake = fakeTransport({ currency: 'EUR' });
  const sent: ImportRequest[] = [];
  const matchedAsOf: (string | undefined)[] = [];
  const matchedKeys: { line: number; platform?: string; asOf?: string | null }[][] = [];
  const transport: typeof fake.transport = async (channel, input): Promise<ApiResult<unknown>> => {
    if (channel === 'creators:importMatch') {
      matchedAsOf.push((input as { asOf?: string }).asOf);
      matchedKeys.push((input as { keys: { line: number; platform?: string; asOf?: string | null }[] }).keys);
      return { ok: true, data: { byHandle: [], byName: [], inBin: [], sharedName: [], olderThanRoster: [], ...match } };
    }
    if (channel === 'creators:importProgress') return { ok: true, data: null };
    if (channel === 'creators:importMappingFor') return { ok: true, data: remembered };
    if (channel === 'creators:import') {
      sent.push(input as ImportRequest);
      if (refuse) return refuse;
      const skipped = match.inBin?.length ?? 0;
      return { ok: true, data: { created: (input as ImportRequest).expectedRows - skipped, updated: 0, addedAccounts: 0, skipped, inBin: skipped, historyOnly: 0, historyInFile: 0, ...result } };
    }
    return fake.transport(channel, input);
  };
  return { transport, sent, matchedAsOf, matchedKeys };
}

export function choose(file: File) {
  fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [file] } });
}
