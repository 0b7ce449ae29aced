/**
 * The project check in a worker thread (see check-in-background.ts): posts the problems found
 * under `workerData.root`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkProject } from './check.ts';

const { root } = workerData as { root: string };
parentPort!.postMessage(checkProject(root));
