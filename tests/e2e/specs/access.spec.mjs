// Accessibility: every screen passes axe-core, and a whole assessment can be done
// with the keyboard alone.
import { test, expect, openApp } from './fixtures.mjs';
import { answer, axeViolations, createCase, runThrough, startAssessment } from './helpers.mjs';

async function expectNoViolations(page, screen) {
  const violations = await axeViolations(page);
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

test('axe-core finds no violations on any screen', async ({ page }) => {
  await openApp(page);
  await expectNoViolations(page, 'home (empty)');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expectNoViolations(page, 'new case');
  await page.getByLabel('No, she does not agree').click();
  await expectNoViolations(page, 'consent declined');
  await page.getByRole('button', { name: 'She has changed her mind' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await createCase(page);
  await expectNoViolations(page, 'case');
  await startAssessment(page, 'Identification');
  await page.getByText('All parts of this assessment').click();
  await page.locator('details.hint summary').first().click();
  await page.locator('details.note summary').first().click();
  await expectNoViolations(page, 'identification part');
  await runThrough(page, { 'Was the work you ended up doing different': 'Yes' }, 'No');
  await expectNoViolations(page, 'identification result');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await startAssessment(page, 'Needs and care plan');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await answer(page, 'Do you need a safe place to sleep tonight?', 'Short term');
  await expectNoViolations(page, 'needs part with a need');
  await runThrough(page, {}, 'No need now');
  await expectNoViolations(page, 'needs result');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await startAssessment(page, 'Risk and safety');
  await runThrough(page, { 'Is a return to your home country': 'Yes' }, 'No');
  await page.getByText('Raise the level by professional judgement').click();
  await expectNoViolations(page, 'risk result');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: 'Delete this case' }).click();
  await expectNoViolations(page, 'delete confirmation');
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await page.getByRole('button', { name: 'Printable report' }).click();
  await expectNoViolations(page, 'report');
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expectNoViolations(page, 'home (with a case)');
});

/** Presses Tab until the focused element's text (or label) matches, at most `limit` times. */
async function tabTo(page, pattern, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      if (el.labels && el.labels.length) return el.labels[0].innerText;
      return el.innerText || el.getAttribute('aria-label') || '';
    });
    if (pattern.test(text.trim())) return;
  }
  throw new Error(`no focusable element matching ${pattern} within ${limit} tabs`);
}

test('a whole risk assessment with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await tabTo(page, /^Start a new case$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeFocused();
  await tabTo(page, /^Yes, she agrees that the answers are recorded$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Create the case$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Case / })).toBeFocused();
  await tabTo(page, /^Risk and safety$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Each part: Tab into every question's radio group, arrow to "No" (which selects
  // it), and on to the next part; "See the result" ends it.
  for (let guard = 0; guard < 400; guard++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        radio: el?.type === 'radio',
        name: el?.name,
        checked: el?.type === 'radio' && document.querySelectorAll(`input[name="${el.name}"]:checked`).length > 0,
        text: (el?.innerText || '').trim(),
      };
    });
    if (focus.radio && !focus.checked) {
      await page.keyboard.press('ArrowRight'); // from "Yes" to "No", selecting it
      // On a busy machine the answer may land a moment later: wait for it, so the
      // next Tab starts from the answered question and follow-ups are in place.
      await page.waitForFunction(
        (name) => document.querySelectorAll(`input[name="${name}"]:checked`).length > 0,
        focus.name,
      );
    } else if (focus.text === 'Next') {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    } else if (focus.text === 'See the result') {
      await page.keyboard.press('Enter');
      break;
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Result: Risk and safety' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Lower risk');
  await expect(page.getByRole('status')).not.toContainText('no answer yet');
});

test('focus is visible on buttons and answers', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
});

test('touch targets are at least 44 by 44 CSS pixels', async ({ page }) => {
  // Every control a finger may need on the screen shown, that is smaller.
  const smallTargets = (screen) => page.evaluate((screen) =>
    [...document.querySelectorAll('button, label.choice, summary, select, input:not([type=radio]):not([type=checkbox])')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ screen, el: el.outerHTML.slice(0, 60), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.height < 44 || r.width < 44), screen);
  await openApp(page);
  const small = [...await smallTargets('home')];
  await createCase(page);
  small.push(...await smallTargets('case'));
  await startAssessment(page, 'Identification');
  small.push(...await smallTargets('identification'));
  await page.getByRole('button', { name: 'Settings' }).click();
  small.push(...await smallTargets('settings'));
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('button', { name: 'Export cases' }).click();
  small.push(...await smallTargets('export'));
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('button', { name: 'Open an export' }).click();
  small.push(...await smallTargets('open an export'));
  expect(small).toEqual([]);
});

for (const [width, height] of [[768, 1024], [1024, 768], [390, 844]]) {
  test(`no horizontal scrolling at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const fits = async (screen) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${screen}`).toBeLessThanOrEqual(0);
    };
    await openApp(page);
    await fits('home');
    await createCase(page);
    await fits('case');
    await startAssessment(page, 'Needs and care plan');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await answer(page, 'Do you need a safe place to sleep tonight?', 'Immediate (within 1 to 3 days)');
    await fits('needs part');
    await runThrough(page, {}, 'No need now');
    await fits('needs result');
    await page.getByRole('button', { name: 'Back to the case' }).click();
    await page.getByRole('button', { name: 'Printable report' }).click();
    await fits('report');
  });
}
