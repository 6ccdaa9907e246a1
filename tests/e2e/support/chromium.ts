import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env['MICROPLAN_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/**
 * Debian's Chromium, driven by playwright-core (Playwright's own browser download
 * cannot reach its host here). Missing Chromium fails the suite loudly, never skips it.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = candidates.find((path) => existsSync(path));
  if (!executablePath) {
    throw new Error(
      'E2E: no Chromium found (looked at ' +
        candidates.join(', ') +
        '). Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set MICROPLAN_CHROMIUM to a Chromium binary. The end-to-end suite does not pass without it.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
