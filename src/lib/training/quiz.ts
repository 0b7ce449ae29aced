/**
 * Grading a self-check quiz and keeping an agent's progress in the browser. Pure: the browser code
 * (src/client/quiz.ts) passes the answers and a Storage; tests pass plain objects.
 */

/** A grade band as the page hands it to the browser. */
export interface Band {
  id: string;
  min: number;
  label: string;
}

/** The right options of one question, and whether several may be ticked. */
export interface QuestionKey {
  type: 'single' | 'multiple' | 'scenario';
  correct: readonly number[];
}

export interface QuizResult {
  right: number;
  total: number;
  unanswered: number;
  /** Whole percent of questions answered right. */
  score: number;
  band: Band | undefined;
  /** Per question: answered right or not. */
  marks: boolean[];
}

/** A question is right when the ticked options are exactly its right options. */
export const isRight = (key: QuestionKey, chosen: readonly number[]): boolean =>
  chosen.length === key.correct.length && key.correct.every((c) => chosen.includes(c));

/** Grade answers (the ticked option indexes per question) against the keys and bands (highest first). */
export function gradeQuiz(
  keys: readonly QuestionKey[],
  answers: readonly (readonly number[])[],
  bands: readonly Band[],
): QuizResult {
  const marks = keys.map((key, i) => isRight(key, answers[i] ?? []));
  const right = marks.filter(Boolean).length;
  const score = keys.length ? Math.round((100 * right) / keys.length) : 0;
  return {
    right,
    total: keys.length,
    unanswered: keys.filter((_, i) => !(answers[i]?.length ?? 0)).length,
    score,
    band: bands.find((b) => score >= b.min),
    marks,
  };
}

/** What the browser keeps per module. */
export interface ModuleProgress {
  answers: number[][];
  score: number;
  grade: string;
  /** ISO date-time of the last check. */
  at: string;
}

export type Progress = Record<string, ModuleProgress>;

export const PROGRESS_KEY = 'handbook.training.progress.v1';

/** Minimal Storage, so tests need no browser. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const isProgress = (value: unknown): value is Progress =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored progress; anything unreadable (another version, a hand edit) counts as none. */
export function readProgress(store: KeyValueStore): Progress {
  try {
    const parsed: unknown = JSON.parse(store.getItem(PROGRESS_KEY) ?? '{}');
    return isProgress(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function saveModule(store: KeyValueStore, module: string, progress: ModuleProgress): void {
  store.setItem(PROGRESS_KEY, JSON.stringify({ ...readProgress(store), [module]: progress }));
}

/** Forget the given modules (one module's reset, or a whole path's). */
export function resetModules(store: KeyValueStore, modules: readonly string[]): void {
  const progress = readProgress(store);
  for (const m of modules) delete progress[m];
  if (Object.keys(progress).length) store.setItem(PROGRESS_KEY, JSON.stringify(progress));
  else store.removeItem(PROGRESS_KEY);
}

/** Fill `{name}` placeholders of a UI string. */
export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
