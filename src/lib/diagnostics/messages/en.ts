import { ticketsEn } from './tickets-en.ts';
import {
  LIST,
  NULL,
  OBJECT,
  schemaHints,
  type Expected,
  type FileKind,
  type Found,
  type Noun,
  type PlanSection,
  type SchemaHint,
  type Text,
  type UnitName,
} from './shared.ts';

/** Show a value the way the editor typed it. */
export function show(value: Found): string {
  if (value === NULL) return 'an empty value';
  if (value === LIST) return 'a list';
  if (value === OBJECT) return 'a nested object';
  return value;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list, e.g. [a, b]',
  object: 'a set of fields',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
};
const typeName = (expected: Expected) => typeNames[expected] ?? expected;

export const nouns: Record<Noun, string> = {
  owner: 'owner',
  track: 'track',
  goal: 'goal',
  phase: 'phase',
  milestone: 'milestone',
  task: 'task',
  kpi: 'KPI',
};

const unitAllowed: Record<UnitName, string> = {
  percent: 'a percentage from 0 to 100 (write 86.5, not 0.865)',
  nps: 'an NPS from −100 to 100',
  seconds: 'a duration of 0 or more seconds',
  minutes: 'a duration of 0 or more minutes',
  hours: 'a duration of 0 or more hours',
  'working-days': 'a duration of 0 or more working-days',
  count: 'a whole number of 0 or more',
  score: 'a score of 0 or more',
  currency: 'an amount',
};
const unitNouns: Record<UnitName, string> = {
  percent: 'a percentage',
  nps: 'an NPS score',
  seconds: 'a duration in seconds',
  minutes: 'a duration in minutes',
  hours: 'a duration in hours',
  'working-days': 'a duration in working days',
  count: 'a count',
  score: 'a score',
  currency: 'an amount of money',
};
type RangeWrong =
  { kind: 'below' | 'above'; value: number; bound: number } | { kind: 'fraction'; value: number };
const rangeText = (w: RangeWrong) =>
  w.kind === 'fraction' ? `${w.value} is not a whole number` : `${w.value} is ${w.kind} ${w.bound}`;

const sections: Record<PlanSection, string> = {
  kpis: 'KPI ids in data/kpis.json',
  owners: 'owners declared under `owners`',
  phases: 'phases declared under `phases`',
  tracks: 'tracks declared under `tracks`',
  goals: 'goals declared under `goals`',
  tasks: 'task ids',
};

const hints: Record<SchemaHint, string> = { ...schemaHints };

const emptyFix: Record<FileKind, string> = {
  article:
    'start it with front matter: a `---` line, the fields (title, summary, tier, …), and another `---` line',
  report: 'start it with front matter: a `---` line, then title, summary and author, then `---`',
  json: 'write its JSON content, or delete the file if it is not needed',
  plan: 'write the plan (owners, goals, phases, milestones, tasks), or delete the file',
};

const quoteList = (ids: readonly string[]) => {
  const shown = ids.length > 30 ? [...ids.slice(0, 30), '…'] : ids;
  return shown.map((id) => (id === '…' ? id : `“${id}”`)).join(', ');
};
const dym = (s: string | undefined, open = '`', close = '`') =>
  s ? `did you mean ${open}${s}${close}? ` : '';

