// Languages: the picker on every screen, fetched languages, a switch mid-interview,
// two-language interviews, a language that cannot be loaded, and a pseudo-locale
// that proves every text on screen comes from the Fluent files.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, PASSPHRASE } from './fixtures.mjs';
import { axeViolations, createCase, question, runThrough, startAssessment } from './helpers.mjs';
import { pseudoLocalise } from './pseudo.mjs';

// Requests answered by a service worker would bypass the routes these tests set.
test.use({ serviceWorkers: 'block' });

const LOCALES = new URL('../../../locales/', import.meta.url);

/** A one-line message of a language's Fluent files, read from the repository. */
function message(language, id) {
  for (const file of ['trygg', 'common', 'identification', 'needs', 'risk']) {
    const text = readFileSync(new URL(`${language}/${file}.ftl`, LOCALES), 'utf8');
    const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
    if (line) return line.slice(id.length + 3);
  }
  throw new Error(`no one-line message ${id} in ${language}`);
}

const picker = (page) => page.locator('#ui-language');

async function switchTo(page, language) {
  await picker(page).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('the language picker is there before unlocking, and a choice is remembered', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Protect the data on this device' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  // Every language in its own name, marked with its language.
  await expect(picker(page).locator('option[value="lv"]')).toHaveText('Latviešu');
  await expect(picker(page).locator('option[value="lv"]')).toHaveAttribute('lang', 'lv');
  await expect(picker(page).locator('option[lang]')).toHaveCount(11);
  await expect(page.locator('.draft-tag')).toHaveCount(0);

  await switchTo(page, 'lv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('lv', 'setup-title'));
  await expect(page.getByRole('button', { name: message('lv', 'quick-exit') })).toBeVisible();
  // Latvian is a draft translation: the header says so, in Latvian.
  await expect(page.locator('.language-picker .draft-tag')).toHaveText(message('lv', 'language-draft'));
  // Only the language tag is kept, in localStorage.
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'trygg-language': 'lv' });

  // The next start is in Latvian from the first screen on, without an English flash:
  // the first heading that becomes visible is already Latvian.
  await page.reload();
  const first = await page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return heading?.checkVisibility() && heading.textContent;
  });
  expect(await first.jsonValue()).toBe(message('lv', 'setup-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  await expect(picker(page)).toHaveValue('lv');

  await switchTo(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protect the data on this device');
  await expect(page.locator('.draft-tag')).toHaveCount(0);
});

test('the browser’s languages choose the first language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'nb-NO', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nb', 'setup-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  // Following the browser is not a choice: nothing is stored.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await context.close();
});

