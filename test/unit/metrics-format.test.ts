import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatDifference,
  formatDuration,
  formatNps,
  formatPercent,
  formatRelative,
  formatSeconds,
  formatUnit,
  formatValue,
  formatWorkingDays,
  missingLabel,
} from '../../src/lib/metrics/format.ts';

describe('format', () => {
  it('percent: the value is already 0–100, up to two decimals', () => {
    expect(formatPercent(86.5, 'en')).toBe('86.5%');
    expect(formatPercent(1.49, 'zh-cn')).toBe('1.49%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });
  it('seconds: under a minute plain, else minutes and padded seconds', () => {
    expect(formatSeconds(45, 'en')).toBe('45 s');
    expect(formatSeconds(45, 'zh-cn')).toBe('45秒');
    expect(formatSeconds(125, 'en')).toBe('2 min 05 s');
    expect(formatSeconds(120, 'zh-cn')).toBe('2分00秒');
    expect(formatSeconds(-75, 'en')).toBe('-1 min 15 s');
  });
  it('durations in minutes: "1 h 05 min" / "1小时05分" from an hour on', () => {
    expect(formatDuration(65, 'en')).toBe('1 h 05 min');
    expect(formatDuration(65, 'zh-cn')).toBe('1小时05分');
    expect(formatDuration(18.4, 'en')).toBe('18.4 min');
    expect(formatDuration(18, 'zh-cn')).toBe('18分钟');
    expect(formatDuration(300, 'en')).toBe('5 h 00 min');
    expect(formatUnit(1.5, 'hours', 'zh-cn')).toBe('1小时30分');
  });
  it('working days, with the English plural', () => {
    expect(formatWorkingDays(4.2, 'en')).toBe('4.2 working days');
    expect(formatWorkingDays(1, 'en')).toBe('1 working day');
    expect(formatWorkingDays(3.5, 'zh-cn')).toBe('3.5个工作日');
  });
  it('counts with grouping, NPS always signed', () => {
    expect(formatCount(23850, 'en')).toBe('23,850');
    expect(formatCount(23850, 'zh-cn')).toBe('23,850');
    expect(formatNps(72, 'en')).toBe('+72');
    expect(formatNps(-12, 'zh-cn')).toBe('-12');
    expect(formatNps(0, 'en')).toBe('0');
  });
  it('formatUnit covers every unit', () => {
    expect(formatUnit(80, 'percent', 'en')).toBe('80%');
    expect(formatUnit(41, 'seconds', 'en')).toBe('41 s');
    expect(formatUnit(11.8, 'minutes', 'zh-cn')).toBe('11.8分钟');
    expect(formatUnit(3.5, 'working-days', 'en')).toBe('3.5 working days');
    expect(formatUnit(702, 'count', 'en')).toBe('702');
    expect(formatUnit(80, 'nps', 'en')).toBe('+80');
    expect(formatUnit(72.25, 'score', 'en')).toBe('72.25');
    expect(formatUnit(2000000, 'currency', 'zh-cn')).toBe('¥2,000,000');
  });
  it('a missing value is a dash with a text alternative, never 0', () => {
    expect(formatValue(null, 'percent', 'en')).toEqual({ text: '—', missing: true });
    expect(formatValue(0, 'percent', 'en')).toEqual({ text: '0%', missing: false });
    expect(missingLabel('en')).toBe('not measured');
    expect(missingLabel('zh-cn')).toBe('无数据');
  });
  it('differences: pp for percent KPIs, points for NPS, the unit otherwise, always signed', () => {
    expect(formatDifference(1.3, 'percent', 'en')).toBe('+1.3 pp');
    expect(formatDifference(-2.5, 'percent', 'zh-cn')).toBe('-2.5个百分点');
    expect(formatDifference(4, 'nps', 'en')).toBe('+4 pts');
    expect(formatDifference(4, 'nps', 'zh-cn')).toBe('+4分');
    expect(formatDifference(-7, 'seconds', 'en')).toBe('-7 s');
    expect(formatDifference(-0.2, 'working-days', 'zh-cn')).toBe('-0.2个工作日');
    expect(formatDifference(-1.8, 'minutes', 'en')).toBe('-1.8 min');
    expect(formatDifference(58, 'count', 'en')).toBe('+58');
    expect(formatDifference(0, 'percent', 'en')).toBe('0 pp');
  });
  it('percent changes are labelled % and rounded to one decimal', () => {
    expect(formatRelative(1.50812, 'en')).toBe('+1.5%');
    expect(formatRelative(-13.235, 'zh-cn')).toBe('-13.2%');
    expect(formatChange({ absolute: 1.3, relative: 1.50812, kind: 'pp' }, 'percent', 'en')).toEqual(
      {
        absolute: { text: '+1.3 pp', missing: false },
        relative: { text: '+1.5%', missing: false },
      },
    );
    expect(
      formatChange({ absolute: null, relative: null, kind: 'points' }, 'nps', 'en').absolute,
    ).toEqual({ text: '—', missing: true });
  });
});
