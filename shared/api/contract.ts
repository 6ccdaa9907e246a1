import { z } from 'zod';

/**
 * One channel of the contract between the renderer and the backend.
 * Channels are named `domain:verb`; input and output are zod schemas so both
 * sides share the types and the backend can validate what it receives.
 */
export interface Contract<
  Channel extends string = string,
  Input extends z.ZodType = z.ZodType,
  Output extends z.ZodType = z.ZodType,
> {
  channel: Channel;
  input: Input;
  output: Output;
}

export function defineContract<Channel extends `${string}:${string}`, Input extends z.ZodType, Output extends z.ZodType>(
  contract: Contract<Channel, Input, Output>,
): Contract<Channel, Input, Output> {
  return contract;
}

/** Why a call failed, in a form the UI can show next to the right field. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_channel'
  | 'unauthorized'
  | 'internal';

export interface ApiErrorIssue {
  /** Dotted path of the offending field, e.g. `currency` or `overrides.0.value`. */
  field: string;
  /** English text, for logs and as the fallback when the UI has no translation for `rule`. */
  message: string;
  /** Stable name of the broken rule, which the UI translates (`errors.rule.<rule>`). */
  rule?: string;
  params?: Record<string, string | number>;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  /** The first offending field, when the error is about one. */
  field?: string;
  message: string;
  issues?: ApiErrorIssue[];
}

/** What travels over IPC and HTTP: a tagged result, never a thrown error. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** Thrown by the renderer's adapters so TanStack Query sees a failed call. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly issues: ApiErrorIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.issues = body.issues ?? [];
  }
}

export type ContractInput<C extends Contract> = z.input<C['input']>;
export type ContractOutput<C extends Contract> = z.output<C['output']>;

/**
 * The `updatedAt` an edit form was opened with: a save is refused (conflict, rule
 * `changedElsewhere`) when the record changed since, in another tab or by an import, rather than
 * overwrite that change. Optional: callers that give none are not checked.
 */
export const expectedUpdatedAtSchema = z.string().max(40).optional();
