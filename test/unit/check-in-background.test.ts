/**
 * A build runs the project check in a worker thread beside Astro's start-up
 * (src/lib/project/check-in-background.ts): it must find exactly what the check finds in-process,
 * and a failure must wait for the verdict.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  awaitVerdict,
  checkInWorker,
  registerVerdict,
} from '../../src/lib/project/check-in-background.ts';
import { checkProject } from '../../src/lib/project/check.ts';
import { buildProject } from './helpers/broken-corpus.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('checkInWorker', () => {
  it('reports what the check reports, in the same order', async () => {
    const root = buildProject(['date-slashes', 'link-missing-file', 'json-trailing-comma']);
    roots.push(root);
    const inProcess = checkProject(root);
    expect(inProcess.length).toBeGreaterThanOrEqual(2);
    expect(await checkInWorker(root)).toEqual(inProcess);
  }, 30_000);

  it('reports nothing for a clean project', async () => {
    const root = buildProject([]);
    roots.push(root);
    expect(await checkInWorker(root)).toEqual([]);
  }, 30_000);
});

describe('the verdict', () => {
  it('is computed once, however many wait for it', async () => {
    let runs = 0;
    registerVerdict(async () => {
      runs++;
      await Promise.resolve();
    });
    await Promise.all([awaitVerdict(), awaitVerdict(), awaitVerdict()]);
    expect(runs).toBe(1);
  });
});
