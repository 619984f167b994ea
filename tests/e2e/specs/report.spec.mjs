// The printable report: rendered to PDF by Chromium, it has no app chrome and
// carries the case code, the result and the confidentiality line.
import { execFileSync } from 'node:child_process';
import { test, expect, openApp } from './fixtures.mjs';
import { createCase, runThrough, startAssessment } from './helpers.mjs';

/** The text of each page of a PDF, read by poppler's pdftotext (Debian's poppler-utils). */
function pdfText(buffer) {
  const text = execFileSync(process.env.PDFTOTEXT || '/usr/bin/pdftotext', ['-', '-'], { input: buffer })
    .toString('utf8');
  return text.split('\f').filter((page) => page.trim() !== '').map((page) => page.replace(/\s+/g, ' '));
}

test('the report prints without navigation or buttons, with code and result on it', async ({ page }) => {
  await openApp(page);
  const code = await createCase(page);
  await startAssessment(page, 'Risk and safety');
  await runThrough(page, { 'Are you afraid that someone will seriously hurt you?': 'Yes' }, 'No');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await startAssessment(page, 'Identification');
  await runThrough(page, {}, 'No');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: 'Printable report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Report for case ${code}` })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0); // hidden in print: not in the accessibility tree
  await expect(page.getByRole('banner')).toBeHidden();

  const pages = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages.length).toBeGreaterThanOrEqual(2); // a page break between assessments
  const all = pages.join('\n');
  for (const text of ['Quick exit', 'Back to the case', 'Raise the level', 'Review the answers']) {
    expect(all).not.toContain(text);
  }
  expect(all).toContain('High risk');
  expect(all).toContain('The answers so far do not yet support reasonable grounds');
  // Case code and confidentiality line on every page.
  for (const text of pages) {
    expect(text).toContain(`Case ${code}`);
    expect(text).toContain('Confidential.');
  }
});
