import { describe, expect, it } from 'vitest';
import { isCalendarDay, parseDate, parseDateTime } from '../../src/resolvers/scalars.ts';

describe('Date and DateTime input', () => {
  it('takes real calendar days, leap days of leap years included', () => {
    expect(parseDate('2028-02-29')).toBe('2028-02-29');
    expect(parseDateTime('2026-12-31T23:59:59+02:00')).toBe('2026-12-31T23:59:59+02:00');
    expect(isCalendarDay('2026-04-30T10:00:00Z')).toBe(true);
  });

  it('refuses days a month lacks, which Date.parse would roll over into the next month', () => {
    expect(Date.parse('2026-02-30T10:00:00Z')).not.toBeNaN(); // the reason for the check
    for (const value of ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01']) {
      expect(() => parseDate(value), value).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    }
    for (const value of ['2026-02-30T10:00:00Z', '2026-11-31T10:00:00+02:00', '2026-02-29T00:00:00Z']) {
      expect(() => parseDateTime(value), value).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    }
  });
});
