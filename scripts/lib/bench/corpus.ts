/**
 * The synthetic corpus of `npm run bench`: seeded (so runs repeat) mixed Chinese and English
 * articles across tiers, categories, types and tags, reply templates in the template articles,
 * and extra quarters of metric snapshots for the report pages.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { previousQuarter } from '../../../src/lib/periods.ts';
import { mulberry32 } from '../random.ts';
import { loadTicketFigures } from '../../../src/lib/tickets/merge.ts';
import {
  frequencyFromTag,
  loadFrequencyBands,
} from '../../../src/lib/tickets/problem-frequency.ts';

/** Random helpers over one seeded generator. */
export function randomTools(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pickSome = <T>(list: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    while (out.size < n) out.add(pick(list));
    return [...out];
  };
  return { random, int, pick, pickSome };
}

export const zhWords =
  `退款 投诉 物流 发票 退货 时效 升级 核验 账单 工单 客户 坐席 换货 售后 订单 快递 包裹 签收 拒收 丢件
破损 补发 理赔 保价 运费 优惠券 积分 会员 实名 认证 登录 密码 验证码 手机号 绑定 解绑 注销 扣款 重复扣款 支付 分期
到账 银行卡 余额 充值 提现 对账 差价 价保 赔付 补偿 道歉 安抚 共情 话术 回访 满意度 差评 好评 评价 申诉 仲裁 举证
凭证 截图 录音 质检 抽检 考核 排班 班组 组长 主管 专员 二线 一线 转接 外呼 来电 在线客服 留言 邮件 短信 渠道 首问负责
一次解决率 响应 时限 超时 催办 跟进 结案 关闭 重开 流转 派单 分级 紧急 加急 风险 风控 欺诈 隐私 个人信息 脱敏 合规
授权 监管 消费者 权益 七天无理由 质量问题 维修 保修 三包 检测 鉴定 返厂 上门取件 寄回 收货地址 修改地址 取消订单 缺货
预售 发货 延迟发货 配送 驿站 快递柜 偏远地区 物流轨迹 查件 商品 规格 库存 价格 促销活动 满减 赠品 发票抬头 税号
电子发票 红冲 开票 报销 合同 企业客户 大客户 知识库 回复模板 处理流程 规则 政策 例外 审批 备注 台账 工单系统 快捷回复
情绪 老年人 无障碍 方言 高峰期 排队 等待 回拨 承诺 说明 核实 身份 账户 冻结 解冻 异常 故障 媒体 舆情 复盘 改进 指标
周报 月报 客诉 售后单 退款单 原路退回 运单号 物流异常 证据 赔偿标准`
    .split(/\s+/)
    .filter(Boolean);
export const zhVerbs =
  `处理 核实 确认 告知 提交 记录 跟进 说明 登记 转交 复核 反馈 安排 补充 更新 关闭 升级 解释 核对 回复`
    .split(/\s+/)
    .filter(Boolean);
export const zhTerms = ['SLA', 'CRM', 'App', 'ID', 'VIP', 'FAQ', 'IVR', 'NPS'];

export const enWords =
  `refund complaint delivery invoice return exchange escalation verification billing ticket customer
agent parcel courier tracking warranty repair replacement coupon voucher loyalty points membership account password
login identity payment charge chargeback dispute statement receipt discount promotion order cancellation address
shipment delay damage claim compensation apology empathy script follow-up survey satisfaction review rating appeal
evidence screenshot recording quality audit schedule shift supervisor specialist tier transfer callback chat email
SMS channel response deadline SLA overdue reminder closure reopen routing priority urgent risk fraud privacy masking
compliance consent regulator consumer rights defect inspection pickup stock pre-order dispatch locker template
workflow policy exception approval note ledger system macro emotion accessibility queue commitment explanation
confirmation record freeze incident outage retrospective metric report`
    .split(/\s+/)
    .filter(Boolean);
export const enVerbs =
  `check confirm explain record escalate review update close send verify approve log track resolve
document reply`
    .split(/\s+/)
    .filter(Boolean);

