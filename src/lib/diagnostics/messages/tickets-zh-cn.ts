import type { Text } from './shared.ts';
import type { ticketsEn } from './tickets-en.ts';

type Catalog = { [K in keyof typeof ticketsEn]: (p: Parameters<(typeof ticketsEn)[K]>[0]) => Text };

/** 工单导出（`npm run data:import`）及其数字合并时的问题。 */
export const ticketsZhCn: Catalog = {
  'tickets.date-unparseable': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”不是日期`,
    '按系统导出的格式填写（如 2026-03-04 09:15:00、4/3/2026 09:15），或更正这个单元格',
  ],
  'tickets.date-invalid': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”不是真实存在的日期或时间`,
    '更正这个单元格里的日、月、时或分',
  ],
  'tickets.date-ambiguous': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”既可读作日在前，也可读作月在前，文件里没有别的日期能确定是哪一种`,
    '请指明顺序：--date-order dmy（3 月 4 日读作 4/3）或 --date-order mdy，也可在映射文件里写 `dateOrder:`',
  ],
  'tickets.date-needs-tz': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”没有时区，导入时也没有指定`,
    '请指明系统写入时所用的时区：--tz Asia/Shanghai（或映射文件里的 `tz:`）；导入不会猜测时区',
  ],
  'tickets.number': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”不是这一列能接受的数字`,
    '按列名填写数字（分钟、小时或次数），或留空',
  ],
  'tickets.negative': (p) => [
    `第 ${p.row} 行“${p.column}”列：时长“${p.value}”为负数`,
    '更正这个单元格：时长和次数不能小于零',
  ],
  'tickets.required': (p) => [
    `第 ${p.row} 行“${p.column}”列：单元格为空，而每张工单都必须有这一项`,
    '补上内容，或把这一行从导出文件中删掉',
  ],
  'tickets.channel': (p) => [
    `第 ${p.row} 行“${p.column}”列：渠道“${p.value}”无法识别`,
    `请使用：${p.known.join('、')}；或在映射文件的 \`channels:\` 下指定它对应的渠道`,
  ],
  'tickets.value': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”不是这一列能接受的值`,
    `请使用：${p.known.join('、')}`,
  ],
  'tickets.before-created': (p) => [
    `第 ${p.row} 行“${p.column}”列：“${p.value}”早于工单创建时间（${p.created}），时长为负`,
    '请更正其中一个日期；导入不会替你调换顺序',
  ],
  'tickets.duplicate-id': (p) => [
    `第 ${p.row} 行“${p.column}”列：工单“${p.value}”已在第 ${p.firstRow} 行出现过`,
    '每张工单只导出一次；ServiceNow 的事件日志请用 --source servicenow，它会保留每张工单的最后状态',
  ],
  'tickets.missing-column': (p) => [
    `导出文件没有“${p.column}”列，${p.system} 的导出文件用这一列记录 ${p.field}`,
    '请导出这一列，或用映射文件（--mapping）指明记录它的列',
  ],
  'tickets.too-many-rejected': (p) => [
    `${p.rows} 行中有 ${p.rejected} 行被拒绝，超过上限 ${p.limit}；没有写入任何文件`,
    '请更正上面列出的行；如果这些行确实应当排除，可用 --max-rejected 提高上限',
  ],
  'tickets.unreadable': (p) => [
    `无法读取导出文件：${p.reason}`,
    '请确认文件是系统原样导出的 CSV（或 .csv.gz）或 Zendesk JSON',
  ],
  'tickets.unknown-tz': (p) => [
    `“${p.tz}”不是时区`,
    '请使用 IANA 名称，如 Asia/Shanghai、Europe/Berlin 或 UTC',
  ],
  'tickets.mapping': (p) => [
    `映射文件无法使用：${p.reason}`,
    '映射文件的字段见 README 的“数据导入”一节',
  ],
  'tickets.conflict': (p) => [
    `${p.period} 的 ${p.kpi} 在这里手工填写为 ${p.typed}，而根据 ${p.export} 计算得到 ${p.computed}`,
    '删掉手工填写的值（以导出数据为准），或不导入这一项数字',
  ],
  'tickets.problem-no-export': (p) => [
    `${p.period} 的发生频率要按带“${p.tag}”标签的工单计算，但还没有导入的工单数据（data/tickets/computed.json）`,
    '先导入客服系统的导出文件（npm run data:import，见 README 的“数据导入”一节），或改用 `frequency` 手工填写',
  ],
  'tickets.problem-no-bands': (p) => [
    `发生频率要按带“${p.tag}”标签的工单计算，但把工单占比换算成 1–5 的 ${p.file} 不存在`,
    `新建 ${p.file}，写出评为 2、3、4、5 的最低占比（%），例如 { "bands": [0.5, 1.5, 3, 6] }`,
  ],
  'tickets.problem-period': (p) => [
    `工单导出没有覆盖整个 ${p.period}（只从 ${p.first} 到 ${p.last}），无法用带“${p.tag}”标签的工单算出本季度的发生频率`,
    '导入覆盖整个季度的导出文件，或为这个季度手工填写 `frequency`',
  ],
  'tickets.problem-tag-unknown': (p) => [
    `${p.export} 中没有任何工单带“${p.tag}”标签`,
    p.suggestion
      ? `是不是“${p.suggestion}”？按客服系统里的写法填写标签`
      : '按客服系统里的写法填写标签（导入时找到的标签都在 data/tickets/computed.json 中）',
  ],
};
