// The widget on an organisation's own page: a self-check clicked through as a person
// would, the events the page hears (never with answers in them), styles that neither
// leak in nor out, results encrypted to the page's key and opened in the app, and a
// page with a strict Content-Security-Policy of its own.
import { writeFileSync } from 'node:fs';
import config from '../playwright.config.mjs';
import { test, expect, openApp, PASSPHRASE } from './fixtures.mjs';
import { axeViolations, createCase, startAssessment } from './helpers.mjs';

// The app (and the widget's files) are served on 127.0.0.1; a host page on
// "localhost" is another origin, as an organisation's site is. Those host pages are
// made by the test (page.route), and Chromium counts such a page as a public one,
// which it does not let reach the loopback address the widget is served from here.
// A real organisation's site and a real Trygg site are both public: that check
// does not arise, so it is switched off for this file.
const appOrigin = new URL(process.env.TRYGG_URL).origin;
const hostOrigin = appOrigin.replace('127.0.0.1', 'localhost');
const launch = config.use.launchOptions;
test.use({
  allowedOrigins: [hostOrigin],
  launchOptions: {
    ...launch,
    args: [...launch.args, '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
  },
});

const DEMO = 'public/embed-demo.html';
// A cold browser compiles the whole wasm for each page; on a busy two-core machine
// that, and clicking through some sixty questions, takes a while.
test.describe.configure({ timeout: 150_000 });
const LOADED = { timeout: 60_000 };
const EVENTS = ['trygg-ready', 'trygg-progress', 'trygg-complete', 'trygg-error'];

/** Records every widget event the page hears, before any script of the page runs. */
async function recordEvents(page) {
  await page.addInitScript((types) => {
    window.__events = [];
    window.__violations = [];
    for (const type of types) {
      document.addEventListener(type, (event) => {
        const detail = {};
        for (const [key, value] of Object.entries(event.detail || {})) {
          detail[key] = value instanceof Uint8Array ? { bytes: Array.from(value) } : value;
        }
        window.__events.push({ type, bubbles: event.bubbles, composed: event.composed, detail });
      });
    }
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  }, EVENTS);
}

const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t), type);

/** A page of another organisation, served on the host origin. */
async function openHostPage(page, { attributes, csp }) {
  const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${policy}
    <title>Another organisation</title>
    <script type="module" src="${appOrigin}/embed.js"></script></head>
    <body><h1>Another organisation's page</h1>
    <trygg-assessment ${attributes}>
      <trygg-help name="Test helpline" phone="+371 6000 0002">Day and night.</trygg-help>
    </trygg-assessment></body></html>`;
  await page.route(`${hostOrigin}/host.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.route(`${hostOrigin}/favicon.ico`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }));
  await page.goto(`${hostOrigin}/host.html`, { waitUntil: 'domcontentloaded' });
}

/**
 * Clicks through the self-check: "Yes" to the questions whose text contains one of
 * `yes`, "No" to every other, part by part, to the last part's "See the result".
 */
async function answerSelfCheck(page, yes = []) {
  await page.getByRole('button', { name: 'Start', exact: true }).click(LOADED);
  const heading = page.locator('trygg-assessment .widget-heading');
  for (let part = 0; part < 20; part++) {
    await expect(heading).toHaveText(/^Part \d+ of \d+$/);
    // Answers can bring follow-up questions into the part: answer until none is open.
    for (let i = 0; i < 30; i++) {
      const open = page.locator('trygg-assessment fieldset.question:not(:has(input:checked))');
      if ((await open.count()) === 0) break;
      const group = open.first();
      const text = await group.locator('.question-text').innerText();
      const choice = yes.some((q) => text.includes(q)) ? 'Yes' : 'No';
      await group.getByRole('radio', { name: choice, exact: true }).check();
    }
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if ((await next.count()) === 0) break;
    const before = await heading.innerText();
    await next.click();
    await expect(heading).not.toHaveText(before);
  }
  await page.getByRole('button', { name: 'See the result' }).click();
}

