/** The helpers every command-line script shares: argument parsing and never replacing a file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommandLine, usageError } from '../../scripts/lib/command-line.ts';
import { writeNewFile } from '../../scripts/lib/write-new-file.ts';

const usage = 'Usage: demo [--name <n>]';
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { log: (l: string) => out.push(l), error: (l: string) => err.push(l) } };
};

describe('parseCommandLine', () => {
  const options = { name: { type: 'string' }, keep: { type: 'boolean', default: true } } as const;

  it('returns the values and positionals', () => {
    const { io, err } = capture();
    const parsed = parseCommandLine(['x', '--name', 'a'], options, usage, io);
    expect(parsed).toMatchObject({ values: { name: 'a', keep: true }, positionals: ['x'] });
    expect(err).toEqual([]);
  });

  it('prints the usage for --help and -h and says to exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const { io, out } = capture();
      expect(parseCommandLine([flag], options, usage, io)).toBe(0);
      expect(out).toEqual([usage]);
    }
  });

  it('prints the error, then the usage, for an unknown option or a missing value: exit 2', () => {
    const { io, err } = capture();
    expect(parseCommandLine(['--nmae', 'a'], options, usage, io)).toBe(2);
    expect(parseCommandLine(['--name'], options, usage, io)).toBe(2);
    expect(err[0]).toMatch(/^Unknown option '--nmae'.*\n\nUsage: demo/s);
    expect(err[1]).toMatch(/^Option '--name <value>' argument missing\n\nUsage: demo/);
  });

  it('takes --no-<flag> only when asked to', () => {
    const { io } = capture();
    expect(parseCommandLine(['--no-keep'], options, usage, io)).toBe(2);
    expect(
      parseCommandLine(['--no-keep'], options, usage, io, { allowNegative: true }),
    ).toMatchObject({ values: { keep: false } });
  });

  it('usageError prints the message then the usage and gives 2', () => {
    const { io, err } = capture();
    expect(usageError(io, '--name is required', usage)).toBe(2);
    expect(err).toEqual(['--name is required\n\nUsage: demo [--name <n>]']);
  });
});

describe('writeNewFile', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder and the file, and never replaces an existing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-new-'));
    const file = join(dir, 'a/b/c.md');
    expect(writeNewFile(file, 'first')).toBe(true);
    expect(writeNewFile(file, 'second')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('first');
    writeFileSync(join(dir, 'taken.md'), 'theirs');
    expect(writeNewFile(join(dir, 'taken.md'), 'ours')).toBe(false);
    expect(readFileSync(join(dir, 'taken.md'), 'utf8')).toBe('theirs');
  });
});
