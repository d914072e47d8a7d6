import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { chromiumMissing, openPage } from '../helpers/browser.ts';
import { serveAsStarted, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * GraphiQL in a real browser (headless Chromium), against the gateway over HTTP with the
 * sandbox behind it, configured as `npm start` runs it: the default token, CSRF prevention,
 * strict body types and no CORS. If the browser's own requests tripped any of those, this fails.
 */

const missing = chromiumMissing();
if (missing) console.warn(`Skipping GraphiQL browser tests: ${missing}.`);

describe.skipIf(missing !== undefined)('GraphiQL in Chromium', () => {
  let stack: Stack;
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startStack();
    served = await serveAsStarted(stack);
    ({ browser, page } = await openPage());
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await stack?.close();
  });

  /** The visible text of a Monaco editor, spaces normalised (Monaco renders them as U+00A0). */
  const editorText = (selector: string) => page.locator(`${selector} .view-lines`).first().innerText().then((text) => text.replace(/\u00a0/g, ' '));

  it('types a query, runs it, and shows the answer', async () => {
    await page.goto(`${served.origin}/graphql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 90_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // insertText, not type(): Monaco would auto-close every brace typed key by key.
    await page.keyboard.insertText(`{ project(id: "${SEED.projects.warehouse}") { name basecampId } }`);
    stack.resetLog();
    await page.locator('.graphiql-execute-button').click();

    await expect.poll(() => editorText('.graphiql-response'), { timeout: 90_000 }).toContain('"basecampId"');
    const result = await editorText('.graphiql-response');
    expect(result).toContain(`"basecampId": "${SEED.projects.warehouse}"`);
    expect(result).not.toContain('"errors"');
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.warehouse}.json`]);
  }, 180_000);

  it('opens the documentation explorer on the schema', async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.waitFor({ timeout: 90_000 });
    await expect.poll(() => explorer.innerText(), { timeout: 90_000 }).toMatch(/Root Types/);
    await explorer.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => explorer.innerText(), { timeout: 90_000 }).toMatch(/projects/);
  }, 180_000);
});
