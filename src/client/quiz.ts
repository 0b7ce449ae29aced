/**
 * The self-check quizzes of training modules and the progress shown on path pages. Grading and
 * storage rules live in src/lib/training/quiz.ts; this file reads the form and writes the result.
 */
import {
  fill,
  gradeQuiz,
  readProgress,
  resetModules,
  saveModule,
  type Band,
  type QuestionKey,
} from '../lib/training/quiz.ts';

interface Messages {
  result: string;
  unanswered: string;
  right: string;
  wrong: string;
  reset: string;
  restored: string;
}

const store = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

function questionsOf(root: HTMLElement) {
  return [...root.querySelectorAll<HTMLElement>('[data-question]')].map((el) => ({
    el,
    key: {
      type: el.dataset['type'] as QuestionKey['type'],
      correct: (el.dataset['correct'] ?? '').split(',').filter(Boolean).map(Number),
    },
    inputs: [...el.querySelectorAll<HTMLInputElement>('input')],
  }));
}

function show(root: HTMLElement, answers: number[][], announce: string | undefined) {
  const bands = JSON.parse(root.dataset['bands'] ?? '[]') as Band[];
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const questions = questionsOf(root);
  const result = gradeQuiz(
    questions.map((q) => q.key),
    answers,
    bands,
  );
  questions.forEach((q, i) => {
    const right = result.marks[i] ?? false;
    q.el.classList.toggle('is-right', right);
    q.el.classList.toggle('is-wrong', !right);
    const verdict = q.el.querySelector<HTMLElement>('[data-verdict]');
    if (verdict) {
      verdict.hidden = false;
      verdict.textContent = right ? messages.right : messages.wrong;
    }
    q.el.querySelectorAll<HTMLElement>('[data-option]').forEach((option, j) => {
      const chosen = answers[i]?.includes(j) ?? false;
      const correct = q.key.correct.includes(j);
      option.classList.toggle('is-correct', correct);
      option.classList.toggle('is-chosen', chosen);
      const explain = option.querySelector<HTMLElement>('[data-explain]');
      if (explain) explain.hidden = !(chosen || correct);
    });
  });
  const out = root.querySelector<HTMLElement>('[data-quiz-result]');
  if (out) {
    const text = fill(messages.result, {
      right: result.right,
      total: result.total,
      score: result.score,
      grade: result.band?.label ?? '',
    });
    const missing = result.unanswered
      ? ` ${fill(messages.unanswered, { count: result.unanswered })}`
      : '';
    out.textContent = (announce ? `${announce} ` : '') + text + missing;
    out.dataset['grade'] = result.band?.id ?? '';
  }
  return result;
}

function clear(root: HTMLElement) {
  for (const q of questionsOf(root)) {
    q.el.classList.remove('is-right', 'is-wrong');
    for (const input of q.inputs) input.checked = false;
    const verdict = q.el.querySelector<HTMLElement>('[data-verdict]');
    if (verdict) verdict.hidden = true;
    q.el.querySelectorAll<HTMLElement>('[data-option]').forEach((o) => {
      o.classList.remove('is-correct', 'is-chosen');
      const explain = o.querySelector<HTMLElement>('[data-explain]');
      if (explain) explain.hidden = true;
    });
  }
}

function mountQuiz(root: HTMLElement) {
  const module = root.dataset['quiz'] ?? '';
  const form = root.querySelector<HTMLFormElement>('[data-quiz-form]');
  const actions = root.querySelector<HTMLElement>('[data-quiz-actions]');
  const out = root.querySelector<HTMLElement>('[data-quiz-result]');
  if (!form || !actions || !out) return;
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  // With JavaScript the answers come from grading, not from the disclosures.
  root.querySelectorAll<HTMLElement>('[data-static-answer]').forEach((d) => (d.hidden = true));
  actions.hidden = false;
  const storage = store();
  const saved = storage ? readProgress(storage)[module] : undefined;
  if (saved) {
    questionsOf(root).forEach((q, i) =>
      q.inputs.forEach((input, j) => (input.checked = saved.answers[i]?.includes(j) ?? false)),
    );
    show(root, saved.answers, messages.restored);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = questionsOf(root).map((q) =>
      q.inputs.flatMap((input, j) => (input.checked ? [j] : [])),
    );
    const result = show(root, answers, undefined);
    if (storage)
      saveModule(storage, module, {
        answers,
        score: result.score,
        grade: result.band?.id ?? '',
        at: new Date().toISOString(),
      });
    out.focus();
  });
  root.querySelector('[data-quiz-reset]')?.addEventListener('click', () => {
    if (storage) resetModules(storage, [module]);
    clear(root);
    out.textContent = messages.reset;
    delete out.dataset['grade'];
    questionsOf(root)[0]?.inputs[0]?.focus();
  });
}

/** Path pages: each module's stored result, and a reset for the whole path. */
function mountPath(root: HTMLElement) {
  const storage = store();
  if (!storage) return;
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Record<string, string>;
  const status = root.querySelector<HTMLElement>('[data-path-status]');
  const render = () => {
    const progress = readProgress(storage);
    let done = 0;
    root.querySelectorAll<HTMLElement>('[data-progress-for]').forEach((el) => {
      const saved = progress[el.dataset['progressFor'] ?? ''];
      if (saved) done++;
      el.textContent = saved
        ? fill(labels['done'] ?? '', {
            score: saved.score,
            grade: labels[`grade.${saved.grade}`] ?? '',
          })
        : (labels['todo'] ?? '');
      el.dataset['grade'] = saved?.grade ?? '';
    });
    return done;
  };
  const done = render();
  const modules = [...root.querySelectorAll<HTMLElement>('[data-progress-for]')].map(
    (el) => el.dataset['progressFor'] ?? '',
  );
  const reset = root.querySelector<HTMLButtonElement>('[data-path-reset]');
  if (reset) {
    reset.hidden = false;
    reset.disabled = done === 0;
    reset.addEventListener('click', () => {
      resetModules(storage, modules);
      render();
      reset.disabled = true;
      if (status) status.textContent = labels['reset'] ?? '';
    });
  }
}

export function mountQuizzes(doc: Document): void {
  doc.querySelectorAll<HTMLElement>('[data-quiz]').forEach(mountQuiz);
  doc.querySelectorAll<HTMLElement>('[data-training-path]').forEach(mountPath);
}
