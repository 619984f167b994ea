// Works offline, installs on a tablet, updates without disturbing an interview, and
// is served with the deployment's headers and integrity checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, unlock } from './fixtures.mjs';
import { answer, createCase, question, runThrough, startAssessment } from './helpers.mjs';

// The folder the test server serves (set by `cargo xtask e2e` / `cargo xtask test`).
const workerFile = join(process.env.TRYGG_DIST || '../../dist', 'sw.js');

const NOTICE = 'A new version of Trygg is ready.';

/** Waits until the service worker is active and in charge of the page. */
async function workerInCharge(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Trygg's caches (names end with the build's version). */
function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('trygg ')));
}

async function openCase(page, code) {
  await page.getByRole('button', { name: new RegExp(code) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${code}` })).toBeVisible();
}

test('after one visit Trygg starts and works with no network at all', async ({ page, context }) => {
  await openApp(page);
  await workerInCharge(page);
  expect(await cacheNames(page)).toHaveLength(1);

  await context.setOffline(true);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trygg is locked' })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // The page, its scripts, the wasm and the styles all came from the worker's cache.
  expect(responses.length).toBeGreaterThan(3);
  for (const response of responses) {
    expect(response.fromServiceWorker(), `${response.url()} from the service worker`).toBe(true);
  }

  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
  const code = await createCase(page);
  await startAssessment(page, 'Risk and safety');
  await runThrough(page, {}, 'No');
  await expect(page.getByRole('heading', { level: 1, name: /^Result:/ })).toBeVisible();

  // Still offline, another start finds the case.
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
  await expect(page.locator('li.case-row')).toContainText(code);
});

test('below a sub-path of a site, Trygg keeps to its own folder, also offline', async ({ page, context, baseURL }) => {
  // The test server serves the same files below /ngo-site/trygg/ too (xtask/src/server.rs).
  const folder = new URL('./ngo-site/trygg/', baseURL).href;
  await openApp(page, { url: folder });
  await workerInCharge(page);
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return { scope: r.scope, script: r.active.scriptURL };
  });
  expect(registration).toEqual({ scope: folder, script: `${folder}sw.js` });
  expect(await cacheNames(page)).toEqual([expect.stringContaining(`trygg ${folder} `)]);
  await context.setOffline(true);
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
});

test('a new version waits until no interview is open, and keeps every case', async ({ page }) => {
  await openApp(page);
  await workerInCharge(page);
  const [before] = await cacheNames(page);
  const code = await createCase(page);
  await startAssessment(page, 'Identification');
  await answer(page, 'Did you come to this country from another country?', 'Yes');
  await expect(page.getByText('All answers saved')).toBeVisible();

  // The server now delivers a new version: the same worker with another version, so
  // the browser installs it (fetching and checking every file again) beside the old.
  // (Playwright cannot route the browser's own check of the worker script, so the
  // served file itself changes, and is put back afterwards.)
  const current = readFileSync(workerFile, 'utf8');
  const version = current.match(/const VERSION = '([0-9a-f]+)';/)?.[1];
  expect(version, 'the built worker carries its version').toBeTruthy();
  writeFileSync(workerFile, current.replace(`const VERSION = '${version}';`, `const VERSION = '${version}-next';`));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null))
      .toBe('installed');
  } finally {
    writeFileSync(workerFile, current);
  }

  // During the interview nothing is offered, and the old version stays in charge.
  await page.waitForTimeout(500);
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Update now' })).toHaveCount(0);

  // Back on the case, outside the interview: the calm notice.
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${code}` })).toBeVisible();
  await expect(page.getByText(NOTICE)).toBeVisible();
  // Into an interview again: it goes away; and comes back after.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(question(page, 'Did you come to this country from another country?')).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await expect(page.getByText(NOTICE)).toBeVisible();
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: test.info().outputPath('update-notice-768x1024.png') });

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update now' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: 'Trygg is locked' })).toBeVisible();
  // The new version is in charge; the old version's cache is gone.
  await workerInCharge(page);
  expect(await cacheNames(page)).toEqual([`${before.slice(0, -version.length)}${version}-next`]);
  await expect(page.getByText(NOTICE)).toHaveCount(0);

  await unlock(page);
  await openCase(page, code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    question(page, 'Did you come to this country from another country?').getByRole('radio', { name: 'Yes', exact: true }),
  ).toBeChecked();
});

