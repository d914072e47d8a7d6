import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, documentedEndpoints, sandboxCoverage } from '../../scripts/sandbox-coverage.ts';

const hasDocs = existsSync(DOCS_DIR);
if (!hasDocs) console.log(`Docs endpoint coverage skipped: the official API docs are not at ${DOCS_DIR}.`);

/** Endpoints the docs show that the sandbox deliberately does not serve, with the reason. */
const NOT_SERVED: Record<string, string> = {};

describe.skipIf(!hasDocs)('documented endpoints', () => {
  it('are all served by the sandbox, but for the listed exceptions', () => {
    const endpoints = documentedEndpoints();
    expect(endpoints.length).toBeGreaterThan(300);
    const { missing } = sandboxCoverage(endpoints);
    expect(missing.map((endpoint) => `${endpoint.method} ${endpoint.path.replace(/\$\w+/, '1')}`).sort()).toEqual(Object.keys(NOT_SERVED).sort());
  });
});
