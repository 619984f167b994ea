// Sharing safely: an organisation key made in the app, an export to it, and the
// export opened again in the app show the same report. Bad files get clear words.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { axeViolations, createCase, runThrough, startAssessment } from './helpers.mjs';

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path), path };
}

/** In Settings: creates an organisation key, saves its secret file, adds the public key. */
async function createOrganisationKey(page, label, testInfo) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const secret = await downloadFrom(page, page.getByRole('button', { name: 'Create a key and save the secret key file' }));
  expect(secret.name).toMatch(/^trygg-organisation-key-[0-9a-f]{8}\.txt$/);
  const secretText = secret.bytes.toString('utf8');
  expect(secretText).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/m);
  const publicKey = (await page.getByTestId('created-public-key').innerText()).trim();
  expect(publicKey).toMatch(/^age1[0-9a-z]{58}$/);
  expect(secretText).toContain(`# public key: ${publicKey}`);
  // The new public key is ready to add under a label.
  await expect(page.getByLabel('Public key (age1…)')).toHaveValue(publicKey);
  await page.getByLabel('Name for this key').fill(label);
  await page.getByRole('button', { name: 'Add the key' }).click();
  await expect(page.getByText('The key was added.')).toBeVisible();
  await expect(page.locator('.key-item', { hasText: label })).toContainText(publicKey);
  const keyFile = testInfo.outputPath(`${label.replace(/\W/g, '-')}.txt`);
  writeFileSync(keyFile, secret.bytes);
  return { publicKey, keyFile, secretText };
}

async function completedCase(page) {
  const code = await createCase(page, { share: true });
  await startAssessment(page, 'Identification');
  await runThrough(page, { 'Did someone take your passport or ID and keep it?': 'Yes' }, 'No');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  return code;
}

async function exportCase(page, code, { passphrase } = {}) {
  await page.getByRole('button', { name: 'Export this case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export cases' })).toBeVisible();
  await expect(page.getByLabel(new RegExp(code))).toBeChecked();
  if (passphrase) {
    await page.getByLabel('A passphrase').check();
    await page.getByLabel('Passphrase for this file').fill(passphrase);
    await page.getByLabel('Repeat the passphrase').fill(passphrase);
  }
  const file = await downloadFrom(page, page.getByRole('button', { name: 'Export', exact: true }));
  // The name says nothing about the case.
  expect(file.name).toMatch(/^[0-9a-f]{16}\.trygg\.age$/);
  expect(file.name).not.toContain(code);
  expect(file.bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  await expect(page.getByText(/One case was exported as/)).toBeVisible();
  return file;
}

async function openExport(page, exportPath, { keyFile, passphrase } = {}) {
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('button', { name: 'Open an export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open an export' })).toBeVisible();
  await page.getByLabel('Export file (.trygg.age)').setInputFiles(exportPath);
  if (passphrase !== undefined) {
    await page.getByLabel('The passphrase').check();
    await page.getByLabel('Passphrase of the file').fill(passphrase);
  } else if (keyFile) {
    await page.getByLabel('Secret key file', { exact: true }).setInputFiles(keyFile);
  }
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

async function reportText(page) {
  return (await page.locator('table.report tbody').innerText()).replace(/\s+/g, ' ');
}