test('the manifest is served, parses, and names icons that load', async ({ page }) => {
  await page.goto('./');
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  const url = new URL(href, page.url()).href;
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/manifest+json');
  const manifest = JSON.parse(await response.text());
  expect(manifest.name).toBe('Trygg');
  expect(manifest.display).toBe('standalone');
  // Start and scope: the app's own folder, wherever the site puts it.
  expect(new URL(manifest.start_url, url).href).toBe(new URL('./', page.url()).href);
  expect(new URL(manifest.scope, url).href).toBe(new URL('./', page.url()).href);
  const wanted = ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable'];
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(wanted.sort());
  for (const icon of manifest.icons) {
    const src = new URL(icon.src, url).href;
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, src);
    expect(size, src).toBe(icon.sizes);
  }
  const touch = await page.getAttribute('link[rel="apple-touch-icon"]', 'href');
  expect((await page.request.get(new URL(touch, page.url()).href)).status()).toBe(200);
});

test('every script and preload of the page carries an integrity hash that matches', async ({ page }) => {
  await page.goto('./');
  // The page as served (dist/index.html), not as the app changed it since.
  const checked = await page.evaluate(async () => {
    const html = await (await fetch('./index.html', { cache: 'no-store' })).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const tags = [...page.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')];
    const results = [];
    for (const tag of tags) {
      const src = tag.getAttribute('src') ?? tag.getAttribute('href');
      const integrity = tag.getAttribute('integrity') ?? '';
      let actual = null;
      if (src) {
        const bytes = await (await fetch(src, { cache: 'no-store' })).arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
        actual = `sha384-${btoa(String.fromCharCode(...digest))}`;
      }
      results.push({ tag: tag.outerHTML.slice(0, 80), src, integrity, actual });
    }
    return results;
  });
  expect(checked.length).toBeGreaterThanOrEqual(3); // the loader, the glue's modulepreload, the wasm's preload
  for (const { tag, src, integrity, actual } of checked) {
    expect(src, `${tag} loads a file`).toBeTruthy();
    expect(integrity, `${tag} carries integrity`).toMatch(/^sha384-/);
    expect(actual, `${tag}: the file matches its hash`).toBe(integrity);
  }
  // Chromium ignores integrity on a wasm preload, so the loader fetches the module
  // with its hash itself.
  const wasm = await page.evaluate(async () => {
    const loader = document.querySelector('script[type="module"][src]').getAttribute('src');
    const text = await (await fetch(loader, { cache: 'no-store' })).text();
    const [, path, integrity] = text.match(/new Request\('([^']+\.wasm)', \{ integrity: '(sha384-[^']+)' \}\)/) ?? [];
    if (!path) return { text };
    const bytes = await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    let binary = '';
    for (const byte of digest) binary += String.fromCharCode(byte);
    return { path, integrity, actual: `sha384-${btoa(binary)}` };
  });
  expect(wasm.path, `the loader fetches the wasm with its hash: ${wasm.text}`).toBeTruthy();
  expect(wasm.actual).toBe(wasm.integrity);
});

test('the deployment headers: framing forbidden, no referrer, powerful features off, caching right', async ({ page }) => {
  await page.goto('./');
  const glue = await page.getAttribute('link[rel="modulepreload"]', 'href');
  const wasm = await page.getAttribute('link[rel="preload"][as="fetch"]', 'href');
  const headersOf = async (path) => (await page.request.get(new URL(path, page.url()).href)).headers();
  for (const path of ['./', './sw.js', glue, wasm, './public/manifest.webmanifest']) {
    const headers = await headersOf(path);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("worker-src 'self'");
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    for (const feature of ['camera', 'microphone', 'geolocation']) {
      expect(headers['permissions-policy'], path).toContain(`${feature}=()`);
    }
  }
  expect((await headersOf('./'))['cache-control']).toBe('no-cache');
  expect((await headersOf('./sw.js'))['cache-control']).toBe('no-cache');
  expect((await headersOf(wasm))['cache-control']).toContain('immutable');
  expect((await headersOf(wasm))['content-type']).toBe('application/wasm');
  // The host's rules file is not served.
  expect((await page.request.get(new URL('./_headers', page.url()).href)).status()).toBe(404);
});
