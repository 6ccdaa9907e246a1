import type { CreatorField } from './headers';

/**
 * Everything the CSV core can object to, as stable codes the UI translates
 * (Dutch and English) with `params`; the core itself never produces sentences.
 */
export type CsvProblemCode =
  // The file as a whole (line 0): nothing can be read.
  | 'emptyFile'
  | 'binaryFile'
  | 'spreadsheetFile'
  | 'unsupportedEncoding'
  // The CSV structure.
  | 'unterminatedQuote'
  | 'fieldTooLarge'
  | 'malformedQuote'
  | 'rowTooManyFields'
  | 'rowTooFewFields'
  | 'noDataRows'
  | 'columnMissing'
  // One cell of a creator row.
  | 'formulaCell'
  | 'fieldTooLong'
  | 'handleMissing'
  | 'handleInvalid'
  | 'platformMissing'
  | 'platformUnknown'
  | 'platformConflict'
  | 'duplicateHandle'
  | 'duplicateHandleOnDay'
  | 'duplicateHandleOnFileDay'
  | 'followersMissing'
  | 'followersNotNumber'
  | 'followersNegative'
  | 'followersNotWhole'
  | 'numberInvalid'
  | 'numberNegative'
  | 'numberTooLarge'
  | 'listItemTooLong'
  | 'engagementOver100'
  | 'authenticityOver100'
  | 'emailInvalid'
  | 'urlInvalid'
  | 'booleanInvalid'
  | 'dateInvalid'
  | 'dateUnreadable'
  | 'dateInFuture'
  | 'dateBeforePlatform'
  | 'linkNotProfile'
  | 'fileDayBeforePlatform';

export type CsvProblemParams = Readonly<Record<string, string | number>>;

export interface CsvProblem {
  /** 1-based line of the file where the record (or the offending quote) starts; 0 for the whole file. */
  readonly line: number;
  /** Header text of the column, or null when the problem is not about one cell. */
  readonly column: string | null;
  /** The creator field the column is mapped to, or null. */
  readonly field: CreatorField | null;
  readonly code: CsvProblemCode;
  readonly params: CsvProblemParams;
}

export function csvProblem(
  code: CsvProblemCode,
  line: number,
  params: CsvProblemParams = {},
  column: string | null = null,
  field: CreatorField | null = null,
): CsvProblem {
  return { line, column, field, code, params };
}

/** Longest excerpt of a cell quoted back in `params.value`: enough to recognise it, never a whole megabyte. */
export const PROBLEM_VALUE_EXCERPT = 60;

export function excerpt(value: string): string {
  return value.length <= PROBLEM_VALUE_EXCERPT ? value : `${value.slice(0, PROBLEM_VALUE_EXCERPT - 1)}…`;
}

/** Problems in file order; within a line, in the order they were found (the sort is stable). */
export function sortProblems(problems: readonly CsvProblem[]): CsvProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
