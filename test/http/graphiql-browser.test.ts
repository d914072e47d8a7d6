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
});
