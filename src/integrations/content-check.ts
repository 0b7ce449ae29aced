import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/project/check.ts';
import { formatProblems, hasErrors, summarize } from '../lib/diagnostics/problem.ts';
import { checkLang, checkTexts } from '../lib/project/check-cli.ts';

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
        // Same language choice as `npm run check` (HANDBOOK_LANG, else LANG/LC_ALL).
        const lang = checkLang(undefined, process.env);
        const report = `${formatProblems(problems, lang)}\n${summarize(problems, lang)}`;
        if (!hasErrors(problems)) {
          logger.warn(`\n${report}`);
          return;
        }
        if (command === 'dev') {
          logger.error(`\n${report}\n${checkTexts[lang].skippedInDev}`);
          return;
        }
        logger.error(`\n${report}\n${checkTexts[lang].nothingBuilt}`);
        // Exit rather than throw: a stack trace would bury the report.
        process.exit(1);
      },
    },
  };
}
