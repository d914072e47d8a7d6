import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { describeInChromium } from '../helpers/browser.ts';

/**
 * GraphiQL in a real browser (headless Chromium), against the gateway over HTTP with the
 * sandbox behind it, configured as `npm start` runs it: the default token, CSRF prevention,
 * strict body types and no CORS. If the browser's own requests tripped any of those, this fails.
 */

describeInChromium('GraphiQL in Chromium', (suite) => {
  /** The visible text of a Monaco editor, spaces normalised (Monaco renders them as U+00A0). */
  const editorText = (selector: string) => suite.page.locator(`${selector} .view-lines`).first().innerText().then((text) => text.replace(/\u00a0/g, ' '));

  it('types a query, runs it, and shows the answer', async () => {
    await suite.page.goto(`${suite.served.origin}/graphql`);
    const editor = suite.page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 90_000 });
    await editor.click();
    await suite.page.keyboard.press('ControlOrMeta+A');
    await suite.page.keyboard.press('Delete');
    // insertText, not type(): Monaco would auto-close every brace typed key by key.
    await suite.page.keyboard.insertText(`{ project(id: "${SEED.projects.warehouse}") { name basecampId } }`);
    suite.stack.resetLog();
    await suite.page.locator('.graphiql-execute-button').click();

    await expect.poll(() => editorText('.graphiql-response'), { timeout: 90_000 }).toContain('"basecampId"');
    const result = await editorText('.graphiql-response');
    expect(result).toContain(`"basecampId": "${SEED.projects.warehouse}"`);
    expect(result).not.toContain('"errors"');
    expect(suite.stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.warehouse}.json`]);
  }, 180_000);

  it('opens the documentation explorer on the schema', async () => {
    await suite.page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const explorer = suite.page.locator('.graphiql-doc-explorer');
    await explorer.waitFor({ timeout: 90_000 });
    await expect.poll(() => explorer.innerText(), { timeout: 90_000 }).toMatch(/Root Types/);
    await explorer.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => explorer.innerText(), { timeout: 90_000 }).toMatch(/projects/);
  }, 180_000);

  it('keeps a token typed into the headers editor out of localStorage', async () => {
    const token = suite.stack.sandbox.tokens.member!;
    await suite.page.goto(`${suite.served.origin}/graphql`);
    const query = suite.page.locator('.graphiql-query-editor .monaco-editor').first();
    await query.waitFor({ timeout: 90_000 });
    await suite.page.locator('[data-name="headers"]').click();
    await suite.page.locator('.graphiql-editor-tool .monaco-editor').last().click();
    await suite.page.keyboard.press('ControlOrMeta+A');
    await suite.page.keyboard.insertText(`{"Authorization": "Bearer ${token}"}`);
    // Then the query, with a mark: once the mark is stored, so is whatever GraphiQL keeps of the headers.
    await query.click();
    await suite.page.keyboard.press('ControlOrMeta+A');
    await suite.page.keyboard.insertText('{ me { basecampId } } # stored-mark');
    await suite.page.locator('.graphiql-execute-button').click();
    await expect.poll(() => editorText('.graphiql-response'), { timeout: 90_000 }).toContain(`"basecampId": "${SEED.people.member}"`);
    const stored = () => suite.page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n'));
    await expect.poll(stored, { timeout: 30_000 }).toContain('stored-mark');
    expect(await stored()).not.toContain(token);
  }, 180_000);

  it('cannot be framed by a page of another origin, so no click there can run its query', async () => {
    const framing = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<iframe id="victim" src="${suite.served.origin}/graphql?query=%7B__typename%7D" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = framing.address() as AddressInfo;
      await suite.page.goto(`http://127.0.0.1:${port}/`);
      await suite.page.waitForTimeout(2_000);
      const frame = suite.page.frames().find((candidate) => candidate !== suite.page.mainFrame());
      // Chromium replaces a refused frame with its own error page: GraphiQL's root is never there.
      expect(await frame?.locator('#root').count()).toBe(0);
    } finally {
      framing.close();
    }
  }, 180_000);
});
