import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { serveAsStarted, type Served } from './serve.ts';
import { startStack, type Stack } from './stack.ts';

/**
 * Debian's `chromium` package (installed by `.ci/run`), driven by playwright-core: no browser is
 * ever downloaded. `CHROMIUM_PATH` points elsewhere (a developer's Chrome, for instance).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or `undefined` when Chromium is installed. */
export function chromiumMissing(): string | undefined {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return undefined;
  } catch {
    return `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  }
}

/**
 * A headless Chromium. `--no-sandbox` because CI containers run as root, where Chromium's
 * sandbox refuses to start; the pages opened are our own, on loopback.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** A page in a fresh headless Chromium. Large pages on a busy machine: generous bounds, this is no timing test. */
export async function openPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.setDefaultTimeout(90_000);
  return { browser, page };
}

/** What a Chromium suite works with: the stack, the gateway served as `npm start` runs it, and one page. */
export interface ChromiumSuite {
  readonly stack: Stack;
  readonly served: Served;
  readonly page: Page;
}

/**
 * A describe block whose tests share one stack, one gateway served as `npm start` runs it, and
 * one page in headless Chromium; skipped, with the reason printed, where Chromium is absent.
 */
export function describeInChromium(name: string, body: (suite: ChromiumSuite) => void): void {
  const missing = chromiumMissing();
  if (missing) console.warn(`Skipping ${name}: ${missing}.`);
  describe.skipIf(missing !== undefined)(name, () => {
    const suite = {} as { stack: Stack; served: Served; page: Page; browser?: Browser };
    beforeAll(async () => {
      suite.stack = await startStack();
      suite.served = await serveAsStarted(suite.stack);
      ({ browser: suite.browser, page: suite.page } = await openPage());
    }, 180_000);
    afterAll(async () => {
      await suite.browser?.close();
      await suite.served?.close();
      await suite.stack?.close();
    });
    body(suite);
  });
}
