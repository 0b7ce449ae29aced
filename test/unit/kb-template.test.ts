import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  normalizeTemplateText,
  parseTemplate,
  templateFields,
} from '../../src/lib/kb/template.ts';

describe('reply templates', () => {
  const text = '{customer}，您好：订单 {order} 已退款 ¥{amount}。{customer}，如有问题请回复。';
  it('splits text and placeholders', () => {
    expect(parseTemplate('Hi {customer}, order {order}.')).toEqual([
      { text: 'Hi ' },
      { field: 'customer' },
      { text: ', order ' },
      { field: 'order' },
      { text: '.' },
    ]);
  });
  it('lists each placeholder once, in order', () => {
    expect(templateFields(text)).toEqual(['customer', 'order', 'amount']);
  });
  it('fills every occurrence and keeps empty ones visible', () => {
    expect(fillTemplate(text, { customer: '王女士', order: 'A1024', amount: ' ' })).toBe(
      '王女士，您好：订单 A1024 已退款 ¥{amount}。王女士，如有问题请回复。',
    );
  });
  it('leaves braces that are not placeholders alone', () => {
    expect(templateFields('JSON {"a": 1} and {Name}')).toEqual([]);
  });
  it('removes the indentation editors add inside an MDX attribute', () => {
    expect(normalizeTemplateText('Hello {customer},\n\n    line two\n      indented\n  ')).toBe(
      'Hello {customer},\n\nline two\n  indented',
    );
  });
});
