import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