test('switching language mid-interview keeps the page, the answers and the note', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Identification');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const work = question(page, 'Was the work you ended up doing different');
  await work.getByRole('radio', { name: 'Yes', exact: true }).check();
  await work.getByText('Note', { exact: true }).click();
  await work.getByRole('textbox').fill('Said the job was in a café');
  await expect(page.getByText('All answers saved')).toBeVisible();
  await page.evaluate(() => { window.__sameDocument = true; });

  await switchTo(page, 'sv');
  const swedish = message('sv', 'identification-deceived-about-work');
  const group = page.getByRole('group', { name: swedish });
  await expect(group).toBeVisible();
  await expect(group.locator('input[value="yes"]')).toBeChecked();
  await expect(group.getByRole('textbox')).toHaveValue('Said the job was in a café');
  await expect(page.getByRole('button', { name: message('sv', 'action-next'), exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  // Her language stays the one chosen at the start (English): now that the worker
  // reads Swedish, the English texts show beneath, for her.
  await expect(group.locator('legend .respondent-text[lang="en"]')).toHaveText(
    message('en', 'identification-deceived-about-work'),
  );

  await switchTo(page, 'en');
  await expect(work.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(work.getByRole('textbox')).toHaveValue('Said the job was in a café');
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test('a two-language interview shows each question in her language beneath the worker’s', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  const her = page.getByLabel('Her language');
  await expect(her).toHaveValue('en');
  await her.selectOption('uk');
  await expect(page.getByText(message('en', 'language-draft-explain'))).toBeVisible();
  // Her language arrives slowly; the worker moves on to the next part meanwhile, so
  // the first part's request is superseded by the second's (and must not break).
  await page.route('**/locales/uk/*.ftl', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await startAssessment(page, 'Identification');

  // Her part: question, hint and choices in English, then in Ukrainian with lang="uk".
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const group = page.locator('fieldset.question', { hasText: 'Was the work you ended up doing different' });
  await expect(group.locator('legend .question-text')).toHaveText(message('en', 'identification-deceived-about-work'));
  const herText = group.locator('legend .respondent-text');
  await expect(herText).toHaveText(message('uk', 'identification-deceived-about-work'));
  await expect(herText).toHaveAttribute('lang', 'uk');
  const yes = group.locator('label.choice', { has: page.locator('input[value="yes"]') });
  await expect(yes.locator('.choice-label > span').first()).toHaveText('Yes');
  await expect(yes.locator('.respondent-text[lang="uk"]')).toHaveText(message('uk', 'choice-yes'));
  await group.locator('summary', { hasText: 'Why this question?' }).click();
  await expect(group.locator('.hint .respondent-text[lang="uk"]')).toHaveText(
    message('uk', 'identification-deceived-about-work-hint'),
  );
  await yes.locator('input').check();
  await expect(yes.locator('input')).toBeChecked();
  expect(await axeViolations(page), 'axe-core, two-language interview').toEqual([]);

  // The worker's own observations are not put to her: no second text.
  await page.locator('details.overview').evaluate((details) => { details.open = true; });
  await page.getByRole('button', { name: /^Her situation \(/ }).click();
  const observation = page.locator('fieldset.question', { hasText: 'Your observation' }).first();
  await expect(observation).toBeVisible();
  await expect(observation.locator('.respondent-text')).toHaveCount(0);

  // The same language twice shows once: her language now equals the worker's.
  await switchTo(page, 'uk');
  await expect(page.locator('.respondent-text')).toHaveCount(0);
  await switchTo(page, 'en');
  await expect(page.locator('.respondent-text').first()).toBeVisible();

  // The result is in the worker's language only.
  await page.locator('details.overview').evaluate((details) => { details.open = true; });
  await page.getByRole('button', { name: /^What kept her there/ }).click();
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Result:/ })).toBeVisible();
  await expect(page.locator('section.dimension').first()).toContainText(message('en', 'identification-deceived-about-work'));
  await expect(page.locator('.respondent-text')).toHaveCount(0);

  // The next assessment of this case proposes her language again.
  await page.getByRole('button', { name: 'Back to the case' }).first().click();
  await expect(page.getByLabel('Her language')).toHaveValue('uk');
});

test('long translations in two languages fit tablet and phone screens', async ({ page }) => {
  await openApp(page);
  await switchTo(page, 'fi');
  await page.getByRole('button', { name: message('fi', 'home-new-case') }).click();
  await page.getByLabel(message('fi', 'consent-record-yes')).check();
  await page.getByRole('button', { name: message('fi', 'new-case-create') }).click();
  await page.getByLabel(message('fi', 'respondent-language-label')).selectOption('lt');
  await page.getByRole('button', { name: message('fi', 'needs-title'), exact: true }).click();
  await page.getByRole('button', { name: message('fi', 'action-next'), exact: true }).click();
  await page.locator('fieldset.question input[value="immediate"]').first().check();
  await expect(page.locator('.respondent-text[lang="lt"]').first()).toBeVisible();
  for (const [width, height] of [[768, 1024], [390, 844], [1024, 768]]) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => {
      const wide = [];
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1)) wide.push(element.outerHTML.slice(0, 80));
      }
      return { page: document.documentElement.scrollWidth - window.innerWidth, wide };
    });
    expect(overflow, `at ${width}×${height}`).toEqual({ page: 0, wide: [] });
  }
  await switchTo(page, 'en');
});

test('a language that cannot be loaded leaves the texts as they were, and says so', async ({ page, watched }) => {
  await openApp(page);
  // Offline without a cached copy: the request fails.
  await page.route('**/locales/fi/*.ftl', (route) => route.abort('internetdisconnected'));
  await picker(page).selectOption('fi');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('This language (Suomi) could not be loaded on this device just now');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(picker(page)).toHaveValue('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('trygg-language'))).toBeNull();

  // A server or portal answering with a web page instead of the file: refused too.
  await page.route('**/locales/et/*.ftl', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>Wi-Fi login</title>' }),
  );
  await picker(page).selectOption('et');
  await expect(page.getByRole('alert')).toContainText('This language (Eesti) could not be loaded');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Once the files come through, the language loads.
  await page.unroute('**/locales/et/*.ftl');
  await switchTo(page, 'et');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('et', 'home-title'));
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The failed requests are the only console errors, and they are the browser's.
  expect(watched.consoleErrors.every((e) => e.includes('Failed to load resource'))).toBe(true);
  watched.consoleErrors.length = 0;
});

