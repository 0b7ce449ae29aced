import { z } from 'astro/zod';

const share = z.number().min(0).max(100);

/**
 * `data/problem-frequency.json`: how a share of tickets becomes the diagnosis's 1–5 frequency, for
 * problems that name a `tag` instead of typing `frequency`.
 * @example { "bands": [0.5, 1.5, 3, 6] }
 */
export const problemFrequencySchema = z.strictObject({
  /**
   * The lowest share of a quarter's tickets (in %) that rates 2, 3, 4 and 5, in ascending order;
   * below the first is 1. @example [0.5, 1.5, 3, 6]
   */
  bands: z
    .tuple([share, share, share, share])
    .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]!), {
      message: 'each value must be larger than the one before it',
    }),
});
export type ProblemFrequency = z.output<typeof problemFrequencySchema>;
