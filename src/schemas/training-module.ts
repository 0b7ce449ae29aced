import { z } from 'astro/zod';

/** One answer option of a quiz question. */
export const quizOptionSchema = z.strictObject({
  /** The option as the agent reads it. @example "That's company policy." */
  text: z.string().min(1),
  /** Whether choosing it is right. */
  correct: z.boolean().default(false),
  /** Why it is right or wrong, shown once the question is answered. */
  explain: z.string().min(1),
});

/** A self-check question: single choice, multiple choice, or a scenario (a customer's message and the best reply). */
export const quizQuestionSchema = z.strictObject({
  /** `single` (one right option), `multiple` (tick every right one), `scenario` (pick the best reply). */
  type: z.enum(['single', 'multiple', 'scenario']),
  /** The question. @example "Which reply follows hear → understand → act?" */
  prompt: z.string().min(1),
  /** For a scenario: the customer's message the options reply to. */
  customer: z.string().min(1).optional(),
  /** Two or more options. */
  options: z.array(quizOptionSchema).min(2),
});

/**
 * A training module (`content/training/<locale>/<tier>/<id>.md`): one step of a tier's learning
 * path, with the articles to read and a self-check quiz. The file name is the module's id, the
 * same in every locale (attendance records name it).
 */
export const trainingModuleSchema = z.strictObject({
  /** @example "Empathy wording: hear, understand, act" */
  title: z.string().min(1),
  /** One or two sentences for the path page. */
  summary: z.string().min(1),
  /** The tier (learning path) the module belongs to; must match its folder. */
  tier: z.enum(['basic', 'advanced', 'expert']),
  /** Position in the path, 1 first. @example 1 */
  order: z.number().int().positive(),
  /** Estimated minutes to read and take the quiz. @example 40 */
  minutes: z.number().int().positive().max(600),
  /** The skill it builds, an id of data/training/model.yaml's skills. @example "empathy" */
  competency: z.string().min(1),
  /** Training priority: red (must fix now), yellow (priority), green (routine), blue (optional). */
  priority: z.enum(['red', 'yellow', 'green', 'blue']),
  /** `public` modules appear in public builds too; `internal` ones only inside the team. */
  audience: z.enum(['internal', 'public']),
  /** What the agent can do afterwards. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Knowledge-base articles to read, as category/slug, in this locale. @example ["communication/empathy-wording-standard"] */
  articles: z
    .array(
      z
        .string()
        .regex(
          /^[a-z0-9-]+\/[a-z0-9-]+$/,
          'write an article as category/slug, e.g. communication/empathy-wording-standard',
        ),
    )
    .min(1),
  /** Modules (ids) to finish first. */
  prerequisites: z.array(z.string().min(1)).default([]),
  /** The self-check quiz. */
  quiz: z.array(quizQuestionSchema).min(1),
});

export type TrainingModuleData = z.output<typeof trainingModuleSchema>;
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
