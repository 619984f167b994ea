// Browser measurements for `cargo xtask bench` (issue 10), on the release build
// served on loopback: cold loads under CDP throttling (first screen, first question
// of an identification), repeat visits with the service worker, answer click → next
// frame, autosave latency, and the scale figures with 1,000 stored cases (case list,
// search, export, memory). Raw samples only: the budgets live in xtask/src/bench.rs.
// Progress goes to stderr; one JSON object is printed on the last line of stdout.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { LAUNCH } from '../chromium.mjs';

const url = process.env.TRYGG_URL;
if (!url) throw new Error('TRYGG_URL is not set: run through `cargo xtask bench`.');
const ANSWERS = Number(process.env.TRYGG_BENCH_ANSWERS || 40);
const LOADS = Number(process.env.TRYGG_BENCH_LOADS || 5);
const REPEATS = Number(process.env.TRYGG_BENCH_REPEATS || 5);
// 1,000 fictional cases sealed to an organisation key by `trygg example` (see bench.rs).
const exportFile = process.env.TRYGG_BENCH_EXPORT;
const secretKeyFile = process.env.TRYGG_BENCH_SECRET_KEY;
const publicKey = process.env.TRYGG_BENCH_PUBLIC_KEY;
const CASES = Number(process.env.TRYGG_BENCH_CASES || 1000);
const passphrase = 'benchmark passphrase of some length';
// Which parts to run (all by default), to rerun one part while working on it.
const PARTS = (process.env.TRYGG_BENCH_PARTS || 'loads,repeat,answers,scale').split(',');
// Generous: a busy two-core machine at CPU 4× over slow 4G takes its time.
const LOAD_TIMEOUT = 180_000;
const LONG = 600_000;

const log = (message) => process.stderr.write(`bench: ${message}\n`);

// Slow 4G as in the issue: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up.
const PROFILES = {
  none: { cpu: 1, network: null },
  cpu4: { cpu: 4, network: null },
  cpu4_slow4g: {
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
};

const browser = await chromium.launch(LAUNCH);

/** A fresh context whose pages' errors are shown on stderr (a bench that hangs says why). */
async function newContext() {
  const context = await browser.newContext();
  context.on('page', (page) => {
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') log(`console error: ${message.text()}`);
    });
  });
  return context;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1],
    samples: values.map((v) => Math.round(v * 10) / 10),
  };
};

/** A CDP session on `page` with the profile's CPU and network throttling. */
async function throttle(page, profile) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  return cdp;
}

