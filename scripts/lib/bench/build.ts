/**
 * Runs commands for the benchmarks: a clean `astro build` of a temporary project measured for wall
 * time, CPU time and memory of its whole process tree, and plain child processes (the importer).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryPoller, parseProcStat } from './proc.ts';

/** Runs a command, collecting stdout and stderr together. */
export function run(
  cmd: string,
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  onSpawn?: (pid: number) => void,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) onSpawn?.(child.pid);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Every file below `dir`. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(e.parentPath, e.name)) : [join(e.parentPath, e.name)],
  );
}

export interface SizedFile {
  path: string;
  bytes: number;
}

/** Every file below `dir` with its size: one pass over a tree that several figures are cut from. */
export const walkSizes = (dir: string): SizedFile[] =>
  walk(dir).map((path) => ({ path, bytes: statSync(path).size }));

export const sumBytes = (files: readonly SizedFile[]): number =>
  files.reduce((a, f) => a + f.bytes, 0);

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Pagefind's own timing line, logged by src/integrations/search-index.ts: the pages indexed, how
 * many of them went in while Astro rendered them, and the time from the last page to the written
 * index.
 */
export function parseIndexedLine(
  output: string,
): { pages: number; whileRendering: number; ms: number } | undefined {
  const match = /indexed (\d+) pages \((\d+) as they were rendered\) in (\d+) ms/.exec(
    stripAnsi(output),
  );
  return match
    ? { pages: Number(match[1]), whileRendering: Number(match[2]), ms: Number(match[3]) }
    : undefined;
}

export interface BuildMeasure {
  code: number;
  output: string;
  wallMs: number;
  /** User and system CPU time of every process of the build, exact (from the kernel's accounting). */
  cpuUserMs: number;
  cpuSystemMs: number;
  /** The largest sum of resident memory over the build's process tree, sampled every `sampleMs`. */
  peakRssBytes: number;
  sampleMs: number;
  samples: number;
  /** The process with the highest own peak (VmHWM), usually Astro's node. */
  largestProcess?: { comm: string; bytes: number } | undefined;
}

/** How often the build's memory is sampled (ms): a shorter peak can be missed. */
export const MEMORY_SAMPLE_MS = 100;

const sysconf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};

/**
 * `npx astro build` in `cwd`, wrapped in `sh` so that the CPU time of the whole tree can be read
 * exactly: once the build has ended and been waited for, the shell's own `/proc/<pid>/stat`
 * holds it in cutime/cstime (each process in the tree waits for its children). Memory cannot be
 * read after the fact for a tree, so it is sampled while the build runs.
 */
export async function measureBuild(
  cwd: string,
  env: NodeJS.ProcessEnv,
  sampleMs = MEMORY_SAMPLE_MS,
): Promise<BuildMeasure> {
  const ticks = sysconf('CLK_TCK', 100);
  const pageSize = sysconf('PAGESIZE', 4096);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-stat-'));
  const statFile = join(scratch, 'stat');
  let poller: ReturnType<typeof memoryPoller> | undefined;
  const started = performance.now();
  try {
    const result = await run(
      'sh',
      ['-c', 'npx astro build; code=$?; cat /proc/$$/stat > "$BENCH_STAT_FILE"; exit $code'],
      cwd,
      { ...env, BENCH_STAT_FILE: statFile },
      (pid) => (poller = memoryPoller(pid, pageSize, sampleMs)),
    );
    const wallMs = performance.now() - started;
    const memory = poller!.stop();
    const stat = parseProcStat(readFileSync(statFile, 'utf8'));
    return {
      ...result,
      wallMs,
      cpuUserMs: ((stat.utime + stat.cutime) * 1000) / ticks,
      cpuSystemMs: ((stat.stime + stat.cstime) * 1000) / ticks,
      peakRssBytes: memory.peakTreeBytes,
      sampleMs: memory.everyMs,
      samples: memory.samples,
      largestProcess: memory.largestProcess,
    };
  } finally {
    poller?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
