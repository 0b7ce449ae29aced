/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) through its Node API, in
 * Debian's Chromium started headless by chrome-launcher (Lighthouse's own launcher).
 */
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from '../browser/chromium.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Preset = 'mobile' | 'desktop';

export interface LighthouseAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string | undefined;
}

export interface LighthouseResult {
  url: string;
  preset: Preset;
  scores: Record<Category, number>;
  /** Audits that count towards a category score and did not pass. */
  failing: Record<Category, LighthouseAudit[]>;
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
  runtimeError?: { message: string };
}

/** Scores from a Lighthouse result (0–100) and the weighted audits that lost points. */
export function summarize(lhr: Lhr, url: string, preset: Preset): LighthouseResult {
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, LighthouseAudit[]>;
  for (const category of categories) {
    const c = lhr.categories[category];
    scores[category] =
      c?.score === null || c === undefined ? Number.NaN : Math.round(c.score * 100);
    failing[category] = (c?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, ...lhr.audits[ref.id]! }))
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }));
  }
  return { url, preset, scores, failing };
}

/**
 * Audits each URL with each preset, one Chromium for all, and returns the results in order.
 * `skipAudits` leaves audits out of the scores (Lighthouse reweighs the rest).
 */
export async function runLighthouse(
  urls: readonly string[],
  presets: readonly Preset[] = ['mobile', 'desktop'],
  skipAudits: readonly string[] = [],
): Promise<LighthouseResult[]> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  });
  const out: LighthouseResult[] = [];
  try {
    for (const preset of presets) {
      for (const url of urls) {
        const flags: Flags = {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...categories],
          skipAudits: [...skipAudits],
        };
        const result = await lighthouse(
          url,
          flags,
          preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        out.push(summarize(result.lhr, url, preset));
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}
