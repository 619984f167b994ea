// Named to run before storage.spec.mjs: once, under heavy load, pages stalled for a
// minute or two after its kill test. Later runs (widget.spec.mjs sorts after it) did
// not stall, and a probe of the server during the kill test saw no delay.
// Training: a trainee practises a shipped scenario and sees the expected
// differences; a trainer reads three result files; nothing reaches the case list.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, openApp, PASSPHRASE, unlock } from './fixtures.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const scenario = JSON.parse(readFileSync(`${root}crates/core/scenarios/job-abroad.trygg-scenario.json`, 'utf8'));
const reference = scenario.references.find((r) => r.instrument === 'identification');

/** Question id → English text, from the instrument's Fluent file. */
const questionTexts = new Map();
for (const line of readFileSync(`${root}locales/en/identification.ftl`, 'utf8').split('\n')) {
  const match = /^identification-([a-z0-9-]+) = (.+)$/.exec(line);
  if (match) questionTexts.set(match[1], match[2].trim());
}
const indicatorIds = new Set(Object.keys(reference.explanations));

function choiceOf(answer) {
  if (!answer) return "Don't know";
  if (answer.state === 'dont-know') return "Don't know";
  if (answer.state === 'declined') return 'Prefers not to answer';
  return answer.value.choice === 'yes' ? 'Yes' : 'No';
}

/** Two indicators the reference sees, answered "No"; one it does not see, answered "Yes". */
const present = Object.entries(reference.answers)
  .filter(([id, a]) => indicatorIds.has(id) && a.state === 'answered' && a.value.choice === 'yes')
  .map(([id]) => id);
const absent = Object.entries(reference.answers)
  .filter(([id, a]) => indicatorIds.has(id) && a.state === 'answered' && a.value.choice === 'no')
  .map(([id]) => id);
// Deviations on indicators that no other question depends on would be safest; the
// last ones in asking order are the least likely to open or close follow-ups.
const missed = present.slice(-2);
const overCalled = absent.slice(-1);
const deviations = new Map([...missed.map((id) => [id, 'No']), ...overCalled.map((id) => [id, 'Yes'])]);

function idOfLegend(legend) {
  for (const [id, text] of questionTexts) {
    if (legend.includes(text)) return id;
  }
  return null;
}

