import type { ApiErrorCode, ApiErrorIssue } from '@shared/api/contract';

/** An expected refusal (bad value, missing record) that the UI shows to the user as is. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ApiErrorCode, 'internal'>,
    message: string,
    readonly issues: ApiErrorIssue[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A refusal about one field: the message for logs and English fallback, the rule the window translates. */
export function fieldRefusal(
  code: Exclude<ApiErrorCode, 'internal'>,
  field: string,
  rule: string,
  message: string,
  params?: Record<string, string | number>,
): DomainError {
  return new DomainError(code, message, [{ field, message, rule, ...(params ? { params } : {}) }]);
}
