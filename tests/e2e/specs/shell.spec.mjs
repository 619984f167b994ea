import { test, expect, openApp } from './fixtures.mjs';

test('the home screen greets with the case list and a clear first action', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('banner')).toContainText('Trygg');
  await expect(page.getByRole('main')).toContainText('No cases on this device yet');
  await expect(page.getByRole('button', { name: 'Start a new case' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(page).toHaveTitle('Trygg');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
});

test('every request of the page goes to its own server', async ({ page, baseURL, watched }) => {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect(urls.length).toBeGreaterThan(2); // the page, its loader, script, wasm, styles
  for (const url of urls) expect(new URL(url).origin).toBe(new URL(baseURL).origin);
  expect(watched.foreignRequests).toEqual([]);
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy).not.toMatch(/https?:/);
  // Trunk's loader must not be inline: inline scripts would be blocked by the policy.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('quick exit by tap leaves the app, and Back does not bring it back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL('about:blank');
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');
  await expect(page.getByText('Cases on this device')).toHaveCount(0);
});

test('quick exit by pressing Escape twice', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Escape');
  // One press alone does nothing.
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('about:blank');
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');
});
