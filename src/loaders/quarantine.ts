/**
 * The editor's dev loop. While `astro dev` runs, an entry whose front matter fails its schema is
 * held back instead of stopping the server: the terminal shows the check's own messages for that
 * file (file:line:column, field, fix, in the check's language, no stack trace), the page shows
 * them too, and saving a fix brings the entry back. In a build the content check stops the build
 * (it runs beside the loaders; an entry that fails waits for its report).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { formatProblems, problem, type Problem } from '../lib/diagnostics/problem.ts';
import { checkLang } from '../lib/project/check-cli.ts';
import { checkProject } from '../lib/project/check.ts';
import { awaitVerdict } from '../lib/project/check-in-background.ts';

/** A source file held back from the content store, with what is wrong with it. */
export interface HeldEntry {
  collection: string;
  id: string;
  /** Project-relative path, forward slashes. */
  file: string;
  problems: Problem[];
}

// On globalThis: the loaders run in Astro's process and the pages in Vite's module runner, which
// load this module separately; both must see the same entries.
const key = Symbol.for('service-handbook.held-entries');
const registry = ((globalThis as Record<symbol, unknown>)[key] ??= new Map()) as Map<
  string,
  HeldEntry
>;

/** Entries held back right now (empty outside `astro dev`). */
export const heldEntries = (collection?: string): HeldEntry[] =>
  [...registry.values()].filter((e) => collection === undefined || e.collection === collection);

/**
 * What the project check says about `file`; when it says nothing (a rule only Astro's schema
 * knows), one problem carrying the schema's message, without its stack.
 */
export function problemsFor(root: string, file: string, error: unknown): Problem[] {
  const found = checkProject(root).filter((p) => p.file === file);
  if (found.length) return found;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return [problem('error', file, { line: 1, column: 1 }, '', 'dev.invalid-entry', { message })];
}

/**
 * `loader` for a build, where the content check still runs beside the loaders: whatever fails in
 * it (front matter Astro cannot parse, an entry its schema rejects, a broken data file) first
 * waits for the check's verdict, which reports the problem the check's way and ends the build.
 */
export function afterVerdictOnFailure(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        await awaitVerdict();
        throw error;
      }
    },
  };
}

/**
 * `loader` with its entries guarded in dev (the context has a file watcher only there): a failed
 * `parseData` holds the entry back and reports it; a later successful one releases it.
 */
export function quarantining(loader: Loader, collection: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      // In a build the content check is still running beside the loaders: an entry that fails
      // waits for its verdict, which reports the problem the check's way and ends the build.
      if (!context.watcher) return afterVerdictOnFailure(loader).load(context);
      const root = context.config.root.pathname;
      const lang = checkLang(undefined, process.env);
      let started = false;
      const guarded: LoaderContext = {
        ...context,
        parseData: async (props) => {
          const id = `${collection}:${props.id}`;
          try {
            const data = await context.parseData(props);
            if (registry.delete(id) && started) {
              context.logger.info(`✓ ${relative(root, props.filePath ?? props.id)}`);
            }
            return data;
          } catch (error) {
            const file = relative(root, props.filePath ?? props.id)
              .split('\\')
              .join('/');
            const problems = problemsFor(root, file, error);
            registry.set(id, { collection, id: props.id, file, problems });
            // At start-up the content check has printed the whole report already.
            if (started) context.logger.error(`\n${formatProblems(problems, lang)}`);
            return props.data;
          }
        },
        store: new Proxy(context.store, {
          get(target, property, receiver) {
            if (property === 'set') {
              return (entry: { id: string }) => {
                if (!registry.has(`${collection}:${entry.id}`)) return target.set(entry as never);
                // Held back: whatever the store had for it is stale now.
                target.delete(entry.id);
                return false;
              };
            }
            const value: unknown = Reflect.get(target, property, receiver);
            return typeof value === 'function'
              ? (value as (...args: unknown[]) => unknown).bind(target)
              : value;
          },
        }),
      };
      await loader.load(guarded);
      started = true;
    },
  };
}
