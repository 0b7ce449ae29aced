/**
 * `npm test`: every gate a change must pass, in the order that fails fastest — format and lint,
 * types (`astro check`), unit tests, a build of the sample site, then browser tests against it.
 * Ends with one line `N passed, N failed` counting test cases, and exits non-zero on any failure.
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

function run(
  label: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

/** Run vitest with a JSON report so the closing line counts real test cases. */
function vitest(label: string, config: string, extraEnv: Record<string, string> = {}): void {
  const output = join(reports, `${label}.json`);
  run(
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
  } catch {
    failed += 1;
  }
}

const gate = (label: string, command: string, args: string[]) => {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
};

gate('format', 'npx', ['prettier', '--check', '.']);
gate('lint', 'npx', ['eslint', '.']);
gate('types', 'npx', ['astro', 'check']);
vitest('unit', 'vitest.config.ts');
gate('build', 'npx', ['astro', 'build']);
if (!failures.includes('build')) vitest('browser', 'vitest.e2e.config.ts', { E2E_SKIP_BUILD: '1' });

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
