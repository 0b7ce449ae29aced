import { describe, expect, it } from 'vitest';
import { cssString, printHeaderStyle } from '../../src/lib/print.ts';

describe('the running header of printed pages', () => {
  it('is a CSS string whatever the title holds', () => {
    expect(cssString('季度报告 · 2026 年第三季度')).toBe('"季度报告 · 2026 年第三季度"');
    expect(cssString('a "quoted" \\ title\nnext')).toBe('"a \\"quoted\\" \\\\ title next"');
  });
  it('is declared as the --print-header property', () => {
    expect(printHeaderStyle('Q3 report')).toBe('--print-header: "Q3 report"');
  });
});
