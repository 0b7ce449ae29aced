/**
 * The project check run beside Astro's own start-up. A build reads and checks every source file
 * (`npm run check`) before it renders a page; on a large site that is seconds of work on one core
 * while the other waits. So the build starts the check in a worker thread as it starts, lets Astro
 * load the content meanwhile, and waits for the check's verdict before the first page is built.
 * Anything that fails earlier (a content loader meeting bad front matter) waits for the verdict
 * too, so the editor sees the check's report, not Astro's.
 */
import { Worker } from 'node:worker_threads';
import type { Problem } from '../diagnostics/problem.ts';
import { checkProject } from './check.ts';

/** The problems under `root`, found in a worker thread (or here, if no worker can start). */
export function checkInWorker(root: string): Promise<Problem[]> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root } });
  } catch {
    return Promise.resolve().then(() => checkProject(root));
  }
  return new Promise<Problem[]>((resolve, reject) => {
    worker.once('message', (problems: Problem[]) => resolve(problems));
    // A worker that cannot run (a Node without TypeScript stripping in workers) or that failed:
    // the check runs here instead, and throws here if it throws.
    worker.once('error', () => {
      try {
        resolve(checkProject(root));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.once('exit', (code) =>
      reject(
        new Error(`the content check's worker stopped (exit code ${code}) before it reported`),
      ),
    );
  });
}

// On globalThis: the content loaders run in a module instance of their own (Vite's module runner).
const key = Symbol.for('service-handbook.content-check');
type Verdict = () => Promise<void>;

/**
 * Registers the running check's verdict: a function that resolves when the check is done and
 * found no error, and otherwise reports and ends the process.
 */
export function registerVerdict(verdict: Verdict): void {
  let once: Promise<void> | undefined;
  (globalThis as Record<symbol, unknown>)[key] = () => (once ??= verdict());
}

/** Waits for the running check's verdict (ends the process if it failed); nothing if none runs. */
export async function awaitVerdict(): Promise<void> {
  const verdict = (globalThis as Record<symbol, unknown>)[key] as Verdict | undefined;
  await verdict?.();
}
