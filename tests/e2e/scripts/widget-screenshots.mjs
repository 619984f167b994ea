// Screenshots of the widget on the demo host page at tablet and phone sizes: its
// first screen, a part of the self-check, the result, and the first screen under
// the demo's hostile stylesheet.
// Usage: TRYGG_URL=http://127.0.0.1:8080/ node scripts/widget-screenshots.mjs [out-dir]
import { chromium } from '@playwright/test';
import { LAUNCH, SIZES } from '../chromium.mjs';
import { mkdirSync } from 'node:fs';

const url = new URL('public/embed-demo.html', process.env.TRYGG_URL || 'http://127.0.0.1:8080/').href;
const out = process.argv[2] || '../../target/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(LAUNCH);
for (const [name, [width, height]] of Object.entries(SIZES)) {
  const page = await browser.newPage({ viewport: { width, height } });
  const widget = page.locator('trygg-assessment');
  const shot = (step) => page.screenshot({ path: `${out}/widget-${step}-${name}.png` });
  await page.goto(url);
  await widget.getByRole('button', { name: 'Start', exact: true }).waitFor();
  await shot('1-start');
  await widget.getByRole('button', { name: 'Start', exact: true }).click();
  await widget.locator('fieldset.question').first().getByRole('radio', { name: 'Yes', exact: true }).check();
  await widget.scrollIntoViewIfNeeded();
  await shot('2-part');
  for (let part = 0; part < 12; part++) {
    const next = widget.getByRole('button', { name: 'Next', exact: true });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await widget.getByRole('button', { name: 'See the result' }).click();
  await widget.getByRole('heading', { name: 'Your result' }).waitFor();
  await shot('3-result');
  await page.goto(`${url}?hostile`);
  await widget.getByRole('button', { name: 'Start', exact: true }).waitFor();
  await widget.scrollIntoViewIfNeeded();
  await shot('4-hostile');
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
