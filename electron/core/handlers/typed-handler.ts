import type { z } from 'zod';
import type { ApiErrorIssue, ApiResult, Contract, ContractOutput } from '@shared/api/contract';
import { DomainError } from '../services/domain-error';

export type ChannelHandler = (input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The limit a too-long or too-small value broke, for the window to name ("At most 200 characters"):
 * `context` picks the wording by what was measured (i18next's context), `count` is the limit
 * (plural forms of characters and items), `limit` the number a number was held to.
 */
function limitParams(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') return { context: 'string', count: limit };
  if (issue.origin === 'array' || issue.origin === 'set') return { context: 'array', count: limit };
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    return { context: issue.inclusive === false ? 'numberExclusive' : 'number', limit };
  }
  return undefined;
}

/** What a named rule's refine says beside its name (the unknown fields it found), for the window's sentence. */
function refineParams(params: Record<string, unknown> | undefined): Record<string, string | number> | undefined {
  const said = Object.entries(params ?? {}).filter((e): e is [string, string | number] => e[0] !== 'rule' && (typeof e[1] === 'string' || typeof e[1] === 'number'));
  return said.length > 0 ? Object.fromEntries(said) : undefined;
}

function zodIssues(error: z.ZodError): ApiErrorIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // A refine can name its rule (`params: { rule }`) so the window shows a specific, translated message.
    const named = issue.code === 'custom' && typeof issue.params?.rule === 'string' ? issue.params.rule : undefined;
    const params = issue.code === 'custom' && named ? refineParams(issue.params) : limitParams(issue);
    return { field, rule: named ?? `zod.${issue.code}`, message: field ? `${field}: ${issue.message}` : issue.message, ...(params ? { params } : {}) };
  });
}

export function invalidInput(issues: ApiErrorIssue[]): ApiResult<never> {
  const first = issues[0];
  return {
    ok: false,
    error: { code: 'invalid_input', field: first?.field || undefined, message: first?.message ?? 'Invalid input', issues },
  };
}

/**
 * Wraps a service call so it only ever sees input that passed the contract's
 * schema, and so every outcome, including a bug, reaches the caller as a tagged result.
 */
export function createTypedHandler<C extends Contract>(
  contract: C,
  run: (input: z.output<C['input']>) => Promise<ContractOutput<C>>,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): ChannelHandler {
  return async (rawInput: unknown) => {
    const parsed = contract.input.safeParse(rawInput);
    if (!parsed.success) return invalidInput(zodIssues(parsed.error));
    try {
      const output = await run(parsed.data as z.output<C["input"]>);
      return { ok: true, data: contract.output.parse(output) };
    } catch (error) {
      if (error instanceof DomainError) {
        if (error.code === 'invalid_input' && error.issues.length > 0) return invalidInput(error.issues);
        return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
      }
      log(`[${contract.channel}] failed`, error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was changed. Details are in the log.' } };
    }
  };
}
