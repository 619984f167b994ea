// Shared fixtures: every test watches the console, page errors and every request,
// and fails if the app logs an error or talks to anything but its own server.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  watched: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const consoleErrors = [];
      const pageErrors = [];
      const foreignRequests = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      page.on('request', (request) => {
        const url = request.url();
        // about:blank is where quick exit goes; data: URLs never leave the page.
        if (url.startsWith('about:') || url.startsWith('data:')) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
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

/** Opens the app and waits until the home screen is there. */
export async function openApp(page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
}
