/**
 * The site's Content-Security-Policy, which Astro's `security.csp` writes into every page as a
 * `<meta http-equiv="content-security-policy">` with the hashes of the scripts and styles it
 * bundles (build only: `astro dev` sends none).
 *
 * Scripts: our own files and Astro's hashed inline modules, nothing inline otherwise — no
 * `'unsafe-inline'`, so an injected `<script>` or `onerror=` never runs. `'wasm-unsafe-eval'` lets
 * Pagefind compile its WebAssembly; it allows no JavaScript `eval`.
 * Styles: `<style>` elements and stylesheets only by hash or from the site; `style="…"` attributes
 * are allowed (`style-src-attr`) because data-driven widths (roadmap and report bars), table
 * alignment are written that way — they cannot run script, and the Markdown sanitiser keeps only
 * colour and alignment declarations in article bodies.
 */
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Runs before first paint so a saved dark theme never flashes light; it has to be inline for that.
 * Rendered with `set:html` from this string, so the hash below is of exactly these bytes.
 */
export const THEME_BOOT_SCRIPT =
  "try{const t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}";

/** A CSP source expression for an inline script or style (`'sha256-…'` without the quotes). */
export const cspHash = (content: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;

/** `security.csp` for astro.config.mjs. */
export const contentSecurityPolicy: Csp = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    // Vite inlines small images and fonts referenced from CSS as data: URLs.
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Pagefind searches in a worker loaded from /pagefind/.
    "worker-src 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [cspHash(THEME_BOOT_SCRIPT)],
  },
  styleDirective: {
    // `style-src` itself stays Astro's default: 'self' plus the hashes of its inline styles.
    resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
  },
};
