import { ticketsZhCn } from './tickets-zh-cn.ts';
import type { en } from './en.ts';
import {
  LIST,
  NULL,
  OBJECT,
  type Expected,
  type FileKind,
  type Found,
  type Noun,
  type PlanSection,
  type SchemaHint,
  type UnitName,
} from './shared.ts';
import type { RangeProblem } from './en.ts';

type Catalog = {
  [C in keyof typeof en]: (
    p: Parameters<(typeof en)[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>,
  ) => readonly [string, string];
};

/** 按编辑写的样子显示一个值。 */
export function show(value: Found): string {
  if (value === NULL) return '空值';
  if (value === LIST) return '一个列表';
  if (value === OBJECT) return '一组嵌套字段';
  return value;
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  array: '列表，例如 [a, b]',
  object: '一组字段',
  boolean: 'true 或 false',
  date: 'YYYY-MM-DD 格式的日期',
};
const typeName = (expected: Expected) => typeNames[expected] ?? expected;

export const nouns: Record<Noun, string> = {
  owner: '负责人',
  track: '工作线',
  goal: '目标',
  phase: '阶段',
  milestone: '里程碑',
  task: '任务',
  kpi: '指标',
};

const unitAllowed: Record<UnitName, string> = {
  percent: '0 到 100 之间的百分数（写 86.5，不要写 0.865）',
  nps: '−100 到 100 之间的 NPS',
  seconds: '不小于 0 的秒数',
  minutes: '不小于 0 的分钟数',
  hours: '不小于 0 的小时数',
  'working-days': '不小于 0 的工作日天数',
  count: '不小于 0 的整数',
  score: '不小于 0 的分数',
  currency: '一个金额',
};
const unitNouns: Record<UnitName, string> = {
  percent: '百分数',
  nps: 'NPS 分值',
  seconds: '以秒计的时长',
  minutes: '以分钟计的时长',
  hours: '以小时计的时长',
  'working-days': '以工作日计的时长',
  count: '计数',
  score: '分数',
  currency: '金额',
};
const rangeText = (w: RangeProblem) =>
  w.kind === 'fraction'
    ? `${w.value} 不是整数`
    : `${w.value} ${w.kind === 'below' ? '小于' : '大于'} ${w.bound}`;

const sections: Record<PlanSection, string> = {
  kpis: 'data/kpis.json 中的指标 id',
  owners: '`owners` 下声明的负责人',
  phases: '`phases` 下声明的阶段',
  tracks: '`tracks` 下声明的工作线',
  goals: '`goals` 下声明的目标',
  tasks: '任务 id',
};

const hints: Record<SchemaHint, string> = {
  date: '日期应写成 YYYY-MM-DD',
  planDate: '不是 YYYY-MM-DD 格式的有效日期',
  slug: '只能用小写字母、数字和连字符',
  relatedSlug: '请填写另一篇文章的 slug',
  quarter: '季度应写成 YYYY-Qn，例如 2026-Q3',
  planPeriod: '不是 YYYY-Qn 格式的季度，也不是 YYYY 格式的年份',
  articleRef: '文章应写成 分类/slug，例如 communication/empathy-wording-standard',
  rising: '每个值都要比前一个大',
};

const emptyFix: Record<FileKind, string> = {
  article:
    '在文件开头写 front matter：一行 `---`，然后是各字段（title、summary、tier……），再一行 `---`',
  report: '在文件开头写 front matter：一行 `---`，然后是 title、summary 和 author，再一行 `---`',
  json: '写入 JSON 内容；如果不需要这个文件，就删掉它',
  plan: '写入计划内容（owners、goals、phases、milestones、tasks），或删掉这个文件',
};

const list = (items: readonly string[]) => items.join('、');
/** Join Chinese and Latin text with the space Chinese typesetting puts between them. */
const cat = (a: string, b: string) =>
  /\p{Script=Han}$/u.test(a) && /^[A-Za-z0-9−-]/.test(b) ? `${a} ${b}` : `${a}${b}`;
const quoteList = (ids: readonly string[]) => {
  const shown =
    ids.length > 30
      ? [...ids.slice(0, 30).map((id) => `“${id}”`), '……']
      : ids.map((id) => `“${id}”`);
  return shown.join('、');
};
const dym = (s: string | undefined, open = '`', close = '`') =>
  s ? `是不是想写 ${open}${s}${close}？` : '';

/** 简体中文文案。键与英文一致，是 `--json` 输出里稳定的问题代码。 */
export const zhCn: Catalog = {
  'read.missing': (p) => ['文件不存在', `请创建 ${p.file}`],
  'read.unreadable': (p) => [
    `无法读取这个文件（${p.reason}）`,
    '请确认它是一个可读的文件，而不是文件夹',
  ],
  'read.not-utf8': (p) => [
    `文件里有不是 UTF-8 的字节（第一个是 0x${p.byte}，在第 ${p.line} 行），多半是用 GBK/GB2312 等旧编码保存的`,
    '请把文件另存为 UTF-8（VS Code：先“通过编码重新打开”选 GBK，再“通过编码保存”选 UTF-8）',
  ],
  'read.large': (p) => [
    `文件很大（${p.size}），这么大的页面打开会很慢`,
    '拆成几篇文章，或把数据移出正文',
  ],
  'read.too-large': (p) => [
    `文件太大，无法检查（${p.size}，上限 ${p.limit}）`,
    '请拆成较小的文件；这个文件的内容没有被读取',
  ],
  'read.empty': (p) => ['文件是空的', emptyFix[p.kind]],
  'read.binary': () => ['这看起来是二进制文件，不是文本', '把它移出内容目录，或另存为 UTF-8 文本'],
  'fm.missing': (p) => [
    '缺少 front matter',
    p.kind === 'report'
      ? '在文件开头写一行 `---`，然后是 title、summary 和 author，再一行 `---`'
      : '在文件开头写一行 `---`，然后是各字段（title、summary、tier……），再一行 `---`',
  ],
  'fm.unterminated': () => [
    '第 1 行开始的 front matter 没有结束',
    '在最后一个字段后面加一行只有 `---` 的行',
  ],
  'fm.not-map': () => ['front matter 不是字段列表', '在两行 `---` 之间每行写一个 `字段: 值`'],
  'yaml.tab': (p) => [
    `${p.kind === 'plan' ? '' : 'front matter '}用了制表符（Tab）缩进`,
    '请改用空格缩进：YAML 不允许在行首使用 Tab',
  ],
  'yaml.duplicate-key': (p) => [`字段“${p.key}”写了两次`, '删掉其中一行；YAML 不规定哪一个生效'],
  'yaml.unclosed-quote': () => ['引号只有开头没有结尾', '在值的末尾补上引号，或者去掉引号'],
  'yaml.colon-in-value': () => [
    '值里含有“: ”，YAML 会把它当成新字段',
    '把整个值放进引号里，例如 `title: "退款: 时效"`',
  ],
  'yaml.syntax': (p) =>
    p.kind === 'plan'
      ? [`不是有效的 YAML：${p.detail}`, '检查这里附近的缩进、漏写的冒号，或没闭合的引号、括号']
      : [
          `front matter 不是有效的 YAML：${p.detail}`,
          '检查这一行的缩进（用空格，不要用 Tab）、冒号和引号',
        ],
  'json.syntax': (p) => [`不是有效的 JSON：${p.detail}`, '检查这里附近是否漏了逗号、引号或括号'],
  'json.missing-comma': () => [
    '这个值后面少了一个逗号',
    '在这里加一个逗号：JSON 列表或对象里的各项要用逗号隔开',
  ],
  'json.trailing-comma': (p) => [
    `“${p.before}”前面多了一个逗号，后面没有内容`,
    '删掉这个逗号：JSON 不允许在最后一项后面加逗号',
  ],
  'json.comment': () => ['JSON 文件里不能写注释', '删掉注释（说明文字可以放进一个 "note" 字段）'],
  'json.duplicate-key': (p) => [
    `同一个对象里键“${p.key}”出现了两次，只有后一个会生效`,
    '保留一个，删掉另一个',
  ],
  'json.not-quoted': () => [
    'JSON 的键和文字都要用英文双引号括起来',
    '写成 "key": "value"，使用半角双引号',
  ],
  'schema.missing': (p) => [
    '缺少这个字段',
    p.example ? `请补上，例如 \`${p.example}\`` : `请补上 \`${p.field}:\``,
  ],
  'schema.missing-json': (p) => [
    '缺少这个字段',
    `请${p.parent ? `在 "${p.parent}" 里` : '在最外层'}加上 "${p.name}": <值>`,
  ],
  'schema.enum-missing': (p) => [
    '缺少这个字段',
    `请补上 \`${p.field}:\`，取值为：${list(p.allowed)}`,
  ],
  'schema.enum': (p) => [`${show(p.found)} 不是可选的值`, `请从这些值中选一个：${list(p.allowed)}`],
  'schema.type': (p) => [
    `${cat('这里应是', typeName(p.expected))}，实际是 ${show(p.found)}`,
    p.example ? `参照这样写：\`${p.example}\`` : cat('请填写', typeName(p.expected)),
  ],
  'schema.quote-text': (p) => [
    `这里应是文字，实际是 ${show(p.found)}`,
    `加上引号，让它保持为文字："${p.found}"`,
  ],
  'schema.number-as-text': (p) => [
    `这里应是数字，实际是文字 ${show(p.found)}`,
    `去掉引号：\`${p.field}: ${p.number}\``,
  ],
  'schema.unknown-keys': (p) => [
    `未知字段 ${list(p.keys)}`,
    p.suggestion ? `是不是想写“${p.suggestion}”？` : '删掉它，或检查拼写',
  ],
  'schema.date': (p) => [
    `${show(p.found)}：${hints[p.hint]}`,
    p.suggestion
      ? `请写成 \`${p.field}: ${p.suggestion}\`（YYYY-MM-DD）；系统不会替你自动转换`
      : p.example
        ? `参照这样写：\`${p.example}\``
        : '请写一个真实存在的日期，格式 YYYY-MM-DD，例如 2026-06-30',
  ],
  'schema.format': (p) => [
    `${show(p.found)}：${hints[p.hint]}`,
    p.hint === 'planPeriod'
      ? '季度写成 2025-Q4 这样，年份写成 2025（只有年份时请加引号）'
      : p.example
        ? `参照这样写：\`${p.example}\``
        : hints[p.hint],
  ],
  'schema.empty-text': (p) => [
    '内容是空的',
    p.example ? `参照这样写：\`${p.example}\`` : '请填写内容，或删掉这个字段',
  ],
  'schema.too-few': (p) => [`至少需要 ${p.minimum} 项`, '请补充条目'],
  'schema.too-many': (p) => [`超过了 ${p.maximum} 项`, `最多保留 ${p.maximum} 项`],
  'schema.too-small': (p) => [
    `${show(p.found)} 太小`,
    `请写一个${p.inclusive ? '不小于' : '大于'} ${p.minimum} 的数`,
  ],
  'schema.too-big': (p) => [
    `${show(p.found)} 太大`,
    `请写一个${p.inclusive ? '不大于' : '小于'} ${p.maximum} 的数`,
  ],
  'schema.not-integer': (p) => [`${show(p.found)} 不是整数`, '请写整数，例如 90'],
  'schema.other': (p) => [
    `${show(p.found)}：${p.detail}`,
    p.example ? `参照这样写：\`${p.example}\`` : p.detail,
  ],
  'kb.location': () => ['文章不能放在这个位置', '请移到 content/kb/<语言>/<分类>/<slug>.md'],
  'kb.locale': (p) => [`语言文件夹“${p.locale}”无法识别`, `请使用：${list(p.locales)}`],
  'kb.slug': (p) => [
    `文件名“${p.slug}”不能用作网址`,
    '请只用小写字母、数字和连字符重新命名，例如 refund-timelines.md',
  ],
  'kb.slug-reserved': (p) => [
    `文件名“${p.slug}”留给分类页使用`,
    '请按文章标题另起一个文件名，例如 refund-timelines.md',
  ],
  'kb.unknown-field': (p) => [
    '不是已知字段，会被忽略',
    p.suggestion ? `是不是想写 \`${p.suggestion}\`？` : `已知字段：${list(p.known)}`,
  ],
  'kb.category-undeclared': (p) => [
    `${show(p.found)} 不是已声明的分类`,
    p.suggestion
      ? `是不是想写 \`${p.suggestion}\`？已声明的分类：${list(p.declared)}`
      : `请从 ${list(p.declared)} 中选一个，或在 data/categories.json 里声明它`,
  ],
  'kb.category-folder': (p) => [
    `写的是 ${show(p.found)}，但文件在“${p.folder}”文件夹里`,
    `把文件移到 content/kb/${p.locale}/${p.category}/，或改成 \`category: ${p.folder}\``,
  ],
  'kb.no-text': () => ['文章没有正文', '请在 front matter 下面写正文'],
  'kb.duplicate-slug': (p) => [
    `slug“${p.slug}”也被 ${p.other} 使用`,
    '请给其中一个文件改名：slug 就是文章的网址，同一语言内不能重复',
  ],
  'kb.duplicate-translation-key': (p) => [
    `“${p.key}”也被 ${p.other} 使用`,
    '同一语言里每篇文章的 translationKey 都要不同；只有另一种语言的译文才能共用',
  ],
  'kb.translation-differs': (p) => [
    `这里是“${p.value}”，但译文 ${p.other} 的 ${p.field} 是“${p.otherValue}”`,
    `两种语言请使用相同的 ${p.field}；如果它们并不是互译，请使用不同的 translationKey`,
  ],
  'kb.related-self': () => ['文章不能与自己相关', '把它从 `related` 里删掉'],
  'kb.related-missing': (p) => [
    `${p.locale} 里没有文章“${p.id}”`,
    p.suggestion
      ? `是不是想写 \`${p.suggestion}\`？`
      : `请填写 content/kb/${p.locale}/ 中某篇文章的 slug（文件名去掉 .md）`,
  ],
  'kb.link-missing': (p) => [
    `链接指向 ${p.target}，但这个文件不存在`,
    `${dym(p.suggestion)}链接文章请写相对路径，例如 \`[文字](../returns/refund-timelines.md)\``,
  ],
  'kb.link-not-article': (p) => [
    `链接指向 ${p.target}，它不是知识库文章`,
    '请链接 content/kb/<语言>/<分类>/ 下的文件，或用完整网址链接页面',
  ],
  'kb.link-anchor': (p) => [
    `${p.target} 中没有标题“#${p.anchor}”`,
    p.suggestion
      ? `是不是想写 \`#${p.suggestion}\`？`
      : p.anchors.length
        ? `请使用其中之一：${list(p.anchors.map((a) => `#${a}`))}`
        : '目标文章没有小标题：请去掉 `#…` 部分',
  ],
  'kb.link-unlisted': (p) => [
    `链接指向 ${p.target}，那篇文章${p.status === 'draft' ? '还是草稿，网站上没有' : '已归档'}`,
    p.status === 'draft'
      ? '先发布那篇文章，或删掉这个链接'
      : '改为链接取代它的文章；如果是有意保留，可以不改',
  ],
  'kb.link-site-missing': (p) => [
    `链接指向 ${p.url}，但没有文章是这个地址`,
    `${dym(p.suggestion)}请改为链接文章的源文件，例如 \`[文字](../returns/refund-timelines.md)\`，这样链接会被检查，也会跟随网站的 base 路径`,
  ],
  'kb.image-missing': (p) => [
    `图片 ${p.src} 不存在`,
    '把图片放在文章旁边（`./x.png`）或 public/ 下（`/images/x.png`），并检查拼写',
  ],
  'kb.category-duplicate': (p) => [
    `分类“${p.id}”声明了两次`,
    '在 data/categories.json 里每个分类 id 只保留一条',
  ],
  'report.location': (p) => [
    '报告正文不能放在这个位置',
    `请移到 content/reports/<${p.locales.join('|')}>/<yyyy>-q<n>.mdx`,
  ],
  'report.no-snapshot': (p) => [
    `${p.period} 没有数据快照`,
    `请添加 data/snapshots/${p.period.toLowerCase()}.json，或把正文改名为已有的季度`,
  ],
  'report.unknown-kpi': (p) => [
    `“${p.id}”不是 data/kpis.json 里的指标`,
    p.suggestion ? `是不是想写“${p.suggestion}”？` : `请从这些指标中选一个：${list(p.known)}`,
  ],
  'metrics.kpi-duplicate': (p) => [
    `“${p.id}”声明了两次`,
    '每个指标要有自己的 id，或者删掉重复的那个',
  ],
  'metrics.target-range': (p) => [rangeText(p.wrong), cat('请填写', unitAllowed[p.unit])],
  'metrics.value-range': (p) => [
    `${rangeText(p.wrong)}；${p.id} 是${unitNouns[p.unit]}`,
    `${cat('请填写', unitAllowed[p.unit])}；如果没有测量，写 null`,
  ],
  'metrics.unknown-kpi': (p) => [
    `“${p.id}”不是 data/kpis.json 里的指标`,
    p.suggestion
      ? `是不是想写“${p.suggestion}”？已有的 id：${list(p.known)}`
      : `请从 ${list(p.known)} 中选一个，或在 data/kpis.json 里声明它`,
  ],
  'metrics.benchmark-duplicate': (p) => [`“${p.id}”有第二个行业基准`, '每个指标只保留一个基准'],
  'metrics.snapshot-name': (p) => [
    '文件名不是季度名',
    `请改名为 data/snapshots/<yyyy>-q<n>.json，例如 data/snapshots/${p.suggested}.json`,
  ],
  'metrics.period-mismatch': (p) => [
    `写的是“${p.period}”，但文件名对应 ${p.expected}`,
    `改成 "period": "${p.expected}"，或给文件改名`,
  ],
  'metrics.period-duplicate': (p) => [
    `“${p.period}”也是 ${p.other} 的季度`,
    '每个季度只保留一个快照：合并两个文件，或改正季度',
  ],
  'metrics.shares': (p) => [
    `各项占比加起来是 ${p.total}，不是 100`,
    '让 people + process + technology + resources 合计为 100',
  ],
  'metrics.training-mismatch': (p) => [
    `这里是 ${p.value}，但 metrics.${p.id} 是 ${p.kpiValue}`,
    '两者是同一个数字，请改成一致',
  ],
  'metrics.entry-duplicate': (p) => [
    `“${p.id}”在 ${p.key} 中出现了两次`,
    `${p.key} 的每一项都要有自己的 ${p.field}`,
  ],
  'metrics.problem-frequency-twice': (p) => [
    `问题“${p.id}”手工填写了发生频率 ${p.frequency}，又指定了标签“${p.tag}”（由工单导出计算发生频率）`,
    '只保留一个：删掉 `frequency` 以按带标签的工单计算，或删掉 `tag` 以保留评估值',
  ],
  'metrics.problem-frequency-missing': (p) => [
    `问题“${p.id}”没有发生频率`,
    '填写 `frequency`（1 很少 … 5 持续发生），或用 `tag` 指定标记这类工单的客服系统标签，由导出数据计算',
  ],
  'plan.id-duplicate': (p) => [
    `${nouns[p.noun]}“${p.id}”声明了两次`,
    `每个${nouns[p.noun]}都要有自己的 id`,
  ],
  'plan.unresolved': (p) => [
    `${nouns[p.noun]}“${p.found}”不存在`,
    `${dym(p.suggestion, '“', '”')}请使用${sections[p.section]}：${quoteList(p.known)}`,
  ],
  'plan.deadline': (p) => [
    `截止日期 ${p.deadline} 不在基线期 ${p.period}（${p.end} 结束）之后`,
    `把截止日期设在 ${p.end} 之后，或改用更早的基线期`,
  ],
  'plan.horizon': (p) => [
    `期限“${p.horizon}”与从基线期结束到截止日期的 ${p.span} 天不符`,
    `请用“${p.expected}”（short = 3 个月以内，mid = 3–6 个月，long = 6 个月以上）`,
  ],
  'plan.target-equals': (p) => [`目标值等于基线值（${p.target}）`, '请设一个与基线不同的目标'],
  'plan.target-direction': (p) => [
    `目标 ${p.target} ${p.higher ? '高于' : '低于'}基线 ${p.baseline}，但 ${p.kpi} 是越${p.better === 'higher' ? '高' : '低'}越好`,
    `请把目标设得比基线${p.better === 'higher' ? '高' : '低'}`,
  ],
  'plan.baseline-mismatch': (p) => [
    `基线 ${p.typed} 与 ${p.snapshot}:${p.line} 中 ${p.kpi} 在 ${p.period} 的值 ${p.measured} 不一致`,
    '请删除 `value`（基线从快照读取），或改正两个文件之一',
  ],
  'plan.baseline-missing': (p) => [
    `${p.period} 没有含 ${p.kpi} 数值的快照，基线也没有填写 \`value\``,
    `请改用快照中测量了 ${p.kpi} 的期间，或填写基线的 \`value\``,
  ],
  'plan.goal-overlap': (p) => [
    `与目标“${p.other}”重叠：两者都在 ${p.from} 至 ${p.to} 之间为 ${p.kpi} 设定了目标`,
    '同一指标同一时间只能有一个目标：让一个目标的截止日不晚于另一个目标基线期的结束日',
  ],
  'plan.phase-end': (p) => [
    `结束日期 ${p.end} 早于开始日期 ${p.start}`,
    `结束日期不能早于 ${p.start}`,
  ],
  'plan.milestone-outside': (p) => [
    `${p.date} 不在阶段“${p.phase}”（${p.start} – ${p.end}）之内`,
    '把日期移到这个阶段内，或把里程碑挂到别的阶段',
  ],
  'plan.self-dependency': () => ['依赖了自己', '把它从自己的 `dependsOn` 里删掉'],
  'plan.due-before-start': (p) => [
    `截止日期 ${p.due} 早于开始日期 ${p.start}`,
    `截止日期不能早于 ${p.start}`,
  ],
  'plan.completed-not-done': (p) => [
    `有完成日期 ${p.completed}，但状态是“${p.status}”`,
    '改成 `status: done`，或删掉 `completed`',
  ],
  'plan.completed-before-start': (p) => [
    `完成日期 ${p.completed} 早于开始日期 ${p.start}`,
    `完成日期不能早于 ${p.start}`,
  ],
  'plan.done-no-date': () => [
    '已完成，但没有完成日期',
    '加上 `completed: YYYY-MM-DD`，报告才能按历史日期显示它',
  ],
  'plan.cycle': (p) => [
    `依赖形成了循环：${p.cycle.join(' → ')}`,
    '删掉其中一个依赖，任务才能排出先后',
  ],
  'training.csv-syntax': (p) => [
    `这一行的 CSV 无法读取（${p.detail}）`,
    '检查这一行的引号和逗号个数；把导出文件另存为 UTF-8 CSV',
  ],
  'training.csv-column': (p) => [
    `表头里没有“${p.column}”这一列`,
    `第一行应写出各列名：${p.allowed.join(',')}`,
  ],
  'training.csv-empty': (p) => [
    `第 ${p.row} 行：“${p.column}”是空的`,
    `在这一行填上 ${p.column}，或删掉这一行`,
  ],
  'training.csv-date': (p) => [
    `第 ${p.row} 行：“${p.found}”不是日期`,
    p.suggestion
      ? `请写成 ${p.suggestion}（YYYY-MM-DD），系统不会替你转换`
      : '请写一个真实的日期，格式 YYYY-MM-DD，例如 2026-06-30',
  ],
  'training.csv-number': (p) => [
    `第 ${p.row} 行：“${p.found}”不是 ${p.min} 到 ${p.max} 之间的数`,
    `写一个 ${p.min} 到 ${p.max} 之间的数，不带单位或 % 号`,
  ],
  'training.csv-enum': (p) => [
    `第 ${p.row} 行：不允许“${p.found}”`,
    `只能用：${p.allowed.join('、')}`,
  ],
  'training.csv-unknown-agent': (p) => [
    `第 ${p.row} 行：data/training/roster.csv 里没有坐席“${p.found}”`,
    p.suggestion
      ? `是不是“${p.suggestion}”？否则请先把这名坐席加进花名册`
      : '请用花名册里的坐席编号，或先把这名坐席加进花名册',
  ],
  'training.csv-duplicate': (p) => [
    `第 ${p.row} 行：坐席编号“${p.found}”已在第 ${p.first} 行用过`,
    '每名坐席只占一行，编号不能重复',
  ],
  'training.csv-order': (p) => [
    `第 ${p.row} 行：到期日 ${p.found} 不晚于颁发日 ${p.after}`,
    `到期日要晚于 ${p.after}`,
  ],
  'training.model-weights': (p) => [
    `考核维度的权重加起来是 ${p.sum}，不是 1`,
    '调整权重，使它们加起来正好是 1',
  ],
  'training.model-bands': () => [
    '等级区间没有按 excellent、pass、fail 排列，或下限没有依次降低，或 fail 的下限不是 0',
    '先写 excellent，再写 pass，最后写 `min: 0` 的 fail，下限逐个降低',
  ],
  'training.model-kind': (p) => [
    `必须正好有一种考核类型写 \`${p.flag}: true\``,
    `只给一种考核类型写上 \`${p.flag}: true\`，其他的删掉`,
  ],
  'training.typed-twice': (p) => [
    `“${p.figure}”在这里手工填写了，但它由 data/training/*.csv 计算得出`,
    '从快照里删掉它，构建时会根据培训记录自动填入',
  ],
  'training.unknown-article': (p) => [
    `这个语言的知识库里没有文章“${p.found}”`,
    p.suggestion
      ? `是不是“${p.suggestion}”？请写文章的 分类/slug`
      : '请写一篇已有的文章，格式 分类/slug，例如 communication/empathy-wording-standard',
  ],
  'training.unknown-module': (p) => [
    `这个语言的课程里没有模块“${p.found}”`,
    p.suggestion ? `是不是“${p.suggestion}”？` : '请写一个已有模块的编号（文件名）',
  ],
  'training.duplicate-order': (p) => [
    `顺序 ${p.order} 已被 ${p.other} 使用`,
    '同一层级的每个模块要有自己的位置',
  ],
  'training.quiz-correct': (p) => [
    `这道${p.kind === 'multiple' ? '多选' : p.kind === 'scenario' ? '情景' : '单选'}题有 ${p.correct} 个正确选项`,
    p.kind === 'multiple'
      ? '至少给一个选项写上 `correct: true`'
      : '只给一个选项写上 `correct: true`',
  ],
  'dev.invalid-entry': (p) => [
    `与字段规则不符：${p.message}`,
    '修正文件开头的字段并保存，预览会重新读取这个文件',
  ],
  ...ticketsZhCn,
};