// Runs in every document before its scripts (an init script: the page's CSP does not
// apply). Once per frame it looks for each step's element, in the page and in the
// widget's shadow root, notes `performance.now()` (since navigation start) when it is
// there, enabled and visible, and clicks it if the step says so: the timings are the
// app's own, with no round trip to Playwright in them.
function probe(steps) {
  const bench = { step: 0, marks: {} };
  Object.defineProperty(window, '__bench', { value: bench });
  const roots = () => {
    const list = [document];
    for (const host of document.querySelectorAll('trygg-assessment')) {
      if (host.shadowRoot) list.push(host.shadowRoot);
    }
    return list;
  };
  const find = (step) => {
    for (const root of roots()) {
      for (const el of root.querySelectorAll(step.css)) {
        if (step.text !== undefined && el.textContent.trim() !== step.text) continue;
        if (!el.matches(':enabled')) continue;
        if (el.checkVisibility && !el.checkVisibility()) continue;
        return el;
      }
    }
    return null;
  };
  const tick = () => {
    while (bench.step < steps.length) {
      const step = steps[bench.step];
      const el = find(step);
      if (!el) break;
      bench.marks[step.mark] = performance.now();
      bench.step += 1;
      if (step.click) {
        el.click();
        break; // look for the next step in the next frame
      }
    }
    if (bench.step < steps.length) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const FIRST_QUESTION = { css: 'fieldset.question input[type=radio]', what: "the first question's radio buttons" };

// The app: its first screen is the passphrase set-up (or unlock); from there,
// training ("Practise with a fictional case") reaches an identification's first
// question with no passphrase.
const APP_STEPS = [
  { mark: 'first_screen', css: '#new-passphrase, #passphrase', what: 'the passphrase field (set-up or unlock screen)' },
  { mark: 'practise', css: 'button', text: 'Practise with a fictional case', click: true, what: 'the button "Practise with a fictional case"' },
  { mark: 'scenario', css: 'button', text: 'Practise this scenario', click: true, what: 'a button "Practise this scenario"' },
  { mark: 'begin', css: 'button', text: 'Answer the identification', click: true, what: 'the button "Answer the identification"' },
  { mark: 'first_question', ...FIRST_QUESTION },
];
// The widget on the demo page: its self-check's Start, clicked as soon as it is
// enabled, then the first question.
const WIDGET_STEPS = [
  { mark: 'start', css: 'button', text: 'Start', click: true, what: 'the widget\'s "Start" button' },
  { mark: 'first_question', ...FIRST_QUESTION },
];

/** Loads `address` in `page` and waits for every step; returns the marks (ms). */
async function timedLoad(page, address, steps, profile) {
  await throttle(page, profile);
  await page.goto(address, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
  try {
    await page.waitForFunction((n) => window.__bench && window.__bench.step >= n, steps.length,
      { timeout: LOAD_TIMEOUT, polling: 100 });
  } catch (error) {
    const reached = await page.evaluate(() => window.__bench && window.__bench.step).catch(() => null);
    const missing = steps[reached ?? 0];
    throw new Error(`${address}: never found ${missing.what} (step ${(reached ?? 0) + 1} of ${steps.length}): ${error.message.split('\n')[0]}`);
  }
  return page.evaluate(() => window.__bench.marks);
}

/** LOADS cold loads in fresh contexts after one warm-up; the marks of each. */
async function coldLoads(address, steps, profile) {
  const runs = [];
  for (let i = 0; i < LOADS + 1; i++) {
    const context = await newContext();
    await context.addInitScript(probe, steps);
    const page = await context.newPage();
    const marks = await timedLoad(page, address, steps, profile);
    if (i > 0) runs.push(marks); // the warm-up fills the OS's caches, not the browser's
    await context.close();
  }
  return runs;
}

const results = { loads: LOADS };
const demo = new URL('public/embed-demo.html', url).href;
for (const [name, profile] of Object.entries(PARTS.includes('loads') ? PROFILES : {})) {
  log(`cold loads, ${name}: widget`);
  const widget = await coldLoads(demo, WIDGET_STEPS, profile);
  results[`widget_first_question_${name}`] = stats(widget.map((m) => m.first_question));
  results[`widget_start_${name}`] = stats(widget.map((m) => m.start));
  log(`cold loads, ${name}: app`);
  const app = await coldLoads(url, APP_STEPS, profile);
  results[`app_first_screen_${name}`] = stats(app.map((m) => m.first_screen));
  results[`training_first_question_${name}`] = stats(app.map((m) => m.first_question));
}

// Repeat visits: one visit installs the service worker, which then controls every
// later load in the same context; each new page loads at CPU 4×.
if (PARTS.includes('repeat')) {
  log('repeat visits with the service worker');
  const context = await newContext();
  await context.addInitScript(probe, APP_STEPS);
  const first = await context.newPage();
  await timedLoad(first, url, APP_STEPS, PROFILES.none);
  await first.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await first.reload({ waitUntil: 'commit' });
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: LOAD_TIMEOUT });
  await first.close();
  const runs = [];
  for (let i = 0; i < REPEATS + 1; i++) {
    const page = await context.newPage();
    const marks = await timedLoad(page, url, APP_STEPS, PROFILES.cpu4);
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error('repeat visit: the service worker does not control the page');
    if (i > 0) runs.push(marks);
    await page.close();
  }
  results.repeat_first_screen_cpu4 = stats(runs.map((m) => m.first_screen));
  results.repeat_training_first_question_cpu4 = stats(runs.map((m) => m.first_question));
  await context.close();
}

/** Sets up the vault on a fresh context's page; returns the time it took (ms). */
async function setUpVault(page) {
  await page.goto(url);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat the passphrase').fill(passphrase);
  const started = Date.now();
  await page.getByRole('button', { name: 'Set the passphrase' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cases on this device' }).waitFor({ timeout: LOAD_TIMEOUT });
  return Date.now() - started;
}

const autosaveCount = (page) => page.evaluate(() => performance.getEntriesByName('trygg-autosave').length);

/**
 * Answers up to ANSWERS questions of the open identification. For each: click → the
 * next frame after the page's DOM changes (a capturing click listener notes the
 * event's time; a MutationObserver sees the change; the time is taken after the next
 * animation frame, in a task queued from it, i.e. once that frame is produced), and
 * the change event → the autosave's committed transaction.
 */
async function answerQuestions(page) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__changed = [];
    window.__unchanged = 0;
    window.__changes = [];
    // Once per page: a second pass (CPU 4×) in the same page reuses the listeners.
    if (window.__answerListeners) return;
    window.__answerListeners = true;
    document.addEventListener('change', (e) => window.__changes.push(e.timeStamp), true);
    document.addEventListener('click', (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
      const clicked = e.timeStamp;
      let seen = false;
      const observer = new MutationObserver(() => {
        if (seen) return;
        seen = true;
        window.__changed.push(performance.now() - clicked);
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__frames.push(performance.now() - clicked);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => {
        if (!seen) {
          seen = true;
          observer.disconnect();
          window.__unchanged += 1;
        }
      }, 5000);
    }, true);
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
    const before = await autosaveCount(page);
    await open.first().getByRole('radio', { name: given % 3 === 0 ? 'No' : 'Yes', exact: true }).check();
    await page.waitForFunction(({ saves, answers }) => performance.getEntriesByName('trygg-autosave').length > saves
      && window.__frames.length + window.__unchanged >= answers, { saves: before, answers: given + 1 }, { timeout: 30_000 })
      .catch((error) => { throw new Error(`answer ${given + 1}: no autosave or no frame timing (${error.message.split('\n')[0]})`); });
    given += 1;
  }
  return page.evaluate(() => {
    const measures = performance.getEntriesByName('trygg-autosave');
    // Pair each answer with the first commit that ends after it.
    const autosave = window.__changes.map((t) => {
      const done = measures.find((m) => m.startTime + m.duration >= t);
      return done ? done.startTime + done.duration - t : null;
    }).filter((v) => v !== null);
    return { frames: window.__frames, changed: window.__changed, unchanged: window.__unchanged, autosave };
  });
}

/**
 * The floor of the click → frame measure: the same clicks, listener and timing on a
 * bare radio pair outside the app (its change handler sets one text node). Playwright
 * clicks right after a frame, so even this waits most of a frame for the next one;
 * what an answer adds above it is the app's own cost. Call after `answerQuestions`
 * (whose listeners it uses), on the same page.
 */
async function bareRadioFrames(page, clicks = 20) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__unchanged = 0;
    const box = document.createElement('div');
    box.id = 'bench-bare-radio';
    box.innerHTML = '<label><input type="radio" name="bench-bare" value="a">A</label>'
      + '<label><input type="radio" name="bench-bare" value="b">B</label><span></span>';
    box.addEventListener('change', (e) => { box.querySelector('span').textContent = e.target.value; });
    document.body.prepend(box);
  });
  for (let i = 0; i < clicks; i++) {
    await page.locator(`#bench-bare-radio input[value=${i % 2 ? 'a' : 'b'}]`).check();
    await page.waitForFunction((n) => window.__frames.length + window.__unchanged >= n, i + 1);
  }
  return page.evaluate(() => {
    document.getElementById('bench-bare-radio').remove();
    return window.__frames;
  });
}

