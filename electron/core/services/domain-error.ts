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