const tiers = ['basic', 'advanced', 'expert'] as const;
const types = ['guide', 'howto', 'faq', 'template', 'policy', 'case'] as const;
const zhOwners = ['售后服务组', '订单与物流组', '账单组', '投诉处理组', '质检组', '知识库组'];
const enOwners = ['After-sales team', 'Orders team', 'Billing team', 'Complaints team', 'QA team'];

const yamlList = (items: string[]) => `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;

export interface CorpusOptions {
  /** Number of articles; 80 % are written in Chinese (zh-cn), the rest in English. */
  total: number;
  /** Category ids from data/categories.json, used round-robin. */
  categories: readonly string[];
  seed: number;
  /** Write `type: template` articles as MDX with two `<ReplyTemplate>`s each (default true). */
  replyTemplates?: boolean;
}

/** Writes `content/kb/<locale>/<category>/<slug>.md|mdx` under `root`. */
export function writeCorpus(
  root: string,
  { total, categories, seed, replyTemplates = true }: CorpusOptions,
): { zh: number; en: number; templates: number } {
  const { random, int, pick, pickSome } = randomTools(mulberry32(seed));
  // Its own generator, so the articles stay the same whether or not templates are written.
  const templateTools = randomTools(mulberry32(seed + 7));

  const zhSentence = (): string => {
    const n = () => pick(zhWords);
    const v = () => pick(zhVerbs);
    const patterns = [
      () => `如果客户对${n()}有疑问，坐席应当先${v()}${n()}，再${v()}${n()}。`,
      () => `${n()}和${n()}需要在 ${int(2, 72)} 小时内${v()}，超时的转${n()}。`,
      () => `不要让客户重复说明${n()}，由首问坐席${v()}到底。`,
      () => `${n()}涉及${n()}的，按${n()}规则${v()}，并在${n()}里写明原因。`,
      () => `遇到${n()}时，先${v()}${n()}，同时${v()}${n()}，避免${n()}。`,
      () => `${n()}一般 ${int(1, 15)} 个工作日内完成，${n()}另行${v()}。`,
      () => `客户情绪激动时，先安抚，再${v()}${n()}和${n()}。`,
      () => `通过 ${pick(zhTerms)} 查询${n()}，确认${n()}后${v()}。`,
      () => `${n()}不属于${n()}范围的，向客户${v()}${n()}并给出替代方案。`,
    ];
    return pick(patterns)();
  };
  const enSentence = (): string => {
    const n = () => pick(enWords);
    const v = () => pick(enVerbs);
    const patterns = [
      () =>
        `When the customer asks about the ${n()}, ${v()} the ${n()} first and then ${v()} the ${n()}.`,
      () =>
        `A ${n()} ${n()} must be handled within ${int(2, 72)} hours; otherwise ${v()} it to the ${n()} team.`,
      () => `Do not ask the customer to repeat the ${n()}; the first agent should ${v()} it.`,
      () =>
        `If the ${n()} involves a ${n()}, follow the ${n()} policy and ${v()} the reason in the ${n()}.`,
      () =>
        `Most ${n()} cases close within ${int(1, 15)} working days, and the ${n()} is sent separately.`,
      () => `Calm the customer first, then ${v()} the ${n()} and the ${n()}.`,
      () => `Use the ${n()} ${n()} to ${v()} the ${n()} before you promise a ${n()}.`,
    ];
    return pick(patterns)();
  };

  function articleBody(zh: boolean): string {
    const sentence = zh ? zhSentence : enSentence;
    const word = () => pick(zh ? zhWords : enWords);
    const para = (k: number) => Array.from({ length: k }, sentence).join(zh ? '' : ' ');
    const heading = () =>
      zh
        ? `## ${word()}的${pick(['处理步骤', '判断标准', '常见问题', '注意事项', '话术示例', '时限要求'])}`
        : `## ${word().replace(/^./, (c) => c.toUpperCase())} ${pick(['steps', 'checks', 'questions', 'notes', 'wording', 'time limits'])}`;
    const list = () =>
      Array.from({ length: int(3, 4) }, (_, i) =>
        zh
          ? `${i + 1}. ${pick(zhVerbs)}${word()}，${pick(zhVerbs)}${word()}。`
          : `${i + 1}. ${pick(enVerbs).replace(/^./, (c) => c.toUpperCase())} the ${word()} and the ${word()}.`,
      ).join('\n');
    const table = () => {
      const head = zh ? '| 情况 | 处理 | 时限 |' : '| Case | Action | Time limit |';
      const rows = Array.from({ length: int(2, 3) }, () =>
        zh
          ? `| ${word()} | ${pick(zhVerbs)}${word()} | ${int(1, 72)} 小时 |`
          : `| ${word()} | ${pick(enVerbs)} the ${word()} | ${int(1, 72)} hours |`,
      );
      return [head, '|---|---|---|', ...rows].join('\n');
    };
    const target = int(400, 1200);
    const blocks = [para(int(1, 2)), heading(), list(), heading(), table()];
    const length = () => blocks.join('\n\n').length;
    for (;;) {
      const next = random() < 0.3 ? `${heading()}\n\n${para(2)}` : para(int(1, 2));
      if (length() >= target || length() + next.length + 2 > 1200) break;
      blocks.push(next);
    }
    return `${blocks.join('\n\n')}\n`;
  }

  const writeArticles = (): { zh: number; en: number; templates: number } => {
    const zhCount = Math.round(total * 0.8);
    let templates = 0;
    for (let i = 0; i < total; i++) {
      const zh = i < zhCount;
      const locale = zh ? 'zh-cn' : 'en';
      const category = categories[i % categories.length]!;
      const slugWords = pickSome(
        enWords.filter((w) => /^[a-z]+$/.test(w)),
        2,
      );
      const slug = `${slugWords.join('-')}-${String(i).padStart(5, '0')}`;
      const title = zh
        ? `${pick(zhWords)}与${pick(zhWords)}：${pick(zhWords)}${pick(['处理流程', '常见问题', '规则说明', '回复模板', '案例'])}`
        : `${pick(enWords).replace(/^./, (c) => c.toUpperCase())} and ${pick(enWords)}: ${pick(['how to handle it', 'common questions', 'the rules', 'reply template', 'a case'])}`;
      const summary = zh ? zhSentence() : enSentence();
      const tags = pickSome(zh ? zhWords : enWords, int(2, 4));
      const aliases = pickSome(zh ? zhWords : enWords, int(1, 2));
      // Reviewed at most 175 days before BUILD_DATE, so no article is overdue.
      const reviewed = new Date(Date.UTC(2026, 5, 1) + int(0, 170) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const type = pick(types);
      // Template articles carry real reply templates (MDX), so the template page type ships its script.
      const mdx = replyTemplates && type === 'template';
      if (mdx) templates++;
      const front = [
        '---',
        `title: ${JSON.stringify(title)}`,
        `summary: ${JSON.stringify(summary)}`,
        `tier: ${pick(tiers)}`,
        `category: ${category}`,
        `type: ${type}`,
        `tags: ${yamlList(tags)}`,
        `owner: ${JSON.stringify(pick(zh ? zhOwners : enOwners))}`,
        `reviewed: ${reviewed}`,
        `reviewEvery: ${pick([180, 365])}`,
        'status: published',
        'audience: internal',
        `aliases: ${yamlList(aliases)}`,
        'related: []',
        `translationKey: ${slug}`,
        '---',
        '',
      ].join('\n');
      const dir = join(root, 'content/kb', locale, category);
      mkdirSync(dir, { recursive: true });
      const body = articleBody(zh) + (mdx ? replyTemplate(zh) : '');
      writeFileSync(join(dir, `${slug}.${mdx ? 'mdx' : 'md'}`), `${front}\n${body}`);
    }
    return { zh: zhCount, en: total - zhCount, templates };
  };

  function replyTemplate(zh: boolean): string {
    const { pick: tpick } = templateTools;
    const sentence = () =>
      zh
        ? `${tpick(zhVerbs)}${tpick(zhWords)}后，我们会${tpick(zhVerbs)}${tpick(zhWords)}。`
        : `We will ${tpick(enVerbs)} the ${tpick(enWords)} for you.`;
    const one = (n: number) =>
      zh
        ? `<ReplyTemplate\n  title="${tpick(zhWords)}回复 ${n}"\n  text="{customer}，您好：\n\n您的${tpick(zhWords)} {order} 已${tpick(zhVerbs)}。${sentence()}预计 {date} 前完成。\n\n我是 {agent}，有问题直接回复即可。"\n/>`
        : `<ReplyTemplate\n  title="${tpick(enWords)} reply ${n}"\n  text="Hello {customer},\n\nYour ${tpick(enWords)} {order} is in progress. ${sentence()} Expect an answer by {date}.\n\nI'm {agent}; just reply if anything changes."\n/>`;
    return `\n${zh ? '## 回复模板' : '## Reply templates'}\n\n${one(1)}\n\n${one(2)}\n`;
  }

  return writeArticles();
}

