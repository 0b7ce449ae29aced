/**
 * `npm test`: every gate a change must pass, in the order that fails fastest — format, types
 * (`astro check`, which also generates Astro's types for the linter), lint, import cycles, the
 * unit tier (with coverage thresholds for src/lib), the integration tier (real builds and CLIs),
 * a build of the sample site, then the browser tier against it. Prints each step's wall time, then one line `N passed, N failed` counting test cases
 * (and one per gate), and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, TZ: 'UTC', BUILD_DATE: '2026-11-23', FORCE_COLOR: '0' };
const reports = mkdtempSync(join(tmpdir(), 'handbook-test-'));
let passed = 0;
let failed = 0;
const failures: string[] = [];
const times: [string, number][] = [];

function run(
  label: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  times.push([label, (performance.now() - started) / 1000]);
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

/** Run one vitest tier with a JSON report so the closing line counts real test cases. */
function tier(label: string, config: string, args: string[] = [], extraEnv = {}): void {
  const output = join(reports, `${label}.json`);
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
      ...args,
    ],
    extraEnv,
  );
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A tier whose tests all passed can still fail (coverage below its threshold, a crash).
    if (!ok && report.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
}

const gate = (label: string, command: string, args: string[]) => {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
};

gate('format', 'npx', ['prettier', '--check', '.']);
// `astro check` first: it generates Astro's types (.astro/), which the type-checked lint rules
// need to resolve `astro:content`; on a fresh clone nothing else has made them yet.
gate('types', 'npx', ['astro', 'check']);
gate('lint', 'npx', ['eslint', '.']);
gate('import cycles', 'npm', ['run', '--silent', 'lint:cycles']);
tier('unit', 'vitest.config.ts', ['--coverage']);
tier('integration', 'vitest.integration.config.ts');
gate('build', 'npx', ['astro', 'build']);
if (!failures.includes('build'))
  tier('browser', 'vitest.e2e.config.ts', [], { E2E_SKIP_BUILD: '1' });

console.log('\nTime per step (wall):');
for (const [label, seconds] of times) console.log(`  ${label.padEnd(14)} ${seconds.toFixed(1)} s`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
