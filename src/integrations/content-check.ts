import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, hasErrors, summarize, type Problem } from '../lib/diagnostics/problem.ts';
import { checkProject } from '../lib/project/check.ts';
import { checkLang, checkTexts } from '../lib/project/check-cli.ts';
import {
  awaitVerdict,
  checkInWorker,
  registerVerdict,
} from '../lib/project/check-in-background.ts';

/** Prints what the check found; in a build, an error ends the process before a page is built. */
function report(problems: Problem[], command: string, logger: AstroIntegrationLogger): void {
  if (problems.length === 0) return;
  // Same language choice as `npm run check` (HANDBOOK_LANG, else LANG/LC_ALL).
  const lang = checkLang(undefined, process.env);
  const text = `${formatProblems(problems, lang)}\n${summarize(problems, lang)}`;
  if (!hasErrors(problems)) {
    logger.warn(`\n${text}`);
    return;
  }
  if (command === 'dev') {
    logger.error(`\n${text}\n${checkTexts[lang].skippedInDev}`);
    return;
  }
  logger.error(`\n${text}\n${checkTexts[lang].nothingBuilt}`);
  // Exit rather than throw: a stack trace would bury the report.
  process.exit(1);
}

/**
 * Runs the same checks as `npm run check`, so a bad article stops the build before a single page
 * is rendered and the editor sees every problem at once. In a build the check runs in a worker
 * thread while Astro loads the content (src/lib/project/check-in-background.ts), and its verdict
 * is awaited before Astro builds anything; in `astro dev` it runs at start-up and only reports.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'service-handbook:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        if (command !== 'build') {
          report(checkProject(root), command, logger);
          return;
        }
        const problems = checkInWorker(root);
        // Handled when the verdict is awaited.
        problems.catch(() => undefined);
        registerVerdict(async () => report(await problems, command, logger));
      },
      'astro:build:start': async () => {
        await awaitVerdict();
      },
    },
  };
}