test('a case exported to an organisation key opens in the app with the same report', async ({ page }, testInfo) => {
  await openApp(page);
  const org = await createOrganisationKey(page, 'Riga office', testInfo);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const code = await completedCase(page);

  await page.getByRole('button', { name: 'Printable report' }).click();
  const localReport = await reportText(page);
  expect(localReport).toContain(`Report for case ${code}`);
  await page.getByRole('button', { name: 'Back to the case' }).click();

  const file = await exportCase(page, code);
  await openExport(page, file.path, { keyFile: org.keyFile });
  await expect(page.getByText(/One case, exported/)).toBeVisible();
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Report for case ${code}` })).toBeVisible();
  expect(await reportText(page)).toBe(localReport);

  // Importing a case this device already has, unchanged, changes nothing.
  await page.getByRole('button', { name: 'Back to the export' }).click();
  await page.getByRole('button', { name: 'Import into this device' }).click();
  await expect(page.getByText('This device already has exactly this version of the case.')).toBeVisible();
});

test('a changed case is replaced by an imported one only when the worker confirms', async ({ page }, testInfo) => {
  await openApp(page);
  const org = await createOrganisationKey(page, 'Tallinn office', testInfo);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const code = await completedCase(page);
  const file = await exportCase(page, code);

  // The case changes on this device after the export.
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('button', { name: new RegExp(code) }).first().click();
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('radio', { name: 'Yes', exact: true }).first().check();
  await expect(page.getByText('All answers saved')).toBeVisible();
  await page.getByRole('button', { name: `Case ${code}` }).click();

  await openExport(page, file.path, { keyFile: org.keyFile });
  await page.getByRole('button', { name: 'Import into this device' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('This case is already on this device');
  await dialog.getByRole('button', { name: "Keep this device's version" }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Import into this device' }).click();
  await page.getByRole('button', { name: "Replace with the file's version" }).click();
  await expect(page.getByText('The case is now on this device.')).toBeVisible();
});

test('"Import all" adds the missing cases, leaves the same ones, and asks about changed ones', async ({ page }, testInfo) => {
  await openApp(page);
  const org = await createOrganisationKey(page, 'Vilnius office', testInfo);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const gone = await createCase(page, { share: true });
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const changed = await createCase(page, { share: true });
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const same = await createCase(page, { share: true });
  await page.getByRole('button', { name: 'Back to cases' }).click();

  await page.getByRole('button', { name: 'Export cases' }).click();
  for (const code of [gone, changed, same]) await page.getByLabel(new RegExp(code)).check();
  const file = await downloadFrom(page, page.getByRole('button', { name: 'Export', exact: true }));
  await expect(page.getByText(/3 cases were exported as/)).toBeVisible();

  // After the export: one case is deleted here, one changes, one stays as it was.
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('button', { name: new RegExp(gone) }).click();
  await page.getByRole('button', { name: 'Delete this case' }).click();
  await page.getByRole('button', { name: 'Yes, delete the case' }).click();
  await expect(page.getByRole('button', { name: new RegExp(gone) })).toHaveCount(0);
  await page.getByRole('button', { name: new RegExp(changed) }).click();
  await startAssessment(page, 'Risk and safety');
  await page.getByRole('button', { name: `Case ${changed}` }).click();

  await openExport(page, file.path, { keyFile: org.keyFile });
  await page.getByRole('button', { name: 'Import all 3 cases' }).click();
  const tally = page.locator('.import-tally');
  await expect(tally).toContainText('One case was imported.');
  await expect(tally).toContainText('One case was already on this device, unchanged.');
  await expect(tally).toContainText('One case is on this device in another version. Choose below which version to keep.');
  // Only the changed case asks, and nothing of it was replaced without an answer.
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toHaveCount(1);
  await expect(page.locator('.opened-case', { has: dialog })).toContainText(changed);
  await expect(page.getByRole('button', { name: /^Import all/ })).toHaveCount(0);
  expect(await axeViolations(page), 'axe after "Import all"').toEqual([]);
  // Reading a report and coming back keeps what was done with each case.
  await page.locator('.opened-case', { hasText: gone }).getByRole('button', { name: 'Read the report' }).click();
  await page.getByRole('button', { name: 'Back to the export' }).click();
  await expect(page.locator('.opened-case', { hasText: gone })).toContainText('The case is now on this device.');
  await expect(page.getByRole('button', { name: 'Import into this device' })).toHaveCount(0);
  await dialog.getByRole('button', { name: "Keep this device's version" }).click();

  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expect(page.getByRole('button', { name: new RegExp(gone) })).toBeVisible();
  // The device kept its own version: the risk assessment started after the export.
  await page.getByRole('button', { name: new RegExp(changed) }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('a passphrase export opens only with its passphrase', async ({ page }) => {
  await openApp(page);
  const code = await completedCase(page);
  const file = await exportCase(page, code, { passphrase: 'amber river at dawn' });

  await openExport(page, file.path, { passphrase: 'amber river at dusk' });
  await expect(page.getByRole('alert')).toContainText('The passphrase is not right');
  await page.getByLabel('Passphrase of the file').fill('amber river at dawn');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByText(/One case, exported/)).toBeVisible();
});

test('a case is exported only after her agreement to sharing is recorded', async ({ page }, testInfo) => {
  await openApp(page);
  await createOrganisationKey(page, 'Vilnius office', testInfo);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const code = await createCase(page, { share: false });
  await page.getByRole('button', { name: 'Export this case' }).click();
  const box = page.getByLabel(new RegExp(code));
  await expect(box).toBeDisabled();
  await expect(page.getByText('No agreement to sharing is recorded for this case.')).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one case she has agreed to share.');
  await page.getByRole('button', { name: 'She has agreed to sharing: record it' }).click();
  await expect(box).toBeEnabled();
  await expect(box).toBeChecked();
  const file = await downloadFrom(page, page.getByRole('button', { name: 'Export', exact: true }));
  expect(file.name).toMatch(/\.trygg\.age$/);
});

test('bad files and wrong keys get clear words and change nothing', async ({ page }, testInfo) => {
  await openApp(page);
  const org = await createOrganisationKey(page, 'Oslo office', testInfo);
  const other = await createOrganisationKey(page, 'Another office', testInfo);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const code = await completedCase(page);
  // Export to the first key only.
  await page.getByRole('button', { name: 'Export this case' }).click();
  await page.getByLabel('Another office').uncheck().catch(() => {});
  await page.getByLabel('Oslo office').check();
  const file = await downloadFrom(page, page.getByRole('button', { name: 'Export', exact: true }));

  const alert = page.getByRole('alert');
  // A key the file was not made for.
  await openExport(page, file.path, { keyFile: other.keyFile });
  await expect(alert).toContainText('This key cannot open the file.');

  // Not an export at all.
  const notAge = testInfo.outputPath('notes.trygg.age');
  writeFileSync(notAge, 'shopping list: bread, milk');
  await openExport(page, notAge, { keyFile: org.keyFile });
  await expect(alert).toContainText('This is not an encrypted Trygg export.');

  // Cut off in the middle.
  const truncated = testInfo.outputPath('cut.trygg.age');
  writeFileSync(truncated, file.bytes.subarray(0, Math.floor(file.bytes.length / 2)));
  await openExport(page, truncated, { keyFile: org.keyFile });
  await expect(alert).toContainText('The file is damaged or incomplete');

  // One flipped byte in the payload.
  const flipped = Buffer.from(file.bytes);
  flipped[flipped.length - 20] ^= 0xff;
  const flippedPath = testInfo.outputPath('flipped.trygg.age');
  writeFileSync(flippedPath, flipped);
  await openExport(page, flippedPath, { keyFile: org.keyFile });
  await expect(alert).toContainText('The file is damaged or incomplete');

  // An empty file.
  const empty = testInfo.outputPath('empty.trygg.age');
  writeFileSync(empty, '');
  await openExport(page, empty, { keyFile: org.keyFile });
  await expect(alert).toContainText('The file is empty.');

  // A public key where the secret key belongs.
  await openExport(page, file.path, {});
  await page.getByLabel('A pasted secret key').check();
  await page.getByLabel('Secret key (AGE-SECRET-KEY-…)').fill(org.publicKey);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(alert).toContainText('This is not a secret key.');

  // Nothing stored changed: the case is still there, as it was.
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expect(page.getByRole('button', { name: new RegExp(code) }).first()).toBeVisible();
});

test('keys that are not public keys are refused with the reason', async ({ page }, testInfo) => {
  await openApp(page);
  const org = await createOrganisationKey(page, 'Helsinki office', testInfo);
  const keyForm = page.locator('form.key-add');
  await page.getByLabel('Name for this key').fill('Pasted by mistake');
  await page.getByLabel('Public key (age1…)').fill(org.secretText);
  await page.getByRole('button', { name: 'Add the key' }).click();
  await expect(keyForm.getByRole('alert')).toContainText('This is a secret key.');
  await page.getByLabel('Public key (age1…)').fill('age1notakey');
  await page.getByRole('button', { name: 'Add the key' }).click();
  await expect(keyForm.getByRole('alert')).toContainText('This is not a public key.');
  await page.getByLabel('Public key (age1…)').fill(org.publicKey);
  await page.getByRole('button', { name: 'Add the key' }).click();
  await expect(keyForm.getByRole('alert')).toContainText('This key is already on the list.');
});
