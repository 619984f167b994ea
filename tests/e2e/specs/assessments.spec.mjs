// A worker runs each assessment with a fictional case, with answers chosen so that
// the rules give a known result, and the result screen shows exactly that and why.
import { test, expect, openApp } from './fixtures.mjs';
import { answer, createCase, nextPart, question, runThrough, startAssessment } from './helpers.mjs';

test('identification: indicators in dimensions 1, 4 and 5 support reasonable grounds', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Identification');
  await expect(page.getByText('Part 1 of 7')).toBeVisible();
  await runThrough(
    page,
    {
      // Dimension 1: one strong and one medium indicator.
      'Was the work you ended up doing different': 'Yes',
      'Did you earn much less than you were promised?': 'Yes',
      // Dimension 4: three medium indicators.
      'Did you have to work very long hours': 'Yes',
      'Were you paid little or nothing': 'Yes',
      'Was your money taken for fines': 'Yes',
      // Dimension 5: two strong indicators.
      'Did someone take your passport or ID and keep it?': 'Yes',
      'Did anyone hurt you physically or sexually while you were there?': 'Yes',
    },
    'No',
  );
  const outcome = page.getByRole('status');
  await expect(outcome).toContainText(
    'The indicators seen support reasonable grounds to believe she may have been trafficked.',
  );
  // Every indicator was answered: nothing is reported unknown.
  await expect(outcome).not.toContainText('no answer yet');
  const dimension = (name) => page.locator('section.dimension', { has: page.getByRole('heading', { name }) });
  await expect(dimension('Deceptive recruitment')).toContainText('Indicators seen');
  await expect(dimension('Deceptive recruitment')).toContainText('Was the work you ended up doing different');
  await expect(dimension('Deceptive recruitment')).toContainText('Did you earn much less than you were promised?');
  await expect(dimension('Exploitative conditions')).toContainText('Indicators seen');
  await expect(dimension('Exploitative conditions').getByRole('listitem')).toHaveCount(3);
  await expect(dimension('Coercion at destination')).toContainText('Indicators seen');
  await expect(dimension('Coercion at destination')).toContainText('Did someone take your passport or ID and keep it?');
  for (const name of ['Coercive recruitment', 'Recruitment by abuse of vulnerability', 'Abuse of vulnerability at destination']) {
    await expect(dimension(name)).toContainText('Not seen in the answers so far');
    await expect(dimension(name).getByRole('listitem')).toHaveCount(0);
  }
  await expect(page.getByText('It is not a decision about whether she is a victim')).toBeVisible();
});

test('identification: with too few answers the result says what is still unknown', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Identification');
  await nextPart(page);
  await answer(page, 'Was the work you ended up doing different', 'Yes');
  await answer(page, 'Did you earn much less than you were promised?', "Don't know");
  await page.getByText('All parts of this assessment').click();
  await page.getByRole('button', { name: /What kept her there/ }).click();
  await page.getByRole('button', { name: 'See the result' }).click();
  const outcome = page.getByRole('status');
  await expect(outcome).toContainText('Not enough is known yet');
  await expect(outcome).toContainText('indicators have no answer yet');
  const first = page.locator('section.dimension').first();
  await expect(first).toContainText('Could be seen, if unknown answers were yes');
  await expect(first).toContainText("Did you earn much less than you were promised? — Don't know");
});

test('needs: two immediate needs become the care plan and the referral list', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Needs and care plan');
  await runThrough(
    page,
    {
      'Did you come to this country from another country?': 'Yes',
      'Do you have children?': 'No',
      'Are you thinking about going back': 'No',
      'Do you need a safe place to sleep tonight?': 'Immediate (within 1 to 3 days)',
      'Do you need to see a doctor or nurse now': 'Immediate (within 1 to 3 days)',
      'Would you like to learn the language here?': 'Long term',
    },
    'No need now',
  );
  await expect(page.getByRole('status')).toContainText('3 needs in the care plan.');
  const plan = page.locator('ol.care-plan > li');
  await expect(plan).toHaveCount(3);
  // Most urgent first, then in the order of the care domains.
  await expect(plan.nth(0)).toContainText('Do you need a safe place to sleep tonight?');
  await expect(plan.nth(0)).toContainText('Immediate (within 1 to 3 days)');
  await expect(plan.nth(1)).toContainText('Do you need to see a doctor or nurse now');
  await expect(plan.nth(2)).toContainText('Would you like to learn the language here?');
  await expect(plan.nth(2)).toContainText('Long term');
  await expect(plan.nth(0)).toContainText('Identified');
  await expect(page.getByRole('heading', { name: 'Still to refer' })).toBeVisible();
});

