import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('reply templates', () => {
  it('fills the placeholders and copies the final text in one click', async () => {
    const page = await browser.page('/en/kb/returns/refund-confirmation-template/', {
      clipboard: true,
    });
    const template = page.locator('[data-reply-template]').first();
    const raw = await template.getAttribute('data-template');
    expect(raw).toContain('{customer}');
    const fields = await template
      .locator('[data-field]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    for (const field of fields)
      await template.locator(`[data-field="${field}"]`).fill(`<${field}>`);
    await expect(template.locator('[data-preview]').textContent()).resolves.toContain('<customer>');
    await template.getByRole('button', { name: 'Copy reply' }).click();
    await expect
      .poll(() => template.getByRole('status').textContent())
      .toBe('Copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    let expected = raw ?? '';
    for (const field of fields) expected = expected.replaceAll(`{${field}}`, `<${field}>`);
    expect(copied).toBe(expected);
    expect(copied).not.toMatch(/\{[a-z]+\}/);
  });

  it('says how many placeholders are still empty when copying a partly filled reply', async () => {
    const page = await browser.page('/zh-cn/kb/complaints/complaint-apology-template/', {
      clipboard: true,
    });
    const template = page.locator('[data-reply-template]').first();
    const total = await template.locator('[data-field]').count();
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await template.locator('[data-field="customer"]').fill('王女士');
    await template.getByRole('button', { name: '复制回复' }).click();
    // Nothing is copied yet: the warning names every empty field by its label, in words.
    const warning = template.getByRole('alert');
    await expect
      .poll(() => warning.textContent())
      .toContain(`还有 ${total - 1} 处未填写：工单号、日期`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('before');
    await expect(
      template.locator('[data-field="ticket"]').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expectNoAxeViolations(page, 'template warning');
    await template.getByRole('button', { name: '仍然复制' }).click();
    await expect
      .poll(() => template.getByRole('status').textContent())
      .toBe(`已复制到剪贴板 · 还有 ${total - 1} 处未填写`);
    await expect(warning.isVisible()).resolves.toBe(false);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('王女士，您好')).toBe(true);
    expect(copied).toContain('{ticket}');
  });

  it('the warning follows the fields and goes once they are all filled; Enter on “fill in” goes to the first', async () => {
    const page = await browser.page('/en/kb/returns/refund-confirmation-template/', {
      clipboard: true,
    });
    const template = page.locator('[data-reply-template]').first();
    await template.getByRole('button', { name: 'Copy reply' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => template.getByRole('alert').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Fill them in',
    );
    await page.keyboard.press('Enter');
    const first = template.locator('[data-field]').first();
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    const fields = template.locator('[data-field]');
    for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(`v${i}`);
    await template.getByRole('button', { name: 'Copy reply' }).click();
    await expect
      .poll(() => template.getByRole('status').textContent())
      .toBe('Copied to the clipboard');
    await expect(template.getByRole('alert').isVisible()).resolves.toBe(false);
  });

  it('shows each empty place by its label in the preview, with no stray spaces in Chinese', async () => {
    const page = await browser.page('/zh-cn/kb/complaints/complaint-apology-template/');
    const template = page.locator('[data-reply-template]').first();
    const preview = template.locator('[data-preview]');
    await expect(preview.textContent()).resolves.toContain('【客户称呼】，您好');
    await expect(preview.textContent()).resolves.not.toMatch(/\{[a-z]+\}/);
    await template.locator('[data-field="agent"]').fill('李明');
    await expect.poll(() => preview.textContent()).toContain('我是李明，有任何问题');
  });

  it('remembers the agent’s name across templates, pages and reloads, until told to forget', async () => {
    const page = await browser.page('/zh-cn/kb/complaints/complaint-apology-template/');
    const agent = page.locator('[data-reply-template] [data-field="agent"]');
    await expect(agent.count()).resolves.toBeGreaterThan(1);
    await agent.first().fill('李明');
    // Every template on the page takes it at once.
    await expect.poll(() => agent.last().inputValue()).toBe('李明');
    await page.reload();
    await expect.poll(() => agent.first().inputValue()).toBe('李明');
    await page.goto(new URL('/zh-cn/kb/returns/refund-confirmation-template/', page.url()).href);
    const other = page.locator('[data-reply-template]').first();
    await expect.poll(() => other.locator('[data-field="agent"]').inputValue()).toBe('李明');
    await expect(other.locator('[data-preview]').textContent()).resolves.toContain('李明');
    await expect(other.locator('[data-field="customer"]').inputValue()).resolves.toBe('');
    await other.getByRole('button', { name: '忘记我的信息' }).click();
    await expect.poll(() => other.locator('[data-field="agent"]').inputValue()).toBe('');
    await page.reload();
    await expect
      .poll(() => page.locator('[data-reply-template] [data-field="agent"]').first().inputValue())
      .toBe('');
    await expect(page.getByRole('button', { name: '忘记我的信息' }).count()).resolves.toBe(0);
  });

  it('works from the keyboard alone', async () => {
    const page = await browser.page('/en/kb/complaints/complaint-apology-template/', {
      clipboard: true,
    });
    const template = page.locator('[data-reply-template]').first();
    await template.locator('[data-field]').first().focus();
    await page.keyboard.type('Ms Chen');
    const count = await template.locator('[data-field]').count();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(`v${i}`);
    }
    // The agent's own name was typed, so "forget" is offered next to it, then the copy button.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Forget my details',
    );
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Copy reply',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('Ms Chen');
  });

  it('still shows the full template text without JavaScript', async () => {
    const page = await browser.page('/zh-cn/kb/orders/delivery-delay-notice-template/', {
      javaScript: false,
    });
    const template = page.locator('[data-reply-template]').first();
    await expect(template.locator('[data-preview]').textContent()).resolves.toContain('【订单号】');
    await expect(template.getByRole('button').count()).resolves.toBe(0);
  });
});
