import type { TFunction } from 'i18next';
import { ApiError } from '@shared/api';
import type { ApiErrorIssue } from '@shared/api/contract';

/**
 * What to tell the user about a failed call: the translation of the broken rule
 * (`errors.rule.<rule>`) when the window knows it, else the backend's English message.
 */
export function apiErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'not_found') return t('errors.notFound');
    const issue = error.issues.find((i) => i.rule);
    return issue ? issueText(t, issue) : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Each offending field's translated problem, keyed by its path without `prefix` (e.g. `terms.`). */
export function fieldErrors(t: TFunction, error: unknown, prefix = ''): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(
    error.issues.map((issue) => [issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field, issueText(t, issue)]),
  );
}

/** One refused field's problem: the translation of its rule (`errors.rule.<rule>`) when there is one, else the backend's English. */
export function issueText(t: TFunction, issue: ApiErrorIssue): string {
  return issue.rule ? t(`errors.rule.${issue.rule}`, { ...(issue.params ?? {}), defaultValue: issue.message }) : issue.message;
}
