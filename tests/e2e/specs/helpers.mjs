// Steps a worker takes, written once: create a case, answer, move between parts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from './fixtures.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Creates a case with recording consent; returns its code. */
export async function createCase(page, { share = false } = {}) {
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
  const code = await page.getByLabel('Case code').inputValue();
  await page.getByLabel('Yes, she agrees that the answers are recorded').check();
  if (share) await page.getByLabel('Yes, she agrees that results may be shared, encrypted').check();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${code}` })).toBeVisible();
  return code;
}

export async function startAssessment(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
}

/** The question's group, found by (part of) its text, case-sensitively. */
export function question(page, text) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('group', { name: new RegExp(escaped) });
}

export async function answer(page, text, choice) {
  await question(page, text).getByRole('radio', { name: choice, exact: true }).check();
}

/** Answers every question on the screen that has no answer yet with `choice`. */
export async function answerRest(page, choice) {
  const groups = page.locator('fieldset.question');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    if ((await group.locator('input[type=radio]:checked').count()) === 0) {
      await group.getByRole('radio', { name: choice, exact: true }).check();
    }
  }
}

/**
 * Goes through the remaining parts to the result. `chosen` maps (part of) a
 * question's text to the answer to click; every other open question gets `rest`.
 */
export async function runThrough(page, chosen, rest) {
  for (let step = 0; step < 20; step++) {
    for (const [text, choice] of Object.entries(chosen)) {
      const group = question(page, text);
      if ((await group.count()) > 0) await answer(page, text, choice);
    }
    await answerRest(page, rest);
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Result:/ })).toBeVisible();
}

export async function nextPart(page) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** Runs axe-core on the page; returns the violations (ids and targets). */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the page's CSP does not apply to it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result;
}
