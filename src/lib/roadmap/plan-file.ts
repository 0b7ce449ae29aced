import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../diagnostics/problem.ts';
import { render, type Noun, type Subject } from '../diagnostics/messages/index.ts';
import { tidyYamlProblems, yamlProblem } from '../diagnostics/yaml-problems.ts';
import { yamlPositions, type YamlPosition } from '../diagnostics/yaml-position.ts';
import { zodProblems } from '../diagnostics/zod-problems.ts';
import { planSchema, type Plan } from '../../schemas/plan.ts';

export type Position = YamlPosition;

/** A parsed plan with a way back from any field to its line, for the cross-checks. */
export interface PlanFile {
  value: Plan | undefined;
  problems: Problem[];
  position: Position;
}

const nouns: Record<string, Noun> = {
  owners: 'owner',
  tracks: 'track',
  goals: 'goal',
  phases: 'phase',
  milestones: 'milestone',
  tasks: 'task',
};

/** Name the item a schema problem sits in (`task “kb-core-load”: …`), in every language. */
function nameItems(problems: Problem[], data: unknown): Problem[] {
  return problems.map((problem) => {
    const [section, index] = problem.field.split('.');
    const noun = nouns[section ?? ''];
    if (!noun || index === undefined) return problem;
    const items =
      data && typeof data === 'object'
        ? (data as Record<string, unknown>)[section ?? '']
        : undefined;
    const item = Array.isArray(items)
      ? (items[Number(index)] as { id?: unknown } | undefined)
      : undefined;
    const subject: Subject =
      typeof item?.id === 'string' ? { noun, id: item.id } : { noun, index: Number(index) };
    const [message, fix] = render('en', problem.code, problem.params as never, subject);
    return { ...problem, subject, message, fix };
  });
}

/**
 * Parse `data/plan.yaml` (or JSON, which YAML reads too) keeping positions, then check its shape.
 * Never throws: syntax and schema errors come back as problems with line and column.
 */
export function parsePlan(source: string, file: string): PlanFile {
  const text = source.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const position = yamlPositions(doc, lineCounter);
  if (doc.errors.length) {
    return {
      value: undefined,
      position,
      problems: tidyYamlProblems(
        doc.errors.map((e) => yamlProblem(file, 'plan', e, at(e.pos[0]), text.split(/\r?\n/))),
      ),
    };
  }
  const data: unknown = doc.toJS();
  const parsed = planSchema.safeParse(data);
  if (parsed.success) return { value: parsed.data, problems: [], position };
  return {
    value: undefined,
    position,
    problems: nameItems(
      zodProblems(parsed.error, data, file, position, { schema: planSchema }),
      data,
    ),
  };
}