const STYLE = ['font-family', 'font-size', 'color', 'background-color', 'text-transform',
  'letter-spacing', 'margin-top', 'padding-top', 'border-top-style', 'display'];

function styleOf(locator) {
  return locator.evaluate((element, names) => {
    const computed = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
  }, STYLE);
}

async function stylesOf(locators) {
  const out = {};
  for (const [name, locator] of Object.entries(locators)) out[name] = await styleOf(locator);
  return out;
}

async function setHostile(page, on) {
  const toggle = page.locator('#toggle-hostile');
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await expect(page.locator('main h1')).toHaveCSS('text-transform', on ? 'uppercase' : 'none');
}

test('on the demo page a self-check runs by clicking; the page hears counts only; styles stay apart', async ({ page }) => {
  await recordEvents(page);
  // Hold the widget's wasm back until the page's own styles are measured.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${DEMO}?hostile`, { waitUntil: 'domcontentloaded' });
  const host = {
    heading: page.locator('main h1'),
    header: page.locator('.site-header'),
    button: page.locator('#toggle-hostile'),
    text: page.locator('#about'),
  };
  await expect(host.heading).toHaveCSS('color', 'rgb(255, 0, 0)');
  const hostBefore = await stylesOf(host);
  release();

  const widget = page.locator('trygg-assessment');
  const start = widget.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeVisible(LOADED);
  await expect(widget.getByRole('heading', { level: 2, name: 'A private check of your situation' })).toBeVisible();
  // The widget's styles do not reach the page.
  expect(await stylesOf(host)).toEqual(hostBefore);
  // The same wasm as the app's, but the app itself is not mounted on this page, and
  // no service worker is registered by the widget.
  expect(await page.evaluate(async () => ({
    app: document.querySelectorAll('body > .app-header, body > main#main').length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }))).toEqual({ app: 0, workers: 0 });

  // The page's hostile rules do not reach the widget: same styles with and without them.
  const intro = {
    heading: widget.locator('.widget-heading'),
    text: widget.locator('.widget-body p').first(),
    start,
    exit: widget.getByRole('button', { name: 'Quick exit' }),
  };
  const hostile = await stylesOf(intro);
  await setHostile(page, false);
  expect(await stylesOf(intro)).toEqual(hostile);
  expect(hostile.text['font-size']).toBe('18px');
  expect(hostile.text['font-family']).toContain('system-ui');
  expect(hostile.text.color).toBe('rgb(29, 38, 38)');
  expect(hostile.heading['text-transform']).toBe('none');
  // The page's colour comes in only through --trygg-accent.
  expect(hostile.start['background-color']).toBe('rgb(91, 42, 134)');
  expect(hostile.start.color).toBe('rgb(255, 255, 255)');
  expect(hostile.start['border-top-style']).not.toBe('dashed');

  await start.click();
  const question = {
    text: widget.locator('.question-text').first(),
    choice: widget.locator('.choice').first(),
    next: widget.getByRole('button', { name: 'Next', exact: true }),
  };
  await expect(question.text).toBeVisible();
  const plain = await stylesOf(question);
  await setHostile(page, true);
  expect(await stylesOf(question)).toEqual(plain);
  expect(plain.text.color).toBe('rgb(29, 38, 38)');
  expect(plain.text['font-family']).toContain('system-ui');
  // Worker-only parts of a question are not shown to her.
  await expect(widget.locator('.asked-tag').first()).toBeHidden();
  await expect(widget.getByText('Why this question?').first()).toBeHidden();
  await expect(widget.getByText('Note', { exact: true }).first()).toBeHidden();
  // The answer states are in her own voice, not the worker's.
  await expect(widget.getByRole('radio', { name: "I'd rather not say" }).first()).toBeVisible();
  await expect(widget.getByText('Prefers not to answer')).toHaveCount(0);

  // From a fresh page (the events recorded afresh), the whole identification, as
  // she would click it.
  await page.reload();
  await answerSelfCheck(page, [
    'Did someone take your passport or ID and keep it?',
    'Did you have a debt that you were made to work off',
  ]);

  await expect(widget.getByRole('heading', { level: 2, name: 'Your result' })).toBeVisible();
  await expect(widget.getByRole('status')).toContainText('you may need help or protection');
  await expect(widget.getByText('If you are in danger now, call 112.')).toBeVisible();
  await expect(widget.getByRole('heading', { level: 3, name: 'Where you can get help' })).toBeVisible();
  await expect(widget.getByRole('link', { name: '+371 6000 0000' })).toHaveAttribute('href', 'tel:+37160000000');
  await expect(widget.locator('.help-contact', { hasText: 'Every day, 8:00 to 22:00.' })).toBeVisible();

  // The events: bubbling and composed, with counts and settings only.
  const ready = await events(page, 'trygg-ready');
  expect(ready).toHaveLength(1);
  expect(ready[0]).toMatchObject({ bubbles: true, composed: true });
  expect(ready[0].detail).toEqual({ mode: 'self-check', instrument: 'identification', lang: 'en' });
  const progress = await events(page, 'trygg-progress');
  expect(progress.length).toBeGreaterThan(10);
  for (const event of progress) {
    expect(Object.keys(event.detail).sort()).toEqual(['answered', 'total']);
    expect(typeof event.detail.answered).toBe('number');
  }
  const last = progress[progress.length - 1].detail;
  expect(last.answered).toBe(last.total);
  const complete = await events(page, 'trygg-complete');
  expect(complete).toHaveLength(1);
  expect(Object.keys(complete[0].detail).sort()).toEqual(['answered', 'instrument', 'mode', 'total']);
  expect(complete[0].detail).toMatchObject({ mode: 'self-check', instrument: 'identification', answered: last.total });
  // The demo page's own log shows them too.
  await expect(page.locator('#event-log')).toContainText('trygg-complete');

  // Clear and start again: nothing of her answers is left on screen.
  await widget.getByRole('button', { name: 'Clear my answers and start again' }).click();
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(widget.getByText('Your result')).toHaveCount(0);
  // Nothing was stored on the page's origin.
  const stored = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
    session: sessionStorage.length,
  }));
  expect(stored).toEqual({ databases: [], local: 0, session: 0 });
});

