import type { LocalizedText } from '../../schemas/localized.ts';

export type Better = 'higher' | 'lower' | 'neutral';

/** What the roadmap needs to know about a KPI: its unit and which way is better. */
export interface KpiInfo {
  id: string;
  unit: string;
  better: Better;
  label?: LocalizedText | undefined;
}

/**
 * The KPI ids every part of the site agrees on; used when `data/kpis.json` does not exist yet.
 * The catalog, when present, wins.
 */
export const fixedKpis: readonly KpiInfo[] = [
  { id: 'csat', unit: 'percent', better: 'higher' },
  { id: 'nps', unit: 'nps', better: 'higher' },
  { id: 'frt-chat', unit: 'seconds', better: 'lower' },
  { id: 'frt-ticket', unit: 'working-days', better: 'lower' },
  { id: 'fcr', unit: 'percent', better: 'higher' },
  { id: 'aht', unit: 'minutes', better: 'lower' },
  { id: 'sla', unit: 'percent', better: 'higher' },
  { id: 'backlog', unit: 'count', better: 'lower' },
  { id: 'reopen-rate', unit: 'percent', better: 'lower' },
  { id: 'repeat-contact-rate', unit: 'percent', better: 'lower' },
  { id: 'escalation-rate', unit: 'percent', better: 'lower' },
  { id: 'complaint-rate', unit: 'percent', better: 'lower' },
  { id: 'churn', unit: 'percent', better: 'lower' },
  { id: 'ticket-volume', unit: 'count', better: 'neutral' },
  { id: 'training-coverage', unit: 'percent', better: 'higher' },
  { id: 'exam-pass-rate', unit: 'percent', better: 'higher' },
  { id: 'bot-self-service', unit: 'percent', better: 'higher' },
  { id: 'ticket-closure-rate', unit: 'percent', better: 'higher' },
];

const isBetter = (value: unknown): value is Better =>
  value === 'higher' || value === 'lower' || value === 'neutral';

/**
 * Read the parts of `data/kpis.json` the roadmap uses, tolerating a list or `{ kpis: [...] }`.
 * Entries without an id are skipped: the catalog's own validation reports them.
 */
export function kpiInfoFromCatalog(data: unknown): KpiInfo[] | undefined {
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { kpis?: unknown }).kpis)
      ? (data as { kpis: unknown[] }).kpis
      : undefined;
  if (!list) return undefined;
  const kpis: KpiInfo[] = [];
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const { id, unit, better, label } = entry as Record<string, unknown>;
    if (typeof id !== 'string') continue;
    const fixed = fixedKpis.find((k) => k.id === id);
    kpis.push({
      id,
      unit: typeof unit === 'string' ? unit : (fixed?.unit ?? 'count'),
      better: isBetter(better) ? better : (fixed?.better ?? 'neutral'),
      label:
        label && typeof label === 'object' && 'en' in label && 'zh-cn' in label
          ? (label as LocalizedText)
          : undefined,
    });
  }
  return kpis;
}
