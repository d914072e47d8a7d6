import { GraphQLError } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether `YYYY-MM-DD` (a date, or a timestamp's first ten characters) names a real calendar
 * day: `Date.parse` rolls February 30th over into March instead of refusing it.
 */
export function isCalendarDay(value: string): boolean {
  const match = DATE.exec(value.slice(0, 10));
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Accepts `YYYY-MM-DD` naming a real calendar day. */
export function parseDate(value: unknown): string {
  if (typeof value === 'string' && DATE.test(value) && isCalendarDay(value)) return value;
  throw badInput(`Date must be a calendar date like "2026-03-31", got ${JSON.stringify(value)}.`);
}

/** Accepts an ISO 8601 date-time with an explicit offset. */
export function parseDateTime(value: unknown): string {
  if (typeof value === 'string' && DATE_TIME.test(value) && isCalendarDay(value) && !Number.isNaN(Date.parse(value))) return value;
  throw badInput(`DateTime must be an ISO 8601 date-time with an offset like "2026-03-31T09:00:00Z", got ${JSON.stringify(value)}.`);
}

/**
 * Accepts a file of a multipart request (graphql-multipart-request-spec): anything else (a
 * browser `File` sent as JSON arrives as `{}`, a string, a literal in the document) is refused
 * here, before a resolver reads its name or bytes.
 */
export function parseFile(value: unknown): File {
  const file = value as Partial<File> | null;
  if (typeof file === 'object' && file !== null && typeof file.name === 'string' && typeof file.size === 'number' && typeof file.arrayBuffer === 'function') return file as File;
  throw badInput(`File must be a file sent as a GraphQL multipart request (a form part the \`map\` field points at), got ${describe(value)}.`);
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  return Array.isArray(value) ? 'a list' : 'an object that is not a file';
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
