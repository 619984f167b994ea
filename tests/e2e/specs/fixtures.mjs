// Shared fixtures: every test watches the console, page errors and every request,
// and fails if the app logs an error or talks to anything but its own server. The
// console and the requests are watched on the whole browser context, so every tab
// and the service worker (its own fetches and its console) are covered too.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  // Origins a spec may also talk to (the widget's host pages): `test.use({ allowedOrigins })`.
  allowedOrigins: [[], { option: true }],
  watched: [
    async ({ page, context, baseURL, allowedOrigins }, use) => {
      const origin = new URL(baseURL).origin;
      const consoleErrors = [];
      const pageErrors = [];
      const foreignRequests = [];
      context.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      context.on('request', (request) => {
        const url = request.url();
        // about:blank is where quick exit goes; data: URLs never leave the page.
        if (url.startsWith('about:') || url.startsWith('data:')) return;
        const from = new URL(url).origin;
        if (from !== origin && !allowedOrigins.includes(from)) foreignRequests.push(url);
      });
      await use({ consoleErrors, pageErrors, foreignRequests });
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(pageErrors, 'page errors').toEqual([]);
      expect(foreignRequests, 'requests to anywhere but the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The passphrase the tests set on first start. */
export const PASSPHRASE = 'blue kettle under seven hills';

/**
 * Opens the app as a worker would: on a fresh device she sets the passphrase, on a
 * locked one she unlocks; then the home screen is there.
 */
export async function openApp(page, { passphrase = PASSPHRASE, url = './' } = {}) {
  await page.goto(url);
  const first = page.getByRole('heading', { level: 1 });
  // Generous: on a busy two-core machine, start-up can take a while. If it never
  // comes, say what the page showed instead (at start-up it holds no case data).
  try {
    await expect(first).not.toHaveText('', { timeout: 30_000 });
  } catch (error) {
    const shown = await page.evaluate(() => document.body?.innerText ?? '(no body)').catch(() => '(page gone)');
    throw new Error(`the app showed no screen within 30 s; the page said: ${JSON.stringify(shown.slice(0, 300))}`, { cause: error });
  }
  await expect(first).not.toHaveText(/Opening Trygg/);
  const title = await first.innerText();
  if (title === 'Protect the data on this device') {
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Repeat the passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Set the passphrase' }).click();
  } else if (title === 'Trygg is locked') {
    await unlock(page, passphrase);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible({ timeout: 15_000 });
}

export async function unlock(page, passphrase = PASSPHRASE) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