/** Answers every open question on each part as the reference does, with the deviations. */
async function answerAsReference(page) {
  for (let step = 0; step < 20; step++) {
    for (let pass = 0; pass < 5; pass++) {
      const groups = page.locator('fieldset.question');
      const count = await groups.count();
      let answered = 0;
      for (let i = 0; i < count; i++) {
        const group = groups.nth(i);
        if ((await group.locator('input[type=radio]:checked').count()) > 0) continue;
        const id = idOfLegend(await group.locator('legend').innerText());
        const choice = deviations.get(id) ?? choiceOf(reference.answers[id]);
        await group.getByRole('radio', { name: choice, exact: true }).check();
        answered++;
      }
      if (answered === 0) break;
    }
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
}

function resultFile(answers, nickname) {
  return JSON.stringify({
    kind: 'trygg-training-result',
    format: 1,
    scenario: scenario.id,
    scenario_version: scenario.version,
    instrument: 'identification',
    nickname,
    answers,
    completed: Date.now(),
  });
}

test('a trainee practises a scenario and sees where she differs from the reference', async ({ page }, testInfo) => {
  expect(missed).toHaveLength(2);
  expect(overCalled).toHaveLength(1);
  await openApp(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Practise with a fictional case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Training — fictional case');

  const item = page.locator('.scenario').first();
  await item.getByRole('button', { name: 'Practise this scenario' }).click();
  await expect(page.getByRole('note')).toContainText('Training — fictional case');
  await expect(page.locator('.story-parts li')).toHaveCount(scenario.story.length);
  await page.getByRole('button', { name: 'Answer the identification' }).click();
  await expect(page.getByRole('note')).toContainText('Training — fictional case');
  await answerAsReference(page);

  await expect(page.getByRole('heading', { level: 1, name: /^Feedback:/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 indicators missed' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'One indicator seen where the reference does not see it' })).toBeVisible();
  const missedList = page.locator('.differences-missed .difference-question');
  await expect(missedList).toHaveText(missed.map((id) => questionTexts.get(id)));
  await expect(page.locator('.differences-overcalled .difference-question')).toHaveText(
    overCalled.map((id) => questionTexts.get(id)),
  );
  // Each difference says why.
  await expect(page.locator('.differences-missed .explanation')).toHaveCount(2);
  await expect(page.getByTestId('agreement')).toContainText(/You agreed with the reference on \d+ of \d+ indicators/);

  // The trainee saves her result, with a nickname only.
  await page.getByLabel('Nickname (optional)').fill('Owl');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save my result file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^job-abroad-[0-9a-f]{8}\.trygg-training\.json$/);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(Object.keys(saved).sort()).toEqual(
    ['answers', 'completed', 'format', 'instrument', 'kind', 'mark', 'nickname', 'scenario', 'scenario_version'].sort(),
  );
  expect(saved.mark).toBe('Training — fictional case');
  expect(saved.nickname).toBe('Owl');

  // The trainer reads three result files: hers, an exact one, and one that says "No" to everything.
  const hers = testInfo.outputPath('owl.trygg-training.json');
  writeFileSync(hers, JSON.stringify(saved));
  const exact = testInfo.outputPath('exact.trygg-training.json');
  writeFileSync(exact, resultFile(reference.answers, 'Fox'));
  const allNo = Object.fromEntries(
    Object.keys(reference.answers).map((id) => [id, { state: 'answered', value: { choice: 'no' } }]),
  );
  const none = testInfo.outputPath('none.trygg-training.json');
  writeFileSync(none, resultFile(allNo, 'Hare'));

  await page.getByRole('button', { name: 'Back to the scenarios' }).click();
  await page.getByRole('button', { name: 'Group summary' }).click();
  await page.getByLabel('Result files (.trygg-training.json)').setInputFiles([hers, exact, none]);
  const summary = page.locator('.scenario-summary');
  await expect(summary.getByTestId('summary-counts')).toContainText('3 trainees. Same conclusion as the reference: 2.');
  // The two indicators she missed were missed by her and by the "No" file.
  const missedTable = summary.locator('figure', { hasText: 'Indicators most often missed' }).locator('table');
  for (const id of missed) {
    await expect(missedTable.locator('tr', { hasText: questionTexts.get(id) })).toContainText('2 / 3');
  }
  const conclusion = summary.locator('figure', { hasText: 'Conclusion compared with the reference' });
  await expect(conclusion.locator('svg[role=img]')).toBeVisible();
  await expect(conclusion.locator('tr', { hasText: 'Same conclusion' })).toContainText('2 / 3');

  // Leaving training: the real cases are as they were, with no fictional case among them.
  await page.getByRole('button', { name: 'Leave training' }).first().click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases on this device' })).toBeVisible();
  await expect(page.getByText('No cases on this device yet')).toBeVisible();
});

test('a file that is not a scenario is refused with the reason', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Practise with a fictional case' }).click();
  const wrong = testInfo.outputPath('wrong.trygg-scenario.json');
  writeFileSync(wrong, '{"kind":"something-else"}');
  await page.getByLabel(/Or open a scenario file/).setInputFiles(wrong);
  await expect(page.getByRole('alert')).toContainText('This is not a Trygg scenario file.');
});

test('a trainer writes a scenario, saves it, and a trainee practises it from the file', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Practise with a fictional case' }).click();
  await page.getByRole('button', { name: 'Write a scenario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a scenario' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Training — fictional case');

  // Saving too early says what is missing.
  await page.getByRole('button', { name: 'Save the scenario file' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the scenario a title');

  await page.getByLabel('Title').fill('Summer work on a farm');
  await page.getByLabel('One sentence about the scenario').fill('A seasonal job that was not what was promised.');
  await page.getByLabel('Part 1').fill('Mira answered an advert for summer work picking berries.');
  await page.getByRole('button', { name: 'Add a part' }).click();
  await page.getByLabel('Part 2').fill('At the farm her passport was taken and she was told she owed money.');

  await page.getByRole('button', { name: 'Answer the identification as the reference' }).click();
  const passport = 'Did someone take your passport or ID and keep it?';
  const group = page.getByRole('group', { name: new RegExp(passport.replace(/[?]/g, '\\?')) });
  for (let step = 0; step < 20; step++) {
    if ((await group.count()) > 0) await group.getByRole('radio', { name: 'Yes', exact: true }).check();
    const open = page.locator('fieldset.question');
    const count = await open.count();
    for (let i = 0; i < count; i++) {
      const g = open.nth(i);
      if ((await g.locator('input[type=radio]:checked').count()) === 0) {
        await g.getByRole('radio', { name: "Don't know", exact: true }).check();
      }
    }
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
  // Back in the editor, with what was written still there.
  await expect(page.getByRole('heading', { level: 1, name: 'Write a scenario' })).toBeVisible();
  await expect(page.getByLabel('Part 2')).toHaveValue(/passport was taken/);
  await page.getByLabel(passport, { exact: true }).fill('Her passport was taken at the farm, so this indicator applies.');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the scenario file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^own-[0-9a-f]{8}\.trygg-scenario\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.kind).toBe('trygg-scenario');
  expect(file.mark).toBe('Training — fictional case');
  expect(file.story).toHaveLength(2);
  const written = file.references[0];
  expect(written.answers['papers-taken']).toEqual({ state: 'answered', value: { choice: 'yes' } });
  expect(Object.values(written.explanations)).toEqual([{ text: 'Her passport was taken at the farm, so this indicator applies.' }]);

  // A trainee opens the file and practises it.
  const path = testInfo.outputPath('own.trygg-scenario.json');
  writeFileSync(path, JSON.stringify(file));
  await page.getByRole('button', { name: 'Back to the scenarios' }).click();
  await page.getByLabel(/Or open a scenario file/).setInputFiles(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Summer work on a farm' })).toBeVisible();
  await expect(page.locator('.story-parts li')).toHaveCount(2);
});

test.describe(() => {
  // A service worker would answer from its cache and bypass the route below.
  test.use({ serviceWorkers: 'block' });

  test('the training texts arrive only when training starts; when they cannot, it says so and nothing changes', async ({ page, watched }) => {
    const fetched = [];
    page.on('request', (request) => {
      if (request.url().includes('/locales/')) fetched.push(new URL(request.url()).pathname);
    });
    await openApp(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    // Nothing of training was fetched for the first screens.
    expect(fetched.filter((path) => path.endsWith('/training.ftl'))).toEqual([]);

    // The file is unreachable (say, offline before the first visit finished caching).
    await page.route('**/locales/en/training.ftl', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Practise with a fictional case' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'practice cases' })).toContainText('The practice cases could not be loaded on this device just now.');
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();

    // Reachable again: training starts with its texts.
    await page.unroute('**/locales/en/training.ftl');
    await page.getByRole('button', { name: 'Practise with a fictional case' }).click();
    await expect(page.getByRole('button', { name: 'Practise this scenario' }).first()).toBeVisible();
    await expect(page.getByText('A job in Oslo')).toBeVisible();
    expect(fetched).toContain('/locales/en/training.ftl');
    // The one failed request is the browser's own line in the console.
    expect(watched.consoleErrors.every((e) => e.includes('Failed to load resource'))).toBe(true);
    watched.consoleErrors.length = 0;
  });
});
