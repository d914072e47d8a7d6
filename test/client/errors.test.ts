import { describe, expect, it } from 'vitest';
import { describeBody, errorsLayer, toUpstreamError, UpstreamError } from '../../src/client/errors.ts';
import type { UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeClock } from './support/fake-clock.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function response(status: number, body?: unknown, headers: Record<string, string> = {}): UpstreamResponse {
  return { status, headers, body, bytes: 0, url: 'https://3.basecampapi.com/999/projects/1.json' };
}

describe('toUpstreamError', () => {
  it.each([
    [401, 'UNAUTHENTICATED', false],
    [403, 'FORBIDDEN', false],
    [404, 'NOT_FOUND', false],
    [400, 'BAD_USER_INPUT', false],
    [422, 'BAD_USER_INPUT', false],
    [413, 'BAD_USER_INPUT', false],
    [429, 'RATE_LIMITED', true],
    [500, 'UPSTREAM_ERROR', true],
    [502, 'UPSTREAM_ERROR', true],
    [503, 'UPSTREAM_ERROR', true],
    [504, 'UPSTREAM_ERROR', true],
    [409, 'UPSTREAM_ERROR', false],
    [415, 'UPSTREAM_ERROR', false],
    [302, 'UPSTREAM_ERROR', false],
  ])('maps %i to %s (retryable: %s)', (status, code, retryable) => {
    const error = toUpstreamError(response(status, { error: 'x' }), NOW);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code, status, retryable });
  });

  it('maps a 404 with "Reason: Account Inactive" to ACCOUNT_INACTIVE', () => {
    const error = toUpstreamError(response(404, undefined, { reason: 'Account Inactive' }), NOW);
    expect(error.code).toBe('ACCOUNT_INACTIVE');
    expect(error.message).toMatch(/inactive/i);
  });

  it('carries X-Request-Id as requestId', () => {
    expect(toUpstreamError(response(404, undefined, { 'x-request-id': 'req-unique-abc' }), NOW).requestId).toBe('req-unique-abc');
  });

  it('carries Retry-After in seconds on RATE_LIMITED, from seconds or an HTTP-date', () => {
    expect(toUpstreamError(response(429, undefined, { 'retry-after': '7' }), NOW).retryAfter).toBe(7);
    const date = new Date(NOW + 90_000).toUTCString();
    expect(toUpstreamError(response(429, undefined, { 'retry-after': date }), NOW).retryAfter).toBe(90);
    expect(toUpstreamError(response(429, undefined, { 'retry-after': 'junk' }), NOW).retryAfter).toBeUndefined();
  });

  it("uses Basecamp's validation message as the BAD_USER_INPUT message", () => {
    const error = toUpstreamError(response(422, { error: "Name can't be blank" }), NOW);
    expect(error.message).toBe("Name can't be blank");
  });

  it('keeps field messages as details', () => {
    const error = toUpstreamError(response(422, { errors: { name: ["can't be blank"], color: ['is not a valid color'] } }), NOW);
    expect(error.message).toBe("color: is not a valid color, name: can't be blank");
    expect(error.details).toEqual(['color: is not a valid color', "name: can't be blank"]);
  });

  it('still says something useful when a 400 has no body', () => {
    expect(toUpstreamError(response(400), NOW).message).toMatch(/400/);
  });
});

describe('describeBody: flattening validation bodies', () => {
  it.each<[string, unknown, string | undefined]>([
    ['a top-level error string', { error: 'Rate limit exceeded' }, 'Rate limit exceeded'],
    ['a message key when there is no error', { message: 'Validation failed' }, 'Validation failed'],
    ['a field-keyed errors map', { errors: { color: ['is not a valid color'] } }, 'color: is not a valid color'],
    [
      'fields sorted, messages joined with "; ", fields with ", "',
      { errors: { name: ["can't be blank", 'is too short'], color: ['is not a valid color'] } },
      "color: is not a valid color, name: can't be blank; is too short",
    ],
    [
      'field errors in parentheses after a top-level message',
      { error: 'Validation failed', errors: { color: ['is not a valid color'] } },
      'Validation failed (color: is not a valid color)',
    ],
    [
      'field errors after a message-key fallback',
      { message: 'Validation failed', errors: { color: ['is not a valid color'] } },
      'Validation failed (color: is not a valid color)',
    ],
    ['a non-string error ignored, fields kept', { error: {}, errors: { color: ['is not a valid color'] } }, 'color: is not a valid color'],
    [
      'malformed entries of an errors map skipped',
      { errors: { color: ['is not a valid color'], base: 'invalid' } },
      'color: is not a valid color',
    ],
    ['a bare field map', { payload_url: ['is not a valid URL'] }, 'payload_url: is not a valid URL'],
    [
      'a bare field map, sorted and joined',
      { types: ['is invalid'], payload_url: ['is not a valid URL', 'is too long'] },
      'payload_url: is not a valid URL; is too long, types: is invalid',
    ],
    ['a body with a string error stays flat', { error: 'Webhook is invalid', payload_url: ['is not a valid URL'] }, 'Webhook is invalid'],
    ['an errors array', { errors: ["Name can't be blank"] }, "Name can't be blank"],
    ['nothing usable', { status: 422 }, undefined],
    ['no body', undefined, undefined],
  ])('%s', (_name, body, message) => {
    expect(describeBody(body).message).toBe(message);
  });

  it('treats a field named __proto__ as an ordinary field', () => {
    const body = JSON.parse('{"errors": {"__proto__": ["is reserved"], "color": ["is not a valid color"]}}');
    expect(describeBody(body).message).toBe('__proto__: is reserved, color: is not a valid color');
    const bare = JSON.parse('{"__proto__": ["is reserved"], "payload_url": ["is invalid"]}');
    expect(describeBody(bare).message).toBe('__proto__: is reserved, payload_url: is invalid');
  });
});

describe('errorsLayer', () => {
  const request: UpstreamRequest = {
    method: 'GET',
    url: 'https://3.basecampapi.com/999/projects/1.json',
    headers: {},
    credentials: { token: 'secret-token', tokenHash: 'h', accountId: '999' },
    idempotent: true,
  };

  it('passes 2xx and an unclaimed 304 through untouched', async () => {
    const errors = errorsLayer({ clock: fakeClock(NOW) });
    for (const status of [200, 201, 204, 304]) {
      const answer = response(status, { id: '1' });
      expect(await errors(async () => answer)(request)).toBe(answer);
    }
  });

  it('throws an UpstreamError for every other status, and never mentions the token', async () => {
    const errors = errorsLayer({ clock: fakeClock(NOW) });
    const error = await errors(async () => response(403, { error: 'Forbidden' }, { 'x-request-id': 'req-def-456' }))(request).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403, requestId: 'req-def-456' });
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain('secret-token');
  });

  it('lets errors from below pass unchanged', async () => {
    const below = new UpstreamError('UPSTREAM_UNAVAILABLE', 'Basecamp is unreachable (ECONNRESET).');
    const errors = errorsLayer({ clock: fakeClock(NOW) });
    await expect(errors(async () => Promise.reject(below))(request)).rejects.toBe(below);
  });
});
