import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.ts';

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
    await template.locator('[data-field="customer"]').fill('王女士');
    await template.getByRole('button', { name: '复制回复' }).click();
    await expect
      .poll(() => template.getByRole('status').textContent())
      .toBe(`已复制到剪贴板 · 还有 ${total - 1} 处未填写`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('王女士')).toBe(true);
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
    await expect(template.locator('[data-preview]').textContent()).resolves.toContain('{order}');
    await expect(template.getByRole('button').count()).resolves.toBe(0);
  });
});
