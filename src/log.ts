import type { YogaLogger } from 'graphql-yoga';

/**
 * JSON lines on stdout: one object per line with `time`, `level`, `msg` and the caller's fields,
 * so a log shipper needs no parser of its own. Nothing here knows a token; as a last guard every
 * line has `Bearer <anything>` masked, since a token only ever travels in that form.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>) => (msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    let line: string;
    try {
      line = JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }, replacer);
    } catch {
      line = JSON.stringify({ time: new Date().toISOString(), level: at, msg });
    }
    write(`${line.replace(BEARER, 'Bearer [redacted]')}\n`);
  };
  return { level, debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

const BEARER = /Bearer\s+[^\s"\\]+/gi;

/** Errors become `{ name, message, code, stack }`; header bags lose their `authorization`. */
function replacer(key: string, value: unknown): unknown {
  if (key.toLowerCase() === 'authorization') return '[redacted]';
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(code !== undefined && { code }), ...(value.stack && { stack: value.stack }) };
  }
  return value;
}

/** Yoga's logger interface over ours: a message string, with any errors it was given as fields. */
export function yogaLogger(logger: Logger): YogaLogger {
  const adapt = (log: (msg: string, fields?: LogFields) => void) => (...args: unknown[]) => {
    const text = args.filter((arg) => typeof arg === 'string').join(' ');
    const rest = args.filter((arg) => typeof arg !== 'string');
    const error = rest.find((arg) => arg instanceof Error);
    log(text || (error instanceof Error ? error.message : 'yoga'), rest.length === 0 ? undefined : error ? { error } : { detail: rest });
  };
  return { debug: adapt(logger.debug), info: adapt(logger.info), warn: adapt(logger.warn), error: adapt(logger.error) };
}
