/**
 * Issue 15 in Chromium: a learning path per tier in both locales; a module's self-check answered
 * all right grades 优秀 and half right 不合格 (the model's bands), by keyboard alone; the result
 * survives a reload and can be reset; axe is clean with the quiz answered; without JavaScript
 * every question reads in full and the answers wait behind a disclosure.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, pageErrors, useBrowser } from './harness.ts';

const browser = useBrowser();
const MODULE = '/zh-cn/training/basic/basic-empathy-wording/';
const KEY = 'handbook.training.progress.v1';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Tab from the top of the page until `id` has focus. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await activeId(page)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/**
 * Answer every question with the keyboard only: arrow keys within a radio group, Space on
 * checkboxes, Tab between questions, Enter on the check button. `right(i)` says whether question
 * i gets its right answer or a wrong one.
 */
async function answerByKeyboard(page: Page, right: (i: number) => boolean) {
  const questions = await page.locator('[data-question]').evaluateAll((els) =>
    els.map((el) => ({
      type: (el as HTMLElement).dataset['type']!,
      correct: (el as HTMLElement).dataset['correct']!.split(',').map(Number),
      options: el.querySelectorAll('input').length,
      first: el.querySelector('input')!.id,
    })),
  );
  await page.locator('body').focus();
  await tabTo(page, questions[0]!.first);
  for (const [i, q] of questions.entries()) {
    expect(await activeId(page)).toBe(q.first);
    const wrong = [...Array(q.options).keys()].find((j) => !q.correct.includes(j))!;
    if (q.type === 'multiple') {
      const pick = right(i) ? q.correct : [wrong];
      for (let j = 0; j < q.options; j++) {
        if (pick.includes(j)) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
    } else {
      const target = right(i) ? q.correct[0]! : wrong;
      // Space checks the focused first option; each ArrowDown moves and checks the next one.
      await page.keyboard.press('Space');
      for (let j = 0; j < target; j++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
  }
  expect(await activeText(page)).toBe('核对答案');
  await page.keyboard.press('Enter');
  return questions.length;
}

const result = (page: Page) => page.locator('[data-quiz-result]');

describe('learning paths', () => {
  it('has a path page per tier in both locales, modules in order', async () => {
    for (const locale of ['zh-cn', 'en']) {
      for (const tier of ['basic', 'advanced', 'expert']) {
        const page = await browser.page(`/${locale}/training/${tier}/`);
        const modules = page.getByTestId('modules').locator(':scope > li');
        expect(await modules.count()).toBeGreaterThanOrEqual(3);
        const first = modules.first().getByRole('link').first();
        await first.click();
        await page.waitForURL(`**/${locale}/training/${tier}/*/`);
        expect(await page.locator('[data-question]').count()).toBeGreaterThanOrEqual(5);
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      }
    }
    // Six pages opened and followed: sized for a busy 2-core machine.
  }, 180_000);

  it('grades all right 优秀 by keyboard alone, keeps it over a reload, and resets it', async () => {
    const page = await browser.page(MODULE);
    const total = await answerByKeyboard(page, () => true);
    await expect
      .poll(() => result(page).textContent())
      .toContain(`答对 ${total} / ${total} 题 · 100 分 · 优秀`);
    expect(await result(page).getAttribute('aria-live')).toBe('polite');
    await expectNoAxeViolations(page, 'quiz answered');

    await page.reload();
    await expect.poll(() => result(page).textContent()).toContain('你上次的结果：');
    expect(await result(page).textContent()).toContain('优秀');
    expect(await page.locator('input:checked').count()).toBeGreaterThanOrEqual(total);

    // The path page shows the stored result; its reset forgets it.
    await page.goto('/zh-cn/training/basic/');
    const progress = page.locator('[data-progress-for="basic-empathy-wording"]');
    await expect.poll(() => progress.textContent()).toBe('自测：100 % · 优秀');
    await page.getByRole('button', { name: '重置我在这条路径上的进度' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('尚未自测');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.context().close();
  }, 120_000);

  it('grades half right 不合格, and its own reset clears the answers', async () => {
    const page = await browser.page(MODULE);
    const total = await answerByKeyboard(page, (i) => i % 2 === 0);
    await expect
      .poll(() => result(page).textContent())
      .toContain(`答对 ${total / 2} / ${total} 题 · 50 分 · 不合格`);
    expect(await page.locator('[data-question].is-wrong').count()).toBe(total / 2);
    await page.getByRole('button', { name: '重新作答' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => result(page).textContent()).toBe('你的答案已清除。');
    expect(await page.locator('input:checked').count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.locator('[data-quiz-actions]').isVisible()).toBe(true);
    expect(await result(page).textContent()).toBe('');
    await page.context().close();
  });

  it('reads in full without JavaScript, answers behind a disclosure', async () => {
    const page = await browser.page('/en/training/expert/expert-billing-disputes/', {
      javaScript: false,
    });
    expect(await page.locator('legend').count()).toBe(5);
    const answers = page.locator('details.quiz-answer');
    expect(await answers.count()).toBe(5);
    expect(await answers.first().locator('li').first().isVisible()).toBe(false);
    await answers.first().locator('summary').click();
    expect(await answers.first().locator('li').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Check my answers' }).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('training records (internal build)', () => {
  it('links the quarterly report to the dashboard, which shows the same figures', async () => {
    const page = await browser.page('/en/reports/2026-q3/');
    const coverage = await page.getByTestId('training').locator('dd').first().textContent();
    await page.getByTestId('training-dashboard-link').click();
    await page.waitForURL('**/en/training/dashboard/2026-q3/');
    expect(await page.locator('[data-figure="coverage"]').textContent()).toBe(coverage);
    expect(await page.locator('[data-figure="pass-rate"]').textContent()).toBe('86.5%');
    expect(await page.locator('[data-grade="fail"]').textContent()).toBe('7');
    await expectNoAxeViolations(page, 'dashboard');
    const agent = page.getByTestId('retraining').getByRole('link').first();
    await agent.click();
    await page.waitForURL('**/en/training/agents/*/');
    expect(await page.locator('h1').textContent()).toContain('Growth record');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    expect(
      await page.locator('main [data-pagefind-ignore], [data-pagefind-ignore]').count(),
    ).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'growth record');
    await page.context().close();
    // Two axe passes over long tables.
  }, 180_000);
});