/** English texts. The keys are the stable problem codes shown in `--json` output. */
export const en = {
  // Reading files
  'read.missing': (p: { file: string }) => ['the file is missing', `create ${p.file}`],
  'read.unreadable': (p: { reason: string }) => [
    `the file cannot be read (${p.reason})`,
    'check that it is a file you can read, not a folder',
  ],
  'read.not-utf8': (p: { line: number; byte: string }) => [
    `contains bytes that are not UTF-8 (the first, 0x${p.byte}, is on line ${p.line}); the file is probably saved as GBK/GB2312 or another legacy encoding`,
    'save the file as UTF-8 (in VS Code: “Reopen with Encoding” → GBK, then “Save with Encoding” → UTF-8)',
  ],
  'read.large': (p: { size: string }) => [
    `the file is large (${p.size}); pages this big load slowly`,
    'split it into several articles, or move data out of the text',
  ],
  'read.too-large': (p: { size: string; limit: string }) => [
    `the file is too large to check (${p.size}, the limit is ${p.limit})`,
    'split it into smaller files; nothing in it was read',
  ],
  'read.empty': (p: { kind: FileKind }) => ['the file is empty', emptyFix[p.kind]],
  'read.binary': () => [
    'looks like a binary file, not text',
    'remove it from the content folder, or save it as text (UTF-8)',
  ],
  // Front matter and YAML
  'fm.missing': (p: { kind: FileKind }) => [
    'has no front matter',
    p.kind === 'report'
      ? 'start the file with `---`, then title, summary and author, then `---`'
      : 'start the file with `---`, the fields (title, summary, tier, …), and `---`',
  ],
  'fm.unterminated': () => [
    'the front matter that starts on line 1 is never closed',
    'add a line with only `---` after the last field',
  ],
  'fm.not-map': () => [
    'the front matter is not a list of fields',
    'write one `field: value` per line between the two `---` lines',
  ],
  'yaml.tab': (p: { kind: FileKind }) => [
    `${p.kind === 'plan' ? '' : 'the front matter '}uses a tab for indentation`,
    'indent with spaces: YAML does not allow tabs at the start of a line',
  ],
  'yaml.duplicate-key': (p: { key: string }) => [
    `the field “${p.key}” is written twice`,
    'keep one of the two lines; YAML does not say which would win',
  ],
  'yaml.unclosed-quote': () => [
    'a quote is opened but never closed',
    'close the quote at the end of the value, or remove it',
  ],
  'yaml.colon-in-value': () => [
    'a value contains “: ”, which YAML reads as a new field',
    'put the whole value in quotes, e.g. `title: "退款: 时效"`',
  ],
  'yaml.syntax': (p: { kind: FileKind; detail: string }) =>
    p.kind === 'plan'
      ? [
          `is not valid YAML: ${p.detail}`,
          'check the indentation, a missing colon or an unclosed quote or bracket near this place',
        ]
      : [
          `the front matter is not valid YAML: ${p.detail}`,
          'check indentation (spaces, not tabs), colons and quotes on this line',
        ],
  // JSON
  'json.syntax': (p: { detail: string }) => [
    `is not valid JSON: ${p.detail}`,
    'check for a missing comma, quote or bracket near this place',
  ],
  'json.missing-comma': () => [
    'a comma is missing after this value',
    'add a comma here: items in a JSON list or object are separated by commas',
  ],
  'json.trailing-comma': (p: { before: string }) => [
    `a comma before “${p.before}” ends the list with nothing after it`,
    'remove this comma: JSON allows no comma after the last item',
  ],
  'json.comment': () => [
    'JSON files cannot contain comments',
    'remove the comment (a note can go in a "note" field instead)',
  ],
  'json.duplicate-key': (p: { key: string }) => [
    `the key “${p.key}” appears twice in the same object; only the last one would count`,
    'keep one of the two and remove the other',
  ],
  'json.not-quoted': () => [
    'JSON needs double quotes around keys and text',
    'write "key": "value" with straight double quotes',
  ],
  // Schemas (zod)
  'schema.missing': (p: { field: string; example?: string }) => [
    'is missing',
    p.example ? `add it, e.g. \`${p.example}\`` : `add \`${p.field}:\``,
  ],
  'schema.missing-json': (p: { name: string; parent: string }) => [
    'is missing',
    `add "${p.name}": <value> ${p.parent ? `inside "${p.parent}"` : 'at the top level'}`,
  ],
  'schema.enum-missing': (p: { field: string; allowed: string[] }) => [
    'is missing',
    `add \`${p.field}:\` with one of: ${p.allowed.join(', ')}`,
  ],
  'schema.enum': (p: { found: Found; allowed: string[] }) => [
    `${show(p.found)} is not allowed`,
    `use one of: ${p.allowed.join(', ')}`,
  ],
  'schema.type': (p: { expected: Expected; found: Found; example?: string }) => [
    `expected ${typeName(p.expected)}, found ${show(p.found)}`,
    p.example ? `write it like \`${p.example}\`` : `write ${typeName(p.expected)}`,
  ],
  'schema.quote-text': (p: { found: Found }) => [
    `expected text, found ${show(p.found)}`,
    `put it in quotes so it stays text: "${p.found}"`,
  ],
  'schema.number-as-text': (p: { found: Found; field: string; number: string }) => [
    `expected a number, found the text ${show(p.found)}`,
    `remove the quotes: \`${p.field}: ${p.number}\``,
  ],
  'schema.unknown-keys': (p: { keys: string[]; suggestion?: string }) => [
    `unknown field ${p.keys.join(', ')}`,
    p.suggestion ? `did you mean “${p.suggestion}”?` : 'remove it or check its spelling',
  ],
  'schema.date': (p: {
    found: Found;
    hint: SchemaHint;
    field: string;
    suggestion?: string;
    example?: string;
  }) => [
    `${show(p.found)}: ${hints[p.hint]}`,
    p.suggestion
      ? `write it as \`${p.field}: ${p.suggestion}\` (YYYY-MM-DD); it is not converted for you`
      : p.example
        ? `write it like \`${p.example}\``
        : 'write a real calendar day as YYYY-MM-DD, e.g. 2026-06-30',
  ],
  'schema.format': (p: { found: Found; hint: SchemaHint; example?: string }) => [
    `${show(p.found)}: ${hints[p.hint]}`,
    p.hint === 'planPeriod'
      ? 'write a quarter like 2025-Q4 or a year like 2025 (in quotes if it is only a year)'
      : p.example
        ? `write it like \`${p.example}\``
        : hints[p.hint],
  ],
  'schema.empty-text': (p: { example?: string }) => [
    'is empty',
    p.example ? `write it like \`${p.example}\`` : 'write some text, or remove the field',
  ],
  'schema.too-few': (p: { minimum: number }) => [
    `needs at least ${p.minimum} ${p.minimum === 1 ? 'item' : 'items'}`,
    `add ${p.minimum === 1 ? 'an item' : 'items'}`,
  ],
  'schema.too-many': (p: { maximum: number }) => [
    `has more than ${p.maximum} items`,
    `keep at most ${p.maximum}`,
  ],
  'schema.too-small': (p: { found: Found; minimum: number; inclusive: boolean }) => [
    `${show(p.found)} is too small`,
    `write a number ${p.inclusive ? 'of at least' : 'greater than'} ${p.minimum}`,
  ],
  'schema.too-big': (p: { found: Found; maximum: number; inclusive: boolean }) => [
    `${show(p.found)} is too large`,
    `write a number ${p.inclusive ? 'of at most' : 'less than'} ${p.maximum}`,
  ],
  'schema.not-integer': (p: { found: Found }) => [
    `${show(p.found)} is not a whole number`,
    'write a whole number, e.g. 90',
  ],
  'schema.other': (p: { found: Found; detail: string; example?: string }) => [
    `${show(p.found)}: ${p.detail}`,
    p.example ? `write it like \`${p.example}\`` : p.detail,
  ],
  // Knowledge-base articles
  'kb.location': () => [
    'is not where an article can be',
    'move it to content/kb/<locale>/<category>/<slug>.md',
  ],
  'kb.locale': (p: { locale: string; locales: string[] }) => [
    `locale folder “${p.locale}” is unknown`,
    `use one of: ${p.locales.join(', ')}`,
  ],
  'kb.slug': (p: { slug: string }) => [
    `file name “${p.slug}” cannot be a URL`,
    'rename it with lowercase letters, digits and hyphens, e.g. refund-timelines.md',
  ],
  'kb.slug-reserved': (p: { slug: string }) => [
    `file name “${p.slug}” is reserved for the category page`,
    'give the article its own name, e.g. after its title: refund-timelines.md',
  ],
  'kb.unknown-field': (p: { suggestion?: string; known: string[] }) => [
    'is not a known field and is ignored',
    p.suggestion ? `did you mean \`${p.suggestion}\`?` : `known fields: ${p.known.join(', ')}`,
  ],
  'kb.category-undeclared': (p: { found: Found; suggestion?: string; declared: string[] }) => [
    `${show(p.found)} is not a declared category`,
    p.suggestion
      ? `did you mean \`${p.suggestion}\`? Declared: ${p.declared.join(', ')}`
      : `use one of: ${p.declared.join(', ')}, or declare it in data/categories.json`,
  ],
  'kb.category-folder': (p: { found: Found; folder: string; locale: string; category: string }) => [
    `is ${show(p.found)} but the file is in the folder “${p.folder}”`,
    `move the file to content/kb/${p.locale}/${p.category}/ or set \`category: ${p.folder}\``,
  ],
  'kb.no-text': () => ['the article has no text', 'write the article below the front matter'],
  'kb.duplicate-slug': (p: { slug: string; other: string }) => [
    `the slug “${p.slug}” is also used by ${p.other}`,
    'rename one of the two files: a slug is the article’s address and must be unique in its locale',
  ],
  'kb.duplicate-translation-key': (p: { key: string; other: string }) => [
    `“${p.key}” is also used by ${p.other}`,
    'give each article in a locale its own translationKey; share it only with its translation in the other locale',
  ],
  'kb.translation-differs': (p: {
    field: string;
    value: string;
    other: string;
    otherValue: string;
  }) => [
    `is “${p.value}” but its translation ${p.other} has ${p.field} “${p.otherValue}”`,
    `use the same ${p.field} in both languages, or give them different translationKeys if they are not translations`,
  ],
  'kb.related-self': () => ['an article cannot be related to itself', 'remove it from `related`'],
  'kb.related-missing': (p: { id: string; locale: string; suggestion?: string }) => [
    `no article “${p.id}” in ${p.locale}`,
    p.suggestion
      ? `did you mean \`${p.suggestion}\`?`
      : `use the slug (file name without .md) of an article in content/kb/${p.locale}/`,
  ],
  'kb.link-missing': (p: { target: string; suggestion?: string }) => [
    `links to ${p.target}, which does not exist`,
    `${dym(p.suggestion)}link to an article by its relative path, e.g. \`[text](../returns/refund-timelines.md)\``,
  ],
  'kb.link-not-article': (p: { target: string }) => [
    `links to ${p.target}, which is not a knowledge-base article`,
    'link to a file under content/kb/<locale>/<category>/, or to a page by its full URL',
  ],
  'kb.link-anchor': (p: {
    anchor: string;
    target: string;
    suggestion?: string;
    anchors: string[];
  }) => [
    `the heading “#${p.anchor}” does not exist in ${p.target}`,
    p.suggestion
      ? `did you mean \`#${p.suggestion}\`?`
      : p.anchors.length
        ? `use one of: ${p.anchors.map((a) => `#${a}`).join(', ')}`
        : 'the target has no headings: remove the `#…` part',
  ],
  'kb.link-unlisted': (p: { target: string; status: string }) => [
    `links to ${p.target}, which is ${p.status === 'draft' ? 'a draft and not on the site' : 'archived'}`,
    p.status === 'draft'
      ? 'publish that article first, or remove the link'
      : 'link to the article that replaces it, or keep the link on purpose',
  ],
  'kb.link-site-missing': (p: { url: string; suggestion?: string }) => [
    `links to ${p.url}, but no article has that address`,
    `${dym(p.suggestion)}link to the article's file instead, e.g. \`[text](../returns/refund-timelines.md)\`, so the link is checked and follows the site's base path`,
  ],
  'kb.image-missing': (p: { src: string }) => [
    `the image ${p.src} does not exist`,
    'put the image next to the article (`./x.png`) or under public/ (`/images/x.png`), and check the spelling',
  ],
  'kb.category-duplicate': (p: { id: string }) => [
    `the category “${p.id}” is declared twice`,
    'keep one entry per category id in data/categories.json',
  ],
  // Report narratives
  'report.location': (p: { locales: string[] }) => [
    'is not where a report narrative can be',
    `move it to content/reports/<${p.locales.join('|')}>/<yyyy>-q<n>.mdx`,
  ],
  'report.no-snapshot': (p: { period: string }) => [
    `there is no snapshot for ${p.period}`,
    `add data/snapshots/${p.period.toLowerCase()}.json or rename the narrative after an existing quarter`,
  ],
  'report.unknown-kpi': (p: { id: string; suggestion?: string; known: string[] }) => [
    `“${p.id}” is not a KPI in data/kpis.json`,
    p.suggestion ? `did you mean “${p.suggestion}”?` : `use one of: ${p.known.join(', ')}`,
  ],
  // Metrics
  'metrics.kpi-duplicate': (p: { id: string }) => [
    `“${p.id}” is declared twice`,
    'give each KPI its own id, or remove the duplicate',
  ],
  'metrics.target-range': (p: { wrong: RangeWrong; unit: UnitName }) => [
    rangeText(p.wrong),
    `write ${unitAllowed[p.unit]}`,
  ],
  'metrics.value-range': (p: { wrong: RangeWrong; unit: UnitName; id: string }) => [
    `${rangeText(p.wrong)}; ${p.id} is ${unitNouns[p.unit]}`,
    `write ${unitAllowed[p.unit]}, or null if it was not measured`,
  ],
  'metrics.unknown-kpi': (p: { id: string; suggestion?: string; known: string[] }) => [
    `“${p.id}” is not a KPI in data/kpis.json`,
    p.suggestion
      ? `did you mean “${p.suggestion}”? Known ids: ${p.known.join(', ')}`
      : `use one of: ${p.known.join(', ')}, or declare it in data/kpis.json`,
  ],
  'metrics.benchmark-duplicate': (p: { id: string }) => [
    `“${p.id}” has a second benchmark`,
    'keep one benchmark per KPI',
  ],
  'metrics.snapshot-name': (p: { suggested: string }) => [
    'is not named after a quarter',
    `rename it data/snapshots/<yyyy>-q<n>.json, e.g. data/snapshots/${p.suggested}.json`,
  ],
  'metrics.period-mismatch': (p: { period: string; expected: string }) => [
    `is “${p.period}” but the file is named for ${p.expected}`,
    `set "period": "${p.expected}" or rename the file`,
  ],
  'metrics.period-duplicate': (p: { period: string; other: string }) => [
    `“${p.period}” is also the period of ${p.other}`,
    'keep one snapshot per quarter: merge the two files or correct the period',
  ],
  'metrics.shares': (p: { total: number }) => [
    `the shares add up to ${p.total}, not 100`,
    'make people + process + technology + resources equal 100',
  ],
  'metrics.training-mismatch': (p: { value: number; id: string; kpiValue: number }) => [
    `is ${p.value} but metrics.${p.id} is ${p.kpiValue}`,
    'make the two equal; they are the same figure',
  ],
  'metrics.entry-duplicate': (p: { id: string; key: string; field: string }) => [
    `“${p.id}” appears twice in ${p.key}`,
    `give each entry of ${p.key} its own ${p.field}`,
  ],
  'metrics.problem-frequency-twice': (p: { id: string; frequency: number; tag: string }) => [
    `problem “${p.id}” types frequency ${p.frequency} and also names the tag “${p.tag}”, which counts it from the ticket export`,
    'keep one: remove `frequency` to count it from the tagged tickets, or remove `tag` to keep the assessed value',
  ],
  'metrics.problem-frequency-missing': (p: { id: string }) => [
    `problem “${p.id}” has no frequency`,
    'type `frequency` (1 rare … 5 constant), or name the help-desk `tag` that marks its tickets to count it from the export',
  ],
  // Plan
  'plan.id-duplicate': (p: { noun: Noun; id: string }) => [
    `${nouns[p.noun]} “${p.id}” is declared twice`,
    `give each ${nouns[p.noun]} its own id`,
  ],
  'plan.unresolved': (p: {
    noun: Noun;
    found: string;
    section: PlanSection;
    suggestion?: string;
    known: string[];
  }) => [
    `${nouns[p.noun]} “${p.found}” does not exist`,
    `${dym(p.suggestion, '“', '”')}use one of the ${sections[p.section]}: ${quoteList(p.known)}`,
  ],
  'plan.deadline': (p: { deadline: string; period: string; end: string }) => [
    `the deadline ${p.deadline} is not after the baseline period ${p.period} (ends ${p.end})`,
    `set a deadline after ${p.end}, or measure the baseline in an earlier period`,
  ],
  'plan.horizon': (p: { horizon: string; span: number; expected: string }) => [
    `horizon “${p.horizon}” does not match the ${p.span} days from the end of the baseline period to the deadline`,
    `use “${p.expected}” (short = up to 3 months, mid = 3–6 months, long = over 6 months)`,
  ],
  'plan.target-equals': (p: { target: number }) => [
    `the target equals the baseline (${p.target})`,
    'set a target that differs from the baseline',
  ],
  'plan.target-direction': (p: {
    target: number;
    higher: boolean;
    baseline: number;
    kpi: string;
    better: 'higher' | 'lower';
  }) => [
    `the target ${p.target} is ${p.higher ? 'above' : 'below'} the baseline ${p.baseline}, but for ${p.kpi} ${p.better} is better`,
    `set a target ${p.better} than the baseline`,
  ],
  'plan.baseline-mismatch': (p: {
    typed: number;
    measured: number;
    kpi: string;
    period: string;
    snapshot: string;
    line: number;
  }) => [
    `the baseline ${p.typed} differs from ${p.measured}, the value of ${p.kpi} in ${p.period} at ${p.snapshot}:${p.line}`,
    `delete \`value\` (the baseline is read from the snapshot) or correct one of the two files`,
  ],
  'plan.baseline-missing': (p: { kpi: string; period: string }) => [
    `no snapshot of ${p.period} has a value for ${p.kpi}, and the baseline has no \`value\``,
    `name a period whose snapshot measures ${p.kpi}, or type the baseline's \`value\``,
  ],
  'plan.goal-overlap': (p: { kpi: string; other: string; from: string; to: string }) => [
    `overlaps goal “${p.other}”: both set a target for ${p.kpi} between ${p.from} and ${p.to}`,
    'a KPI has one target at a time: end one goal (its deadline) by the end of the other’s baseline period',
  ],
  'plan.phase-end': (p: { end: string; start: string }) => [
    `ends ${p.end}, before it starts ${p.start}`,
    `set an end on or after ${p.start}`,
  ],
  'plan.milestone-outside': (p: { date: string; phase: string; start: string; end: string }) => [
    `${p.date} lies outside phase “${p.phase}” (${p.start} – ${p.end})`,
    'move the date into the phase or attach the milestone to another phase',
  ],
  'plan.self-dependency': () => ['depends on itself', 'remove it from its own `dependsOn`'],
  'plan.due-before-start': (p: { due: string; start: string }) => [
    `due ${p.due}, before it starts ${p.start}`,
    `set a due date on or after ${p.start}`,
  ],
  'plan.completed-not-done': (p: { completed: string; status: string }) => [
    `has a completion date ${p.completed} but its status is “${p.status}”`,
    'set `status: done`, or remove `completed`',
  ],
  'plan.completed-before-start': (p: { completed: string; start: string }) => [
    `completed ${p.completed}, before it starts ${p.start}`,
    `set a completion date on or after ${p.start}`,
  ],
  'plan.done-no-date': () => [
    'is done but has no completion date',
    'add `completed: YYYY-MM-DD` so reports can show it as of past dates',
  ],
  'plan.cycle': (p: { cycle: string[] }) => [
    `dependency cycle ${p.cycle.join(' → ')}`,
    'remove one of these dependencies so the tasks can be ordered',
  ],
  // Training records (CSV) and curriculum
  'training.csv-syntax': (p: { detail: string }) => [
    `the CSV cannot be read here (${p.detail})`,
    'check the quotes and the number of commas on this row; save the export as UTF-8 CSV',
  ],
  'training.csv-column': (p: { column: string; allowed: string[] }) => [
    `the header has no column “${p.column}”`,
    `the first row must name the columns: ${p.allowed.join(',')}`,
  ],
  'training.csv-empty': (p: { row: number; column: string }) => [
    `row ${p.row}: “${p.column}” is empty`,
    `fill in ${p.column} on this row, or remove the row`,
  ],
  'training.csv-date': (p: { row: number; found: string; suggestion?: string }) => [
    `row ${p.row}: “${p.found}” is not a date`,
    p.suggestion
      ? `write it as ${p.suggestion} (YYYY-MM-DD); it is not converted for you`
      : 'write a real calendar day as YYYY-MM-DD, e.g. 2026-06-30',
  ],
  'training.csv-number': (p: { row: number; found: string; min: number; max: number }) => [
    `row ${p.row}: “${p.found}” is not a number from ${p.min} to ${p.max}`,
    `write a number from ${p.min} to ${p.max}, without a unit or % sign`,
  ],
  'training.csv-enum': (p: { row: number; found: string; allowed: string[] }) => [
    `row ${p.row}: “${p.found}” is not allowed`,
    `use one of: ${p.allowed.join(', ')}`,
  ],
  'training.csv-unknown-agent': (p: { row: number; found: string; suggestion?: string }) => [
    `row ${p.row}: no agent “${p.found}” in data/training/roster.csv`,
    p.suggestion
      ? `did you mean “${p.suggestion}”? Otherwise add the agent to the roster first`
      : 'use an agent id from the roster, or add the agent to the roster first',
  ],
  'training.csv-duplicate': (p: { row: number; found: string; first: number }) => [
    `row ${p.row}: agent id “${p.found}” is already used on row ${p.first}`,
    'give every agent one row and a unique id',
  ],
  'training.csv-order': (p: { row: number; found: string; after: string }) => [
    `row ${p.row}: expires ${p.found}, not after it was issued ${p.after}`,
    `write an expiry date later than ${p.after}`,
  ],
  'training.model-weights': (p: { sum: string }) => [
    `the dimension weights sum to ${p.sum}, not 1`,
    'adjust the weights so they add up to exactly 1',
  ],
  'training.model-bands': () => [
    'the grade bands are not ordered excellent, pass, fail with falling minimums and fail at 0',
    'list excellent first, then pass, then fail with `min: 0`, each minimum lower than the one before',
  ],
  'training.model-kind': (p: { flag: string }) => [
    `exactly one assessment kind must have \`${p.flag}: true\``,
    `mark one kind with \`${p.flag}: true\` and remove it from the others`,
  ],
  'training.typed-twice': (p: { figure: string }) => [
    `“${p.figure}” is typed here but is computed from data/training/*.csv`,
    'remove it from the snapshot; the build fills it in from the training records',
  ],
  'training.unknown-article': (p: { found: string; suggestion?: string }) => [
    `no knowledge-base article “${p.found}” in this locale`,
    p.suggestion
      ? `did you mean “${p.suggestion}”? Write the article's category/slug`
      : 'write an existing article as category/slug, e.g. communication/empathy-wording-standard',
  ],
  'training.unknown-module': (p: { found: string; suggestion?: string }) => [
    `no module “${p.found}” in this locale's curriculum`,
    p.suggestion
      ? `did you mean “${p.suggestion}”?`
      : 'write the id (file name) of an existing module',
  ],
  'training.duplicate-order': (p: { order: number; other: string }) => [
    `order ${p.order} is already used by ${p.other}`,
    'give every module of a tier its own position',
  ],
  'training.quiz-correct': (p: { kind: string; correct: number }) => [
    `a ${p.kind} question has ${p.correct} correct options`,
    p.kind === 'multiple'
      ? 'mark at least one option with `correct: true`'
      : 'mark exactly one option with `correct: true`',
  ],
  'dev.invalid-entry': (p: { message: string }) => [
    `does not match its schema: ${p.message}`,
    'fix the front matter and save; the preview picks the file up again',
  ],
  ...ticketsEn,
} satisfies Record<string, (p: never) => Text>;

export type RangeProblem = RangeWrong;
export { rangeText };
