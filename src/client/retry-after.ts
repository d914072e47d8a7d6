/**
 * `Retry-After` (RFC 9110 §10.2.3): either `delay-seconds` (`1*DIGIT`) or an HTTP-date.
 *
 * Returns the wait in milliseconds, or `undefined` when the header is missing, malformed
 * (`120junk`, `-5`, `1.5`), zero, or a date that is not in the future. Callers fall back to their
 * own backoff then: a malformed header must never buy a shorter wait than a well-formed one.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return seconds > 0 && Number.isFinite(seconds) ? seconds * 1000 : undefined;
  }
  // Only a real HTTP-date (IMF-fixdate and its obsolete forms all carry a weekday or a month name
  // and a colon-separated time): Date.parse alone would also accept things like "-5" or "2".
  if (!/[a-z]{3}/i.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  const wait = at - now;
  return wait > 0 ? wait : undefined;
}