test('quick exit inside the widget replaces the whole page, by button and by Escape twice', async ({ page }) => {
  await page.goto(DEMO, { waitUntil: 'domcontentloaded' });
  const widget = page.locator('trygg-assessment');
  await widget.getByRole('button', { name: 'Start', exact: true }).click(LOADED);
  await widget.locator('fieldset.question').first().getByRole('radio', { name: 'Yes', exact: true }).check();
  await widget.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL('about:blank');

  await page.goto(DEMO, { waitUntil: 'domcontentloaded' });
  await widget.getByRole('button', { name: 'Start', exact: true }).click(LOADED);
  await widget.locator('fieldset.question input[type=radio]').first().focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('about:blank');
});

test('with the page\'s public key, her shared answers come out encrypted and open in the app', async ({ page }, testInfo) => {
  // The organisation makes its key pair in the app (Settings).
  await openApp(page, { url: `${appOrigin}/` });
  await page.getByRole('button', { name: 'Settings' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Create a key and save the secret key file' }).click(),
  ]);
  const keyFile = testInfo.outputPath('organisation-key.txt');
  await download.saveAs(keyFile);
  const publicKey = (await page.getByTestId('created-public-key').innerText()).trim();
  expect(publicKey).toMatch(/^age1[0-9a-z]{58}$/);

  // Its website carries the widget with that key, under a strict policy of its own.
  await recordEvents(page);
  await openHostPage(page, {
    attributes: `instrument="identification" mode="self-check" lang="en" organisation="Test NGO" recipients="${publicKey}"`,
    csp: `default-src 'none'; script-src ${appOrigin} 'wasm-unsafe-eval'; style-src ${appOrigin}; connect-src ${appOrigin}; base-uri 'none'; form-action 'none'`,
  });
  const widget = page.locator('trygg-assessment');
  await answerSelfCheck(page, ['Did you earn much less than you were promised?']);

  // She is asked before anything is handed over.
  await expect(widget.getByRole('heading', { level: 2, name: 'Share your answers?' })).toBeVisible();
  await expect(widget.getByText(/only Test NGO can read them/)).toBeVisible();
  expect(await events(page, 'trygg-complete')).toHaveLength(0);
  await widget.getByRole('button', { name: 'Share my answers' }).click();
  await expect(widget.getByText('Your answers were shared, encrypted, with Test NGO.')).toBeVisible();

  const complete = await events(page, 'trygg-complete');
  expect(complete).toHaveLength(1);
  const detail = complete[0].detail;
  expect(Object.keys(detail).sort()).toEqual(['answered', 'fileName', 'instrument', 'mode', 'result', 'total']);
  expect(detail.fileName).toMatch(/^[0-9a-f]{16}\.trygg\.age$/);
  const sealed = Buffer.from(detail.result.bytes);
  expect(sealed.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  expect(sealed.toString('latin1')).not.toContain('passport');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  const file = testInfo.outputPath(detail.fileName);
  writeFileSync(file, sealed);

  // The organisation opens it in the app with its secret key.
  await openApp(page, { url: `${appOrigin}/` });
  await page.getByRole('button', { name: 'Open an export' }).click();
  await page.getByLabel('Export file (.trygg.age)').setInputFiles(file);
  await page.getByLabel('Secret key file', { exact: true }).setInputFiles(keyFile);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByText(/One case, exported/)).toBeVisible();
  await page.getByRole('button', { name: 'Read the report' }).click();
  const row = page.locator('table.report tr', { hasText: 'Did you earn much less than you were promised?' });
  await expect(row).toContainText('Yes');
  await expect(page.locator('table.report tr', { hasText: 'Did you come to this country from another country?' })).toContainText('No');
});

