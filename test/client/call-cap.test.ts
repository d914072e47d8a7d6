import { describe, expect, it } from 'vitest';
import { callCapLayer } from '../../src/client/call-cap.ts';
import { UpstreamError } from '../../src/client/errors.ts';
import { createLedger, type UpstreamRequest } from '../../src/client/types.ts';
import { fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';

function setup() {
  const sent: UpstreamRequest[] = [];
  const send = callCapLayer()(async (request) => {
    sent.push(request);
    return fakeResponse();
  });
  return { sent, send };
}

describe('call cap layer', () => {
  it('lets an operation send its limit of attempts, started together, and refuses the rest before they leave', async () => {
    const { sent, send } = setup();
    const ledger = createLedger(3);
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => send({ ...fakeRequest({ path: `/projects/${i}.json` }), ledger })));
    expect(sent.map((request) => request.url)).toEqual([0, 1, 2].map((i) => fakeRequest({ path: `/projects/${i}.json` }).url));
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => result.reason);
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', retryable: false });
    }
    expect(ledger.admitted).toBe(3);
  });

  it('counts each operation on its own ledger, and leaves calls without a limit alone', async () => {
    const { sent, send } = setup();
    const a = createLedger(1);
    const b = createLedger(1);
    await send({ ...fakeRequest(), ledger: a });
    await send({ ...fakeRequest(), ledger: b });
    await expect(send({ ...fakeRequest(), ledger: a })).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' });
    for (let i = 0; i < 10; i++) await send({ ...fakeRequest(), ledger: createLedger() });
    await send(fakeRequest());
    expect(sent).toHaveLength(2 + 10 + 1);
  });
});
