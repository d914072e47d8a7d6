/** Lengths of time in epoch milliseconds, for the seed's timelines and date arithmetic. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