async function newIdentification(page) {
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByLabel('Yes, she agrees that the answers are recorded').check();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await page.getByRole('button', { name: 'Identification', exact: true }).click();
  await FIRST_QUESTION_LOCATOR(page).waitFor({ timeout: 30_000 });
}
const FIRST_QUESTION_LOCATOR = (page) => page.locator(FIRST_QUESTION.css).first();

/** Waits for `success`; fails with the page's words if an alert shows instead. */
async function outcome(page, success, what) {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  try {
    await success.or(alert).first().waitFor({ timeout: LONG });
  } catch (error) {
    throw new Error(`${what}: ${error.message.split('\n')[0]}`);
  }
  if (await alert.count() > 0 && !(await success.count())) {
    throw new Error(`${what}: the page says "${(await alert.first().innerText()).trim()}"`);
  }
}

/**
 * In-page: the case list shows `n` cases: every row, or, as the app does with many
 * cases, its first rows and the button "Show all cases (n)".
 */
function listShown(n) {
  // Rows shown: while searching, the full list stays in the page, hidden.
  const rows = [...document.querySelectorAll('.case-list')].filter((list) => !list.closest('[hidden]'))
    .reduce((sum, list) => sum + list.querySelectorAll(':scope > li.case-row').length, 0);
  const all = [...document.querySelectorAll('.home button')]
    .find((b) => b.textContent.trim().startsWith('Show all cases'));
  const total = all ? Number(all.textContent.replace(/\D/g, '')) : rows;
  return rows > 0 && total === n;
}

