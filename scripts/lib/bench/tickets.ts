/**
 * `npm run bench -- --imports`: how long `npm run data:import` takes on the real UCI ServiceNow
 * log and on a generated export of one million Zendesk tickets, with CPU time and peak memory,
 * against the issue's goals (UCI ≤ 10 s; a million tickets ≤ 60 s and ≤ 1 GB).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { run } from './build.ts';
import { memoryPoller, parseProcStat } from './proc.ts';

export interface CommandMeasure {
  name: string;
  code: number;
  output: string;
  wallMs: number;
  cpuMs: number;
  /** The command's own peak resident memory (VmHWM of its largest process). */
  peakBytes: number;
}

const sysconf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};

/** Run `node <args>` in `cwd` under `sh`, whose own stat holds the tree's CPU time once it ends. */
export async function measureNode(
  name: string,
  args: string[],
  cwd: string,
): Promise<CommandMeasure> {
  const ticks = sysconf('CLK_TCK', 100);
  const pageSize = sysconf('PAGESIZE', 4096);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const statFile = join(scratch, 'stat');
  let poller: ReturnType<typeof memoryPoller> | undefined;
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const started = performance.now();
  try {
    const result = await run(
      'sh',
      ['-c', `${quoted}; code=$?; cat /proc/$$/stat > "$BENCH_STAT_FILE"; exit $code`],
      cwd,
      { ...process.env, TZ: 'UTC', BENCH_STAT_FILE: statFile },
      (pid) => (poller = memoryPoller(pid, pageSize, 50)),
    );
    const wallMs = performance.now() - started;
    const memory = poller!.stop();
    const stat = parseProcStat(readFileSync(statFile, 'utf8'));
    return {
      name,
      ...result,
      wallMs,
      cpuMs: ((stat.utime + stat.cutime + stat.stime + stat.cstime) * 1000) / ticks,
      peakBytes: memory.largestProcess?.bytes ?? memory.peakTreeBytes,
    };
  } finally {
    poller?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const goals = { uci: { seconds: 10 }, million: { seconds: 60, bytes: 1024 ** 3 } };

/** Run the import benchmark; returns the exit code (1 when a goal is missed or a step fails). */
export async function benchImports(repo: string, uci: string, tickets: number): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'bench-imports-'));
  const load = loadavg()[0]!.toFixed(1);
  const rows: CommandMeasure[] = [];
  try {
    const imp = (file: string, ...extra: string[]) => [
      'scripts/data-import.ts',
      file,
      ...extra,
      '--out',
      join(work, 'computed.json'),
      '--parquet',
      join(work, 'tickets.parquet'),
    ];
    if (existsSync(uci))
      rows.push(
        await measureNode(
          'UCI ServiceNow log (141,712 events, 24,918 incidents)',
          imp(uci, '--source', 'servicenow', '--tz', 'UTC'),
          repo,
        ),
      );
    const big = join(work, 'zendesk-big.csv.gz');
    const gen = await measureNode(
      `generate ${tickets.toLocaleString('en-US')} Zendesk tickets`,
      ['scripts/generate-sample-tickets.ts', '--tickets', String(tickets), '--out', big],
      repo,
    );
    rows.push(gen);
    if (gen.code === 0)
      rows.push(
        await measureNode(
          `${tickets.toLocaleString('en-US')} Zendesk tickets (${(statSync(big).size / 1024 ** 2).toFixed(0)} MB gzip)`,
          imp(big, '--source', 'zendesk', '--tz', 'Asia/Shanghai'),
          repo,
        ),
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
  const lines = [
    '# Import benchmark',
    '',
    `\`npm run bench -- --imports\` on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; load average ${load} at the start (other work shares the machine).`,
    '',
    '| Step | Exit | Wall | CPU (user + system) | Peak memory |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.name} | ${r.code} | ${s(r.wallMs)} | ${s(r.cpuMs)} | ${mb(r.peakBytes)} |`,
    ),
    '',
    `Goals: UCI ≤ ${goals.uci.seconds} s; one million tickets ≤ ${goals.million.seconds} s and ≤ ${mb(goals.million.bytes)}. UCI figures: Amaral, Fantinato & Peres (2018), doi:10.24432/C57S4H, CC BY 4.0.`,
    '',
  ];
  const text = lines.join('\n');
  console.log(text);
  writeFileSync(join(repo, 'docs/benchmarks-imports.md'), text);
  const failed = rows.some((r) => r.code !== 0);
  const uciRow = rows[0];
  const millionRow = rows.at(-1);
  const missed =
    (uciRow && uciRow.wallMs > goals.uci.seconds * 1000) ||
    (millionRow &&
      (millionRow.wallMs > goals.million.seconds * 1000 ||
        millionRow.peakBytes > goals.million.bytes));
  return failed || missed ? 1 : 0;
}
