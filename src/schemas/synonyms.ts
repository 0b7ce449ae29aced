import { z } from 'astro/zod';

/**
 * `data/synonyms.json`: groups of words agents use for the same thing, in any language.
 * A query with one of them also finds articles written with the others.
 * @example [["退款", "退钱", "返还", "refund"]]
 */
export const synonymsSchema = z.array(
  z.array(z.string().trim().min(1)).min(2, 'a group needs at least two words'),
);

export type Synonyms = z.output<typeof synonymsSchema>;