test('a page with a strict policy of its own (only the widget\'s origin and wasm) runs the widget', async ({ page }) => {
  await recordEvents(page);
  await openHostPage(page, {
    attributes: 'mode="self-check" lang="en" events-include-result',
    csp: `default-src 'none'; script-src ${appOrigin} 'wasm-unsafe-eval'; style-src ${appOrigin}; connect-src ${appOrigin}`,
  });
  const widget = page.locator('trygg-assessment');
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible(LOADED);
  // Its stylesheet applies (from the widget's origin, inside the shadow root).
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toHaveCSS('background-color', 'rgb(31, 95, 91)');
  await answerSelfCheck(page, ['Did someone take your passport or ID and keep it?']);
  await expect(widget.getByRole('heading', { level: 2, name: 'Your result' })).toBeVisible();
  await expect(widget.getByRole('link', { name: '+371 6000 0002' })).toBeVisible();
  // The page opted in to the result in clear: a word, never an answer.
  const [complete] = await events(page, 'trygg-complete');
  expect(Object.keys(complete.detail).sort()).toEqual(['answered', 'instrument', 'mode', 'outcome', 'total']);
  expect(['concern', 'unclear', 'no-concern']).toContain(complete.detail.outcome);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  // The page's own <html lang> is the page's.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('worker mode keeps its own encrypted vault on the page\'s origin and reports progress', async ({ page }) => {
  await recordEvents(page);
  await openHostPage(page, {
    attributes: 'mode="worker" lang="en"',
    csp: `default-src 'none'; script-src ${appOrigin} 'wasm-unsafe-eval'; style-src ${appOrigin}; connect-src ${appOrigin}`,
  });
  const widget = page.locator('trygg-assessment');
  await expect(widget.getByRole('heading', { level: 1, name: 'Protect the data on this device' })).toBeVisible(LOADED);
  await widget.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await widget.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await widget.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(widget.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible({ timeout: 15_000 });
  await createCase(page);
  await startAssessment(page, 'Identification');
  await widget.locator('fieldset.question').first().getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(widget.getByText('All answers saved')).toBeVisible();
  await expect.poll(async () => (await events(page, 'trygg-progress')).at(-1)?.detail.answered).toBe(1);
  const progress = await events(page, 'trygg-progress');
  for (const event of progress) expect(Object.keys(event.detail).sort()).toEqual(['answered', 'total']);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(databases).toEqual(['trygg-widget']);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

// A public key whose secret key no test needs (made once with `trygg keygen`).
const SOME_PUBLIC_KEY = 'age1payg88agh3pkrtwww0dz2m4pqt3sztnrrqml79yamvj8vxnf3ctsxzud9h';

test('every step of the self-check passes axe-core', async ({ page }) => {
  // No policy on this page: axe-core adds inline styles of its own while it checks.
  await openHostPage(page, {
    attributes: `mode="self-check" lang="en" organisation="Test NGO" recipients="${SOME_PUBLIC_KEY}"`,
  });
  const widget = page.locator('trygg-assessment');
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible(LOADED);
  expect(await axeViolations(page), 'intro').toEqual([]);
  await widget.getByRole('button', { name: 'Start', exact: true }).click();
  await widget.locator('fieldset.question').first().getByRole('radio', { name: 'No', exact: true }).check();
  expect(await axeViolations(page), 'a part').toEqual([]);
  await page.reload();
  await answerSelfCheck(page, ['Did someone take your passport or ID and keep it?']);
  await expect(widget.getByRole('heading', { level: 2, name: 'Share your answers?' })).toBeVisible();
  expect(await axeViolations(page), 'sharing').toEqual([]);
  await widget.getByRole('button', { name: 'Do not share' }).click();
  await expect(widget.getByRole('heading', { level: 2, name: 'Your result' })).toBeVisible();
  // Not shared: nothing says it was.
  await expect(widget.getByText(/were shared/)).toHaveCount(0);
  // Focus moved to the result's heading.
  await expect(widget.locator('.widget-heading')).toBeFocused();
  expect(await axeViolations(page), 'result').toEqual([]);
});

test('in her language: the widget fetches it from its own site and leaves the page\'s language and storage alone', async ({ page }) => {
  await recordEvents(page);
  await openHostPage(page, {
    attributes: 'mode="self-check" lang="lv"',
    csp: `default-src 'none'; script-src ${appOrigin} 'wasm-unsafe-eval'; style-src ${appOrigin}; connect-src ${appOrigin}`,
  });
  const widget = page.locator('trygg-assessment');
  // Latvian from the first moment it shows: no English flash before it.
  const start = widget.getByRole('button', { name: 'Sākt', exact: true });
  await expect(start).toBeVisible(LOADED);
  await expect(widget.getByRole('heading', { level: 2, name: 'Privāta tavas situācijas pārbaude' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
  await expect(widget.locator('.trygg-root')).toHaveAttribute('lang', 'lv');
  const [ready] = await events(page, 'trygg-ready');
  expect(ready.detail).toEqual({ mode: 'self-check', instrument: 'identification', lang: 'lv' });
  await start.click();
  await expect(widget.locator('.question-text').first()).toBeVisible();
  expect(await widget.locator('.question-text').first().innerText()).not.toMatch(/^Did /);
  // The page's own language and storage are the page's.
  expect(await page.evaluate(() => ({
    lang: document.documentElement.lang,
    local: localStorage.length,
  }))).toEqual({ lang: 'en', local: 0 });
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});
