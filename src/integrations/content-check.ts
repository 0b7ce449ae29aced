import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/content/load.ts';
import { formatProblems, hasErrors, summarize } from '../lib/content/problem.ts';

/**
 * Runs the same checks as `npm run check` before Astro does anything else, so a bad article stops
 * the build before a single file is written and the editor sees every problem at once.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'service-handbook:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkProject(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = `${formatProblems(problems)}\n${summarize(problems)}`;
        if (!hasErrors(problems)) {
          logger.warn(`\n${report}`);
          return;
        }
        if (command === 'dev') {
          logger.error(`\n${report}\nThe pages above are skipped until fixed.`);
          return;
        }
        logger.error(`\n${report}\nNothing was built. Fix the errors above and build again.`);
        // Exit rather than throw: a stack trace would bury the report.
        process.exit(1);
      },
    },
  };
}
