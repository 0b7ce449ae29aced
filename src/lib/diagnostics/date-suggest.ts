/**
 * The `YYYY-MM-DD` an editor most likely meant by a date written another way, or undefined when
 * it cannot be told (e.g. 03/04/2026, which could be March or April). Used only to word a fix:
 * the value itself is never converted.
 */
export function suggestIsoDate(text: string): string | undefined {
  const value = text.trim();
  const iso = (y: string, m: string, d: string) => {
    const candidate = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const date = new Date(`${candidate}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(candidate)
      ? candidate
      : undefined;
  };
  // 2026/9/15, 2026.09.15, 2026-9-5, 2026年9月15日
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  // 15/09/2026 or 09/15/2026: only when the order is unambiguous
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return iso(m[3]!, m[2]!, m[1]!);
    if (b > 12 && a <= 12) return iso(m[3]!, m[1]!, m[2]!);
    if (a === b) return iso(m[3]!, m[1]!, m[2]!);
    return undefined;
  }
  // 20260915
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  return undefined;
}