test('risk: a red flag makes the level high, and a return is not yet safe to plan', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Risk and safety');
  await runThrough(
    page,
    {
      'Are you afraid that someone will seriously hurt you?': 'Yes',
      'Do you owe money to anyone': 'Yes',
      'Is a return to your home country': 'Yes',
      'Is returning your own wish?': 'Yes',
      'Has a support service in the country of return agreed': 'Yes',
    },
    'No',
  );
  const outcome = page.getByRole('status');
  await expect(outcome).toContainText('High risk');
  const reasons = page.locator('ul.reasons > li');
  await expect(reasons).toHaveCount(2);
  await expect(reasons.nth(0)).toContainText('Are you afraid that someone will seriously hurt you?');
  await expect(reasons.nth(0)).toContainText('Red flag');
  await expect(reasons.nth(1)).toContainText('Do you owe money to anyone');
  await expect(reasons.nth(1)).toContainText('3 points');
  await expect(page.getByText('A return is not yet safe to plan')).toBeVisible();
  const conditions = page.locator('ul.return-check > li');
  await expect(conditions.filter({ hasText: 'The return is her own wish' })).toContainText('In place');
  await expect(conditions.filter({ hasText: 'The return is financed' })).toContainText('Not in place');
});

test('risk: the worker can raise the level with a reason, never without one', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Risk and safety');
  await runThrough(page, {}, 'No');
  await expect(page.getByRole('status')).toContainText('Lower risk');
  await page.getByText('Raise the level by professional judgement').click();
  await page.getByLabel('New level').selectOption({ label: 'Medium risk' });
  await page.getByRole('button', { name: 'Raise the level' }).click();
  await expect(page.getByText('Please write why you are raising the level.')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Lower risk');
  await page.getByLabel('Why (required)').fill('She seemed frightened when a car stopped outside.');
  await page.getByRole('button', { name: 'Raise the level' }).click();
  await expect(page.getByRole('status')).toContainText('Medium risk');
  await expect(page.getByRole('status')).toContainText('She seemed frightened when a car stopped outside.');
});

test('relevance: a follow-up appears and disappears, and a hidden answer does not count', async ({ page }) => {
  await openApp(page);
  await createCase(page);
  await startAssessment(page, 'Identification');
  const papers = 'Were you told wrong things about your papers';
  await answer(page, 'Did you come to this country from another country?', 'Yes');
  await nextPart(page);
  await expect(question(page, papers)).toBeVisible();
  await answer(page, papers, 'Yes');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await answer(page, 'Did you come to this country from another country?', 'No');
  await nextPart(page);
  await expect(question(page, papers)).toHaveCount(0);
  // The hidden "yes" must not show up as a seen indicator.
  await page.getByText('All parts of this assessment').click();
  await page.getByRole('button', { name: /What kept her there/ }).click();
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.locator('section.dimension').first()).not.toContainText(papers);
  // Bring it back: the follow-up reappears with the answer she gave.
  await page.getByRole('button', { name: 'Review the answers' }).click();
  await answer(page, 'Did you come to this country from another country?', 'Yes');
  await nextPart(page);
  await expect(question(page, papers).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
});

test('declining consent stores nothing and says what to do instead', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start a new case' }).click();
  // Her "no" replaces the form at once, so this is a click, not a lasting check.
  await page.getByLabel('No, she does not agree').click();
  await expect(page.getByRole('status')).toContainText('Nothing has been recorded');
  await expect(page.getByRole('button', { name: 'Create the case' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expect(page.getByText('No cases on this device yet')).toBeVisible();
});

test('a new case cannot be created without an answer to the recording question', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await expect(page.getByText('nothing is saved without her agreement')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
  await page.getByLabel('Case code').fill('abc');
  await expect(page.getByText('A case code has six letters and digits')).toBeVisible();
});

test('the case list shows each case, its assessments, and finds a case by code', async ({ page }) => {
  await openApp(page);
  const first = await createCase(page);
  await startAssessment(page, 'Identification');
  await answer(page, 'Did you come to this country from another country?', 'Yes');
  await page.getByRole('button', { name: `Case ${first}` }).click();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const second = await createCase(page);
  await page.getByRole('button', { name: 'Back to cases' }).click();
  // The rows she sees (while searching, the full list stays in the page, hidden).
  const rows = page.locator('li.case-row:visible');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: first })).toContainText('Identification: in progress, 1 of');
  await expect(rows.filter({ hasText: second })).toContainText('No assessments yet');
  await page.getByLabel('Find a case by its code').fill(second.slice(0, 3).toLowerCase());
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(second);
  await page.getByLabel('Find a case by its code').fill('');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Find a case by its code').fill('no such code');
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('No case on this device has a code like that.')).toBeVisible();
});
