import { describe, expect, it } from 'vitest';
import {
  parseProcStat,
  parseVmHwm,
  processTree,
  type ProcStat,
} from '../../scripts/lib/bench/proc.ts';
import { previousQuarter } from '../../src/lib/periods.ts';
import { kindOf, totals } from '../../scripts/lib/bench/page-weight.ts';
import { median, percentile } from '../../scripts/lib/bench/stats.ts';

// A real line from /proc/<pid>/stat, with a command name holding a space and parentheses.
const line =
  '4242 (node (astro) x) S 4200 4242 4200 0 -1 4194560 12345 0 0 0 1500 250 30 7 20 0 11 0 987654 2147483648 131072 18446744073709551615 1 1 0 0 0 0 0 16781312 17922 0 0 0 17 1 0 0 0 0 0';

describe('/proc parsing', () => {
  it('reads pid, name, parent, CPU ticks and resident pages from a stat line', () => {
    expect(parseProcStat(line)).toEqual({
      pid: 4242,
      comm: 'node (astro) x',
      ppid: 4200,
      utime: 1500,
      stime: 250,
      cutime: 30,
      cstime: 7,
      rss: 131072,
    });
  });

  it('names the line when it is not a stat line', () => {
    expect(() => parseProcStat('garbage')).toThrow('not a /proc/<pid>/stat line: “garbage”');
    expect(() => parseProcStat('1 (sh) S 0 1')).toThrow('/proc/<pid>/stat field 14 is missing');
  });

  it('collects a process and all its descendants, not its siblings', () => {
    const p = (pid: number, ppid: number): ProcStat => ({
      pid,
      ppid,
      comm: String(pid),
      utime: 0,
      stime: 0,
      cutime: 0,
      cstime: 0,
      rss: 1,
    });
    const all = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(13, 10), p(20, 1)];
    expect(processTree(all, 10).map((s) => s.pid)).toEqual([10, 11, 13, 12]);
    expect(processTree(all, 99)).toEqual([]);
  });

  it('reads VmHWM in bytes from a status file', () => {
    expect(
      parseVmHwm('Name:\tnode\nVmPeak:\t 2000 kB\nVmHWM:\t  1536 kB\nVmRSS:\t 1000 kB\n'),
    ).toBe(1536 * 1024);
    expect(parseVmHwm('Name:\tkthreadd\n')).toBeUndefined();
  });
});

describe('bench helpers', () => {
  it('steps back one quarter, across a year', () => {
    expect(previousQuarter('2024-Q1')).toBe('2023-Q4');
    expect(previousQuarter('2024-Q3')).toBe('2024-Q2');
    expect(() => previousQuarter('2024-5')).toThrow('“2024-5” is not a quarter written YYYY-Qn');
  });

  it('takes nearest-rank percentiles and medians', () => {
    const xs = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 50)).toBe(5);
    expect(median(xs)).toBe(5.5);
    expect(percentile([], 95)).toBeNaN();
  });

  it('sorts responses into kinds and totals them', () => {
    expect(
      [
        '/zh-cn/',
        '/404.html',
        '/_astro/a.css',
        '/_astro/b.js',
        '/x.json',
        '/pagefind/a.pf_fragment',
      ].map(kindOf),
    ).toEqual(['html', 'html', 'css', 'js', 'json', 'other']);
    const t = totals([
      { path: '/a/', kind: 'html', bytes: 100, gzip: 40, wire: 60 },
      { path: '/a.js', kind: 'js', bytes: 50, gzip: 20, wire: 30 },
      { path: '/b.js', kind: 'js', bytes: 10, gzip: 10, wire: 20 },
    ]);
    expect(t.js).toEqual({ bytes: 60, gzip: 30, wire: 50, files: 2 });
    expect(t.total).toEqual({ bytes: 160, gzip: 70, wire: 110, files: 3 });
  });
});