// ---------------------------------------------------------------------------
// Pseudo-locale: Latvian's files are replaced by pseudo-localised English.

/** Serves pseudo-localised English in place of every Latvian file. */
async function routePseudo(page) {
  await page.route('**/locales/lv/*.ftl', (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    const english = readFileSync(new URL(`en/${file}`, LOCALES), 'utf8');
    return route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: pseudoLocalise(english) });
  });
}

/**
 * Every visible text (and every label-like attribute) on the page that has letters
 * must carry the pseudo-locale's marks. The allowed exceptions, and only these:
 * case codes (.case-code, and the code field's value, which is not a text node),
 * dates and times written by Intl (<time>), the language names in the pickers
 * (option[lang]), and her texts in a two-language interview (.respondent-text[lang]).
 */
async function unmarkedTexts(page) {
  return page.evaluate(() => {
    const EXCEPT = '.case-code, time, option[lang], .respondent-text[lang]';
    const found = [];
    // Closed hints and notes are part of the screen too.
    for (const details of document.querySelectorAll('details')) details.open = true;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('noscript, script, style')) continue;
      if (parent.closest(EXCEPT)) continue;
      const shown = parent.closest('option')
        ? parent.closest('select')?.checkVisibility()
        : parent.checkVisibility({ checkVisibilityCSS: true });
      if (!shown || !/\p{L}/u.test(text) || text.includes('⟦')) continue;
      found.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value && /\p{L}/u.test(value) && !value.includes('⟦')) found.push(`${name}="${value}"`);
      }
    }
    return found;
  });
}

/**
 * Switches to the pseudo-locale, checks the screen (every text marked, and the
 * longer texts still fit the width), and switches back to English.
 */
async function expectAllPseudo(page, where) {
  await switchTo(page, 'lv');
  await expect(page.locator('h1').first()).toContainText('⟦');
  expect(await unmarkedTexts(page), `text not from the Fluent files on: ${where}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow with ~40% longer texts on: ${where}`).toBe(0);
  await switchTo(page, 'en');
}

test('pseudo-locale: every text on every screen comes from the Fluent files', async ({ page }) => {
  test.setTimeout(120_000);
  // A tablet held upright: the narrowest width the interview is designed for.
  await page.setViewportSize({ width: 768, height: 1024 });
  await routePseudo(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Protect the data on this device' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 10 characters');
  await expectAllPseudo(page, 'set-up, with a problem');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
  await expectAllPseudo(page, 'home, no cases');

  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expectAllPseudo(page, 'new case');
  await page.getByLabel('Yes, she agrees that the answers are recorded').check();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Case / })).toBeVisible();
  await expectAllPseudo(page, 'case');

  await startAssessment(page, 'Needs and care plan');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('fieldset.question').first().getByLabel('Immediate (within 1 to 3 days)').check();
  await expectAllPseudo(page, 'needs interview, with a need');
  await page.getByRole('button', { name: /^Case / }).first().click();

  await startAssessment(page, 'Identification');
  await expectAllPseudo(page, 'identification, first part');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await question(page, 'Was the work you ended up doing different').getByRole('radio', { name: 'Yes', exact: true }).check();
  await expectAllPseudo(page, 'identification, an answer');
  await runThrough(page, { 'Did someone take your passport or ID and keep it?': "Don't know" }, 'No');
  await expectAllPseudo(page, 'identification result');

  await page.getByRole('button', { name: 'Back to the case' }).first().click();
  await startAssessment(page, 'Risk and safety');
  await runThrough(page, { 'Are you afraid that someone will seriously hurt you?': 'Yes' }, 'No');
  await expectAllPseudo(page, 'risk result');

  await page.getByRole('button', { name: 'Back to the case' }).first().click();
  await page.getByRole('button', { name: 'Printable report' }).click();
  await expectAllPseudo(page, 'report');
  await page.getByRole('button', { name: 'Back to the case' }).first().click();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expectAllPseudo(page, 'home, one case');

  await page.getByRole('button', { name: 'Settings' }).click();
  await expectAllPseudo(page, 'settings');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trygg is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'does not open' })).toBeVisible();
  await expectAllPseudo(page, 'unlock, with a wrong passphrase');
});
