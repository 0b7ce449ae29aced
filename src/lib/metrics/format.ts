import type { KpiUnit } from '../../schemas/kpi.ts';
import type { Locale } from '../../schemas/localized.ts';
import { langTag, translate } from '../i18n.ts';
import type { Change } from './compute.ts';

/** A figure ready to show; `missing` asks the view to add the text alternative. */
export interface Formatted {
  text: string;
  missing: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number format, made once per locale and options (making one costs more than formatting). */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(langTag(locale), { maximumFractionDigits: 2, ...options });
    numberFormats.set(key, format);
  }
  return format;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 86.5 → "86.5%" (the value is already a percentage, 0–100). */
export const formatPercent = (value: number, locale: Locale): string =>
  numberFormat(locale, { style: 'percent' }).format(value / 100);

/** 45 → "45 s" / "45秒"; 125 → "2 min 05 s" / "2分05秒". */
export function formatSeconds(seconds: number, locale: Locale): string {
  const total = Math.round(seconds);
  if (Math.abs(total) < 60) return translate(locale, 'fmt.seconds', { s: String(total) });
  const sign = total < 0 ? '-' : '';
  const m = Math.floor(Math.abs(total) / 60);
  return sign + translate(locale, 'fmt.minSec', { m: String(m), s: pad2(Math.abs(total) % 60) });
}

/** 18.4 → "18.4 min" / "18.4分钟"; 65 → "1 h 05 min" / "1小时05分". */
export function formatDuration(minutes: number, locale: Locale): string {
  if (Math.abs(minutes) < 60)
    return translate(locale, 'fmt.minutes', { m: numberFormat(locale).format(minutes) });
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 ? '-' : '';
  return (
    sign +
    translate(locale, 'fmt.hourMin', { h: String(Math.floor(total / 60)), m: pad2(total % 60) })
  );
}

/** 4.2 → "4.2 working days" / "4.2个工作日". */
export const formatWorkingDays = (days: number, locale: Locale): string =>
  translate(locale, 'fmt.workingDays', { count: days, d: numberFormat(locale).format(days) });

/** 23850 → "23,850". */
export const formatCount = (n: number, locale: Locale): string =>
  numberFormat(locale, { maximumFractionDigits: 0 }).format(n);

/** NPS always carries its sign: "+72", "-12", "0". */
export const formatNps = (n: number, locale: Locale): string =>
  numberFormat(locale, { signDisplay: 'exceptZero' }).format(n);

/** A value in its KPI's unit. */
export function formatUnit(value: number, unit: KpiUnit, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'seconds':
      return formatSeconds(value, locale);
    case 'minutes':
      return formatDuration(value, locale);
    case 'hours':
      return formatDuration(value * 60, locale);
    case 'working-days':
      return formatWorkingDays(value, locale);
    case 'count':
      return formatCount(value, locale);
    case 'nps':
      return formatNps(value, locale);
    case 'score':
      return numberFormat(locale).format(value);
    case 'currency':
      return numberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        maximumFractionDigits: 0,
      }).format(value);
  }
}

/** A value, or the missing mark for null (never 0). */
export function formatValue(value: number | null, unit: KpiUnit, locale: Locale): Formatted {
  if (value === null) return { text: translate(locale, 'fmt.missing'), missing: true };
  return { text: formatUnit(value, unit, locale), missing: false };
}

/** The text a screen reader hears for a missing value. */
export const missingLabel = (locale: Locale): string => translate(locale, 'fmt.missingLabel');

const signed = (n: number, locale: Locale) =>
  numberFormat(locale, { signDisplay: 'exceptZero' }).format(n);

/**
 * A signed absolute difference in the KPI's unit: "+2.5 pp" / "+2.5个百分点" for percent KPIs,
 * "+4 pts" / "+4分" for NPS and scores, "-7 s", "-0.2 working days", "+58" otherwise.
 */
export function formatDifference(n: number, unit: KpiUnit, locale: Locale): string {
  if (unit === 'percent') return translate(locale, 'fmt.pp', { n: signed(n, locale) });
  if (unit === 'nps' || unit === 'score')
    return translate(locale, 'fmt.points', { n: signed(n, locale) });
  const sign = n > 0 ? '+' : '';
  return sign + formatUnit(n, unit, locale);
}

/** The size of a difference, without a sign: "2.5 pp" / "2.5个百分点", "1 s", "4 pts". */
export function formatMagnitude(n: number, unit: KpiUnit, locale: Locale): string {
  const size = Math.abs(n);
  if (unit === 'percent')
    return translate(locale, 'fmt.pp', { n: numberFormat(locale).format(size) });
  if (unit === 'nps' || unit === 'score')
    return translate(locale, 'fmt.points', { n: numberFormat(locale).format(size) });
  return formatUnit(size, unit, locale);
}

/** A signed percent change: "+1.5%". */
export const formatRelative = (n: number, locale: Locale): string =>
  numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(n / 100);

/** Both parts of a change, each missing when it cannot be computed. */
export function formatChange(
  delta: Change,
  unit: KpiUnit,
  locale: Locale,
): { absolute: Formatted; relative: Formatted } {
  const missing = { text: translate(locale, 'fmt.missing'), missing: true };
  return {
    absolute:
      delta.absolute === null
        ? missing
        : { text: formatDifference(delta.absolute, unit, locale), missing: false },
    relative:
      delta.relative === null
        ? missing
        : { text: formatRelative(delta.relative, locale), missing: false },
  };
}
