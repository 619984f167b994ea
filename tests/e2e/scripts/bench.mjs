// Browser measurements for `cargo xtask bench`: start-up, unlock and autosave
// latency (answer → encrypted transaction committed), on the release build.
// Prints one JSON object on the last line of stdout.
import { chromium } from '@playwright/test';

const url = process.env.TRYGG_URL;
if (!url) throw new Error('TRYGG_URL is not set: run through `cargo xtask bench`.');
const ANSWERS = Number(process.env.TRYGG_BENCH_ANSWERS || 40);
const LOADS = Number(process.env.TRYGG_BENCH_LOADS || 5);
const passphrase = 'benchmark passphrase of some length';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
};

// Cold start to the first screen (the passphrase set-up), in fresh contexts.
const firstScreen = [];
for (let i = 0; i < LOADS + 1; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Protect the data on this device' }).waitFor();
  if (i > 0) firstScreen.push(Date.now() - started); // the first load warms the disk cache
  await context.close();
}

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(url);
await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
await page.getByLabel('Repeat the passphrase').fill(passphrase);
let started = Date.now();
await page.getByRole('button', { name: 'Set the passphrase' }).click();
await page.getByRole('heading', { level: 1, name: 'Cases on this device' }).waitFor();
const setup = Date.now() - started;

const unlocks = [];
for (let i = 0; i < 3; i++) {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  started = Date.now();
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cases on this device' }).waitFor();
  unlocks.push(Date.now() - started);
}

await page.getByRole('button', { name: 'Start a new case' }).click();
await page.getByLabel('Yes, she agrees that the answers are recorded').check();
await page.getByRole('button', { name: 'Create the case' }).click();
await page.getByRole('button', { name: 'Identification', exact: true }).click();

// Time each answer from its input event to the commit of its save.
await page.evaluate(() => {
  window.__changes = [];
  document.addEventListener('change', (e) => window.__changes.push(e.timeStamp), true);
});
let given = 0;
while (given < ANSWERS) {
  const open = page.locator('fieldset.question:not(:has(input:checked))');
  if ((await open.count()) === 0) {
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if ((await next.count()) === 0) break;
    await next.click();
    continue;
  }
  const before = await page.evaluate(() => performance.getEntriesByName('trygg-autosave').length);
  await open.first().getByRole('radio', { name: given % 3 === 0 ? 'No' : 'Yes', exact: true }).check();
  await page.waitForFunction((n) => performance.getEntriesByName('trygg-autosave').length > n, before);
  given += 1;
}
const autosave = await page.evaluate(() => {
  const measures = performance.getEntriesByName('trygg-autosave');
  // Pair each answer with the first commit that ends after it.
  return window.__changes.map((t) => {
    const done = measures.find((m) => m.startTime + m.duration >= t);
    return done ? done.startTime + done.duration - t : null;
  }).filter((v) => v !== null);
});
await context.close();

// The widget on the demo host page, cold, in fresh contexts: from navigation to its
// first screen (the self-check's Start), and to its first question after Start.
const widgetReady = [];
const widgetQuestion = [];
for (let i = 0; i < LOADS + 1; i++) {
  const widgetContext = await browser.newContext();
  const host = await widgetContext.newPage();
  const begun = Date.now();
  await host.goto(new URL('public/embed-demo.html', url).href);
  const start = host.getByRole('button', { name: 'Start', exact: true });
  await start.waitFor();
  const ready = Date.now() - begun;
  await start.click();
  await host.locator('fieldset.question input[type=radio]').first().waitFor();
  if (i > 0) {
    widgetReady.push(ready);
    widgetQuestion.push(Date.now() - begun);
  }
  await widgetContext.close();
}
await browser.close();

console.log(JSON.stringify({
  widget_ready_ms: stats(widgetReady),
  widget_question_ms: stats(widgetQuestion),
  first_screen_ms: stats(firstScreen),
  vault_setup_ms: setup,
  unlock_ms: stats(unlocks),
  autosave_ms: stats(autosave),
}));