/**
 * Adds quarters before the earliest snapshot in `<root>/data/snapshots` until there are `quarters`
 * of them: each copies the one after it with its KPI values moved by up to ±4 %, kept within the
 * unit's range, so every report, trend and comparison page grows as a real history would.
 */
export function writeSnapshots(root: string, quarters: number, seed: number): number {
  const dir = join(root, 'data/snapshots');
  const { random } = randomTools(mulberry32(seed + 11));
  const kpis = JSON.parse(readFileSync(join(root, 'data/kpis.json'), 'utf8')) as
    { id: string; unit: string }[] | { kpis: { id: string; unit: string }[] };
  const units = new Map((Array.isArray(kpis) ? kpis : kpis.kpis).map((k) => [k.id, k.unit]));
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}-q[1-4]\.json$/.test(f))
    .sort();
  if (!files.length) throw new Error(`${dir} has no <yyyy>-q<n>.json snapshot to extend`);
  let next = JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as {
    period: string;
    metrics: Record<string, number | null>;
    problems?: Record<string, unknown>[];
  };
  // The ticket export does not reach the added quarters: a problem counted from a tag there
  // carries the frequency its tag gives the earliest real quarter, typed.
  const frequencies = {
    figures: loadTicketFigures(root).value,
    bands: loadFrequencyBands(root).value,
  };
  const earliest = next.period;
  next = {
    ...next,
    ...(next.problems
      ? {
          problems: next.problems.map(({ tag, ...problem }) => {
            if (typeof tag !== 'string') return problem;
            const counted = frequencyFromTag(tag, earliest, frequencies);
            // The project's own check has already reported why a tag gives no frequency.
            if ('code' in counted)
              throw new Error(`${earliest}: “${tag}” gives no frequency (${counted.code})`);
            return { ...problem, frequency: counted.frequency };
          }),
        }
      : {}),
  };
  for (let count = files.length; count < quarters; count++) {
    const period = previousQuarter(next.period);
    const metrics: Record<string, number | null> = {};
    for (const [id, value] of Object.entries(next.metrics)) {
      if (value === null) {
        metrics[id] = value;
        continue;
      }
      const unit = units.get(id);
      let moved = value * (1 + (random() - 0.5) * 0.08);
      if (unit === 'percent') moved = Math.min(100, Math.max(0, moved));
      else if (unit === 'nps') moved = Math.min(100, Math.max(-100, moved));
      else moved = Math.max(0, moved);
      metrics[id] = unit === 'count' ? Math.round(moved) : Math.round(moved * 10) / 10;
    }
    next = { ...next, period, metrics };
    writeFileSync(join(dir, `${period.toLowerCase()}.json`), `${JSON.stringify(next, null, 2)}\n`);
  }
  return Math.max(files.length, quarters);
}
