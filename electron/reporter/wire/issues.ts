import type { z } from 'zod';

/** One broken rule of a wire body: the field's path (`ticketOrderList[2].ticketId`) and what is wrong. */
export interface WireIssue {
  path: string;
  message: string;
}

/** The result of checking a body against its schema. */
export type WireCheck<T> = { ok: true; value: T } | { ok: false; issues: WireIssue[] };

/** Renders a zod path the way a JSON reader names a field. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'body' : out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  literal: 'a fixed value',
};

// Only zod's built-in messages are replaced; refinements carry their own.
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'array') return `at most ${issue.maximum} items`;
      return `at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'array') return Number(issue.minimum) === 1 ? 'must not be empty' : `at least ${issue.minimum} items`;
      return `at least ${issue.minimum}`;
    case 'invalid_value':
      return issue.input === undefined ? 'required' : `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
};

/** Checks `input` against a wire schema, naming every broken field. */
export function checkWire<S extends z.ZodType>(schema: S, input: unknown): WireCheck<z.output<S>> {
  // Parsed without the error map first: passing one doubles the cost of every parse (measured on a ticket state,
  // 1.0 against 2.5 µs), and only a refused input needs its words. Those are rare: it is parsed again for them.
  const fast = schema.safeParse(input);
  if (fast.success) return { ok: true, value: fast.data };
  const result = schema.safeParse(input, { error: errorMap });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** `ticketOrderList[2].ticketId: at most 50 characters; …`, at most `limit` issues. */
export function describeIssues(issues: readonly WireIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((issue) => `${issue.path}: ${issue.message}`);
  if (issues.length > limit) shown.push(`and ${issues.length - limit} more`);
  return shown.join('; ');
}