/** Back up the breadcrumbs (assessment → case → cases) to the case list. */
async function toCaseList(page) {
  const home = page.getByRole('heading', { level: 1, name: 'Cases on this device' });
  for (let i = 0; i < 3 && !(await home.isVisible()); i++) {
    await page.locator('.breadcrumb button').first().click();
  }
  await home.waitFor({ timeout: 30_000 })
    .catch(() => { throw new Error('the breadcrumbs did not lead back to "Cases on this device"'); });
}

if (PARTS.includes('answers')) {
  log('vault, unlock, answers');
  const context = await newContext();
  const page = await context.newPage();
  results.vault_setup_ms = await setUpVault(page);
  const unlocks = [];
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    const started = Date.now();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases on this device' }).waitFor({ timeout: LOAD_TIMEOUT });
    unlocks.push(Date.now() - started);
  }
  results.unlock_ms = stats(unlocks);

  await newIdentification(page);
  const plain = await answerQuestions(page);
  results.answer_frame_none = stats(plain.frames);
  results.answer_changed_none = stats(plain.changed);
  results.bare_radio_frame_none = stats(await bareRadioFrames(page));
  results.answer_unchanged_none = plain.unchanged;
  results.autosave_ms = stats(plain.autosave);

  // The same at CPU 4×, on a second case (the first one's questions are answered).
  await toCaseList(page);
  await newIdentification(page);
  const cdp = await throttle(page, PROFILES.cpu4);
  const slow = await answerQuestions(page);
  results.bare_radio_frame_cpu4 = stats(await bareRadioFrames(page));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  results.answer_changed_cpu4 = stats(slow.changed);
  results.answer_frame_cpu4 = stats(slow.frames);
  results.answer_unchanged_cpu4 = slow.unchanged;
  results.autosave_cpu4_ms = stats(slow.autosave);
  await context.close();
}

// In-page: from the event of `type` (capturing, its timeStamp) to the frame after
// the case list first shows what `want` says (the list of `rows` cases, or the one
// row of a code; see `listShown`),
// checked once per animation frame; the result lands in `window.__timed`.
function armFrameTimer([type, want]) {
  const ready = () => {
    const rows = [...document.querySelectorAll('.case-list')].filter((list) => !list.closest('[hidden]'))
      .flatMap((list) => [...list.querySelectorAll(':scope > li.case-row .case-code')]);
    if (want.code !== undefined) return rows.length === 1 && rows[0].textContent.trim() === want.code;
    if (want.every !== undefined) return rows.length === want.every;
    // Every row, or (with many cases) the first rows and "Show all cases (N)".
    const all = [...document.querySelectorAll('.home button')]
      .find((b) => b.textContent.trim().startsWith('Show all cases'));
    const total = all ? Number(all.textContent.replace(/\D/g, '')) : rows.length;
    return rows.length > 0 && total === want.rows;
  };
  window.__timed = null;
  const listener = (e) => {
    document.removeEventListener(type, listener, true);
    const started = e.timeStamp;
    const check = () => {
      if (!ready()) {
        requestAnimationFrame(check);
        return;
      }
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__timed = performance.now() - started; };
        channel.port2.postMessage(null);
      });
    };
    check();
  };
  document.addEventListener(type, listener, true);
}

async function timedTo(page, type, want, act, what) {
  await page.evaluate(armFrameTimer, [type, want]);
  await act();
  try {
    await page.waitForFunction(() => window.__timed !== null, null, { timeout: 120_000 });
  } catch (error) {
    throw new Error(`${what}: not shown within 2 minutes (${error.message.split('\n')[0]})`);
  }
  return page.evaluate(() => window.__timed);
}

