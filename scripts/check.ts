/**
 * `npm run check`: validate every article, category, KPI catalog, snapshot, report narrative and
 * the plan without building, and list every problem at once. Exits 1 when there are errors;
 * warnings alone do not fail.
 */
import { resolve } from 'node:path';
import { checkProject } from '../src/lib/content/load.ts';
import { formatProblems, hasErrors, summarize } from '../src/lib/content/problem.ts';

const root = resolve(import.meta.dirname, '..');
const problems = checkProject(root);
if (problems.length) console.log(formatProblems(problems));
console.log(problems.length ? summarize(problems) : 'All content and data are valid.');
process.exit(hasErrors(problems) ? 1 : 0);
