import { expect, it } from 'vitest';
import { coverage } from '../../scripts/api-coverage.ts';
import { schema } from '../../src/schema/index.ts';

it('declares only operation ids that exist in the spec', () => {
  expect(coverage(schema).unknown).toEqual([]);
});