if (PARTS.includes('scale') && exportFile && secretKeyFile && publicKey) {
  log(`${CASES} cases: import`);
  const context = await newContext();
  const page = await context.newPage();
  await setUpVault(page);
  // This part clicks inside the page, which is no pointer or key activity: with the
  // default idle lock (5 min) the app locked itself midway on a loaded machine.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Lock Trygg when it has not been used for').selectOption('30');
  await page.getByText('Saved.').first().waitFor();
  await toCaseList(page);

  // Import through the app's own "Open an export": the same path as a worker's.
  await page.getByRole('button', { name: 'Open an export' }).click();
  await page.getByLabel('Export file (.trygg.age)').setInputFiles(exportFile);
  await page.getByLabel('The secret key file').check();
  await page.getByLabel('Secret key file', { exact: true }).setInputFiles(secretKeyFile);
  let started = Date.now();
  log(`${CASES} cases: opening the export`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await outcome(page, page.getByText(/cases, exported .* with Trygg/), `opening the export of ${CASES} cases`);
  const opened = await page.locator('.opened-case').count();
  if (opened !== CASES) throw new Error(`the opened export shows ${opened} cases, not ${CASES}`);
  results.open_export_ms = Date.now() - started;
  log(`${CASES} cases: importing (opening took ${results.open_export_ms} ms)`);
  started = Date.now();
  // One at a time, each after the previous one's save committed, as a worker clicks
  // them. (Clicked all in one go, the saves pile up: wasm memory then grew by
  // ~150 MB per 25 cases past 100 and the page ran out of memory.)
  const clicked = await page.evaluate(async () => {
    const buttons = [...document.querySelectorAll('.opened-case button')]
      .filter((b) => b.textContent.trim() === 'Import into this device');
    for (const button of buttons) {
      const saved = performance.getEntriesByName('trygg-autosave').length;
      const clickedAt = Date.now();
      button.click();
      while (performance.getEntriesByName('trygg-autosave').length <= saved) {
        if (Date.now() - clickedAt > 60_000) throw new Error('an imported case was not saved within a minute');
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    return buttons.length;
  });
  if (clicked !== CASES) throw new Error(`import: found ${clicked} "Import into this device" buttons, not ${CASES}`);
  results.import_ms = Date.now() - started;
  // A new start, as on the next working day: the wasm memory only ever grows, and
  // opening the 21 MB export took its share, which says nothing about holding cases.
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trygg is locked' }).waitFor({ state: 'hidden', timeout: LONG });
  await toCaseList(page);
  await page.waitForFunction(listShown, CASES,
    { timeout: LONG });
  const cdp = await context.newCDPSession(page);

  log(`${CASES} cases: case list, search, memory`);
  // Another screen → "Back to cases": click to the frame showing every row.
  const list = [];
  for (let i = 0; i < REPEATS; i++) {
    await page.getByRole('button', { name: 'Open an export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open an export' }).waitFor();
    list.push(await timedTo(page, 'click', { rows: CASES },
      () => page.getByRole('button', { name: 'Back to cases' }).click(), 'the case list'));
  }
  results.case_list_ms = stats(list);
  // Unlock → every row shown (Argon2id included).
  const unlocked = [];
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    unlocked.push(await timedTo(page, 'submit', { rows: CASES },
      () => page.getByRole('button', { name: 'Unlock' }).click(), 'the case list after unlocking'));
  }
  results.unlock_list_ms = stats(unlocked);
  // With many cases the app first shows the most recent ones: "Show all cases (N)"
  // → the frame showing every row.
  const showAll = page.getByRole('button', { name: /^Show all cases/ });
  if (await showAll.count() > 0) {
    const every = [];
    for (let i = 0; i < REPEATS; i++) {
      if (i > 0) {
        // Leaving the list and coming back shows the first rows again.
        await page.getByRole('button', { name: 'Open an export' }).click();
        await page.getByRole('heading', { level: 1, name: 'Open an export' }).waitFor();
        await page.getByRole('button', { name: 'Back to cases' }).click();
        await page.waitForFunction(listShown, CASES, { timeout: LONG });
      }
      every.push(await timedTo(page, 'click', { every: CASES }, () => showAll.click(), 'every case after "Show all cases"'));
    }
    results.show_all_ms = stats(every);
  }

  // Search: a whole code typed (pasted) at once → the frame showing that one case.
  const codes = await page.evaluate(() => [...document.querySelectorAll('.case-list .case-code')]
    .map((c) => c.textContent.trim()));
  const search = page.getByLabel('Find a case by its code');
  await search.waitFor({ timeout: 10_000 })
    .catch(() => { throw new Error('no search field labelled "Find a case by its code" on the case list'); });
  const searches = [];
  for (let i = 0; i < 10; i++) {
    const code = codes[Math.floor((i * codes.length) / 10)];
    searches.push(await timedTo(page, 'input',
      { code },
      () => search.fill(code), `the search for ${code}`));
    await search.fill('');
    await page.waitForFunction(listShown, CASES);
  }
  results.search_ms = stats(searches);

  // Memory: JS heap after GC, and the wasm linear memory (every WebAssembly.Memory
  // in the page's heap, found through the DevTools protocol, since the glue does not
  // expose its memory).
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  const summed = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId,
    functionDeclaration: 'function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  const dom = await cdp.send('Memory.getDOMCounters');
  results.memory = {
    js_heap_used: heap.usedSize,
    js_heap_total: heap.totalSize,
    wasm_memory: summed.result.value,
    wasm_memories: await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true,
    }).then((r) => r.result.value),
    dom_nodes: dom.nodes,
  };

  log(`${CASES} cases: export`);
  // An organisation key to export to, as a worker adds it in Settings.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Name for this key').fill('Benchmark office');
  await page.getByLabel('Public key (age1…)').fill(publicKey);
  await page.getByRole('button', { name: 'Add the key' }).click();
  await page.getByText('The key was added.').waitFor();
  await toCaseList(page);
  await page.getByRole('button', { name: 'Export cases' }).click();
  await page.getByRole('heading', { level: 1, name: 'Export cases' }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.export-cases input[type=checkbox]').length === n,
    CASES, { timeout: LONG });
  // The example cases without sharing consent get it recorded first, so that all
  // 1,000 are exported (each is a change the app saves).
  const consentBefore = await autosaveCount(page);
  const recorded = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('.export-consent button')];
    for (const button of buttons) button.click();
    return buttons.length;
  });
  await page.waitForFunction((n) => performance.getEntriesByName('trygg-autosave').length >= n
    && document.querySelectorAll('.export-cases input[type=checkbox]:disabled').length === 0,
  consentBefore + recorded, { timeout: LONG, polling: 500 }).catch(async () => {
    const state = await page.evaluate(() => ({
      saves: performance.getEntriesByName('trygg-autosave').length,
      disabled: document.querySelectorAll('.export-cases input[type=checkbox]:disabled').length,
      status: document.querySelector('header')?.innerText,
    }));
    throw new Error(`export: the ${recorded} consents were not all saved (${consentBefore} saves before): ${JSON.stringify(state)}`);
  });
  // The list is drawn again when a case changes (the consents just recorded), so
  // clicks on a list about to be replaced are lost: tick every box until all stay ticked.
  await page.waitForFunction((n) => {
    const boxes = document.querySelectorAll('.export-cases input[type=checkbox]');
    for (const box of boxes) {
      if (!box.checked && !box.disabled) box.click();
    }
    return document.querySelectorAll('.export-cases input[type=checkbox]:checked').length === n;
  }, CASES, { timeout: 120_000, polling: 1000 }).catch(async () => {
    const state = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent,
      boxes: document.querySelectorAll('.export-cases input[type=checkbox]').length,
      disabled: document.querySelectorAll('.export-cases input[type=checkbox]:disabled').length,
      checked: document.querySelectorAll('.export-cases input[type=checkbox]:checked').length,
    }));
    throw new Error(`export: not all ${CASES} cases could be chosen: ${JSON.stringify(state)}`);
  });

  const exportOnce = async () => {
    const begun = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: LONG }),
      page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const took = Date.now() - begun;
    await outcome(page, page.getByText(/cases were exported as/), 'the export');
    // Digits only: the count is formatted ("1,000") and may carry bidi marks.
    const done = (await page.getByText(/cases were exported as/).innerText()).replace(/[^\d a-z]/gi, '');
    const count = Number((/(\d+) cases were exported/.exec(done) || [])[1]);
    if (count !== CASES) throw new Error(`the export holds ${count} cases, not ${CASES}: "${done}"`);
    await download.delete();
    return took;
  };
  const toKey = [];
  for (let i = 0; i < 3; i++) toKey.push(await exportOnce());
  results.export_key_ms = stats(toKey);
  await page.getByLabel('A passphrase').check();
  const withPassphrase = [];
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('Passphrase for this file').fill(passphrase);
    await page.getByLabel('Repeat the passphrase').fill(passphrase);
    withPassphrase.push(await exportOnce());
  }
  results.export_passphrase_ms = stats(withPassphrase);
  await context.close();
} else {
  log('no export of example cases given: the figures with 1,000 cases are skipped');
}

await browser.close();
console.log(JSON.stringify(results));
