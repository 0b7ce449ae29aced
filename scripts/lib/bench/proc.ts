/**
 * Linux `/proc` readings for the build measurement: CPU time and resident memory of a process
 * tree (the build runs as npx → node astro → Pagefind's binary, so one process is not enough).
 */
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** Clock ticks in user and kernel mode, of the process itself. */
  utime: number;
  stime: number;
  /** Clock ticks of its children that have ended and been waited for. */
  cutime: number;
  cstime: number;
  /** Resident set size in pages. */
  rss: number;
}

/**
 * Parses one `/proc/<pid>/stat` line (proc(5)). The command name is in parentheses and may itself
 * hold spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parseProcStat(text: string): ProcStat {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: “${text.trim()}”`);
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/)
    .map(Number);
  // fields[0] is field 3 of proc(5) (state, NaN here); field n is fields[n - 3].
  const at = (n: number) => {
    const value = fields[n - 3];
    if (value === undefined || Number.isNaN(value))
      throw new Error(`/proc/<pid>/stat field ${n} is missing in “${text.trim()}”`);
    return value;
  };
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    ppid: at(4),
    utime: at(14),
    stime: at(15),
    cutime: at(16),
    cstime: at(17),
    rss: at(24),
  };
}

/** `root` and every process below it, given the parent of each live process. */
export function processTree(stats: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out: ProcStat[] = [];
  const rootStat = stats.find((s) => s.pid === root);
  const queue = rootStat ? [rootStat] : [];
  while (queue.length) {
    const next = queue.shift()!;
    out.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return out;
}

/** `VmHWM` (the process's own peak resident size) from `/proc/<pid>/status`, in bytes. */
export function parseVmHwm(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Every live process's stat line; processes that end while being read are skipped. */
export function readAllStats(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      out.push(parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

export function readVmHwm(pid: number): number | undefined {
  try {
    return parseVmHwm(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Samples a process tree's summed resident memory and each member's own peak. */
export function memoryPoller(root: number, pageSize: number, everyMs = 100) {
  let peakTreeBytes = 0;
  let samples = 0;
  const hwm = new Map<number, { comm: string; bytes: number }>();
  const sample = () => {
    const tree = processTree(readAllStats(), root);
    if (!tree.length) return;
    samples++;
    peakTreeBytes = Math.max(
      peakTreeBytes,
      tree.reduce((a, s) => a + s.rss * pageSize, 0),
    );
    for (const s of tree) {
      const bytes = readVmHwm(s.pid);
      if (bytes !== undefined && bytes > (hwm.get(s.pid)?.bytes ?? 0))
        hwm.set(s.pid, { comm: s.comm, bytes });
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      const largest = [...hwm.values()].sort((a, b) => b.bytes - a.bytes)[0];
      return { peakTreeBytes, samples, everyMs, largestProcess: largest };
    },
  };
}
