// Walks through the main screens and saves screenshots at tablet and phone sizes.
// Usage: TRYGG_URL=http://127.0.0.1:8080/ node scripts/screenshots.mjs [out-dir]
import { chromium } from '@playwright/test';
import { LAUNCH, SIZES } from '../chromium.mjs';
import { mkdirSync } from 'node:fs';

const url = process.env.TRYGG_URL || 'http://127.0.0.1:8080/';
const out = process.argv[2] || '../../target/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(LAUNCH);
for (const [name, [width, height]] of Object.entries(SIZES)) {
  const page = await browser.newPage({ viewport: { width, height } });
  const shot = (step) => page.screenshot({ path: `${out}/${step}-${name}.png`, fullPage: false });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Protect the data on this device' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('screenshot pass phrase');
  await shot('00-setup');
  await page.getByLabel('Repeat the passphrase').fill('screenshot pass phrase');
  await page.getByRole('button', { name: 'Set the passphrase' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cases on this device' }).waitFor();
  await shot('01-home-empty');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await shot('02-new-case');
  await page.getByLabel('Yes, she agrees that the answers are recorded').check();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await shot('03-case');
  await page.getByRole('button', { name: 'Identification', exact: true }).click();
  await shot('04-assessment');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('fieldset.question').first().getByLabel('Yes').check();
  await page.locator('fieldset.question').first().locator('summary').first().click();
  await shot('05-assessment-answer');
  await page.getByText('All parts of this assessment').click();
  for (let i = 0; i < 10; i++) {
    const next = page.getByRole('button', { name: 'Next' });
    if (await next.count() === 0) break;
    await next.click();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
  await shot('06-result');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: 'Printable report' }).click();
  await shot('06b-report');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: 'Needs and care plan' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('fieldset.question').first().getByLabel('Immediate (within 1 to 3 days)').check();
  await shot('07-needs');
  await page.getByRole('button', { name: /Case / }).first().click();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await shot('08-home-list');
  await page.getByRole('button', { name: 'Settings' }).click();
  await shot('09-settings');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').filter({ hasText: 'does not open' }).waitFor();
  await shot('10-unlock-wrong');
  // A two-language interview with long words: Finnish for the worker, Russian for her.
  await page.getByLabel('Passphrase', { exact: true }).fill('screenshot pass phrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocking returns to the screen of the lock: the settings.
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.locator('.home').waitFor();
  await page.locator('#ui-language').selectOption('fi');
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  await page.locator('.home .title-row button').click();
  await page.locator('input[name=consent-record]').first().check();
  await page.locator('.new-case .actions .primary').click();
  await page.locator('#respondent-language').selectOption('ru');
  await shot('11-case-her-language');
  await page.locator('.start-buttons button').first().click();
  await page.locator('.step-actions .primary').click();
  const first = page.locator('fieldset.question').first();
  await first.locator('input[type=radio]').first().check();
  await first.locator('details.hint summary').click();
  await shot('12-two-languages');
  await page.locator('.breadcrumb button').click();
  await page.locator('.start-buttons button').nth(1).click();
  await page.locator('.step-actions .primary').click();
  await page.locator('fieldset.question').first().locator('input[value=immediate]').check();
  await shot('13-two-languages-needs');
  await page.locator('#ui-language').selectOption('en');
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
