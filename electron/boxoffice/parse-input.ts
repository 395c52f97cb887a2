// Browser-safe: zod and the error table only.
import type { z } from 'zod';
import { BOX_OFFICE_ERRORS, BoxOfficeError, type BoxOfficeErrorCode } from './errors';

/**
 * The one parse of an input at the boundary (the API, the command line, tests); domain functions take its output.
 * Bad input becomes a VALIDATION refusal listing each field, and changes nothing. A schema rule that carries
 * `params.errorCode` (e.g. INVALID_ID_NUMBER) is raised with that code instead, so a form and the core report the
 * same problem, one as you type and one on submit. `words` turns a schema's message into the reader's words.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, words: (message: string) => string = (message) => message): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: words(issue.message) }));
  const coded = result.error.issues.find((issue) => issue.code === 'custom' && isErrorCode(issue.params?.errorCode));
  if (coded?.code === 'custom') {
    const { errorCode, ...facts } = coded.params ?? {};
    const field = coded.path.map(String).join('.');
    throw new BoxOfficeError(errorCode as BoxOfficeErrorCode, words(coded.message), { field, ...facts, issues });
  }
  const first = issues[0];
  throw new BoxOfficeError('VALIDATION', first ? `${first.path || 'input'}: ${first.message}` : 'The input is not valid.', { issues });
}

const isErrorCode = (value: unknown): value is BoxOfficeErrorCode => typeof value === 'string' && value in BOX_OFFICE_ERRORS;
