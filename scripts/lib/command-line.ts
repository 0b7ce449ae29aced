/**
 * The conventions every command-line script shares: `--help` (or `-h`) prints the usage and exits
 * 0; a wrong option or value prints one line saying what is wrong, then the usage, and exits 2 —
 * never a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface CliOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** The console, for scripts that write straight to it. */
export const consoleOutput: CliOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

const help = { help: { type: 'boolean', short: 'h' } } as const;

type Parsed<T extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T & typeof help; allowPositionals: true }>
>;

/**
 * `parseArgs` with `--help` added. Returns the parsed arguments, or the exit code when the script
 * should stop: 0 after printing the usage for `--help`, 2 after an unknown option or a missing
 * value (the error, then the usage).
 */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  options: T,
  usage: string,
  out: CliOutput,
  { allowNegative = false }: { allowNegative?: boolean } = {},
): Parsed<T> | number {
  let parsed: Parsed<T>;
  try {
    // parseArgs cannot infer the merged option set's result type; Parsed<T> names it.
    const result: unknown = parseArgs({
      args: [...argv],
      options: { ...options, ...help },
      allowPositionals: true,
      allowNegative,
    });
    parsed = result as Parsed<T>;
  } catch (error) {
    return usageError(out, (error as Error).message, usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    out.log(usage);
    return 0;
  }
  return parsed;
}

/** Prints what is wrong with the command line, then the usage; returns exit code 2. */
export function usageError(out: CliOutput, message: string, usage: string): 2 {
  out.error(`${message}\n\n${usage}`);
  return 2;
}
