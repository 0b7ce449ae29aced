import { describe, expect, it } from 'vitest';
import {
  agentFields,
  fillTemplate,
  layoutTemplate,
  readAgentValues,
  unfilledFields,
  normalizeTemplateText,
  parseTemplate,
  templateFields,
} from '../../src/lib/kb/template.ts';

describe('reply templates', () => {
  const text = '{customer}，您好：订单 {order} 已退款 ¥{amount}。{customer}，如有问题请回复。';
  it('splits text and placeholders', () => {
    expect(parseTemplate('Hi {customer}, order {order}.')).toEqual([
      { text: 'Hi ' },
      { field: 'customer', agent: false },
      { text: ', order ' },
      { field: 'order', agent: false },
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

  it('knows the agent’s own fields: well-known names and {@name}', () => {
    const t = '{customer}，您好。我是 {agent}（{@shift}班），分机 {extension}。';
    expect(templateFields(t)).toEqual(['customer', 'agent', 'shift', 'extension']);
    expect(agentFields(t)).toEqual(['agent', 'shift', 'extension']);
    expect(fillTemplate(t, { shift: '早' })).toContain('（早班）');
  });
  it('names the fields still empty', () => {
    expect(unfilledFields(text, { customer: '王女士', order: ' ' })).toEqual(['order', 'amount']);
  });
  it('leaves no space between Chinese characters around a filled placeholder', () => {
    const t = '您好 {customer} ，订单 {order} 已退款。我是 {agent} 。';
    expect(fillTemplate(t, { customer: '王女士', order: 'A1024', agent: '李明' })).toBe(
      '您好王女士，订单 A1024 已退款。我是李明。',
    );
    // Latin values keep the spaces Chinese typesetting puts around them; English keeps its own.
    expect(fillTemplate('您好 {customer} ，', { customer: 'Alice' })).toBe('您好 Alice，');
    expect(fillTemplate('Hi {customer} , order {order}.', { customer: 'Ann', order: '7' })).toBe(
      'Hi Ann , order 7.',
    );
    expect(fillTemplate('Hi {customer}, thanks', { customer: '王女士' })).toBe('Hi 王女士, thanks');
  });
  it('lays out the preview with each empty place named by its label', () => {
    const pieces = layoutTemplate(
      '您好 {customer} ，',
      {},
      (f) => `【${f === 'customer' ? '客户称呼' : f}】`,
    );
    expect(pieces).toEqual([
      { text: '您好' },
      { field: 'customer', text: '【客户称呼】', filled: false },
      { text: '，' },
    ]);
  });
  it('reads the remembered fields leniently', () => {
    expect(readAgentValues('{"agent":"李明","x":1,"Bad":"y"}')).toEqual({ agent: '李明' });
    expect(readAgentValues('not json')).toEqual({});
    expect(readAgentValues('[1]')).toEqual({});
    expect(readAgentValues(null)).toEqual({});
  });
});
