// Contexts come from the network (POST /sdk/v1/evaluate, OFREP, a client stream's `?context=`) and the
// engine bounds how deep they may nest (MAX_CONTEXT_DEPTH). Every route that takes one checks it here,
// before evaluating or hashing it. A JSON body's own bound (http/body.ts) is looser, so this is the
// context's rule, not a stack guard.
import { MAX_CONTEXT_DEPTH, jsonDepth } from '@ff/engine';
import { ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';

/** The issue (at `path`) of a context nested deeper than the engine allows; none otherwise. */
export function contextDepthIssues(context: unknown, path: string): FieldIssue[] {
  if (jsonDepth(context, MAX_CONTEXT_DEPTH) <= MAX_CONTEXT_DEPTH) return [];
  const message = `nests objects and arrays more than ${MAX_CONTEXT_DEPTH} levels deep`;
  return [{ path, message, rule: 'nesting-depth' }];
}

/** Throws a 422 for a body's context (at `body.context`) nested deeper than the engine allows. */
export function assertContextDepth(context: unknown): void {
  const issues = contextDepthIssues(context, 'body.context');
  if (issues.length > 0) throw new ValidationError(issues, `The context ${issues[0]!.message}.`);
}
