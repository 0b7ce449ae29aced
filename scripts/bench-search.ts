/**
 * Search benchmark (issue 3, item 8): generates a synthetic knowledge base, builds it and measures
 * the index (build time, bytes) and both search engines in Chromium (bytes of the first full-text
 * query, Pagefind latency, quick-find palette latency per keystroke).
 *
 *   npm run bench:search                       # 2,000 articles
 *   npm run bench:search -- --articles 10000   # any count; --keep keeps the temporary project
 *
 * Prints a Markdown table and writes the same figures to `.bench/search-<n>.json`.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { buildEnv, createTempProject, removeTempProject } from './lib/temp-project.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20261123' },
    keep: { type: 'boolean', default: false },
  },
});
const total = Number(args.articles);
if (!Number.isInteger(total) || total < 10) throw new Error('--articles must be an integer ≥ 10');
const seed = Number(args.seed);

// ---------------------------------------------------------------------------------------------
// Seeded randomness and vocabulary
// ---------------------------------------------------------------------------------------------

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pickSome = <T>(list: readonly T[], n: number): T[] => {
  const out = new Set<T>();
  while (out.size < n) out.add(pick(list));
  return [...out];
};

const zhWords =
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
const zhVerbs =
  `处理 核实 确认 告知 提交 记录 跟进 说明 登记 转交 复核 反馈 安排 补充 更新 关闭 升级 解释 核对 回复`
    .split(/\s+/)
    .filter(Boolean);
const zhTerms = ['SLA', 'CRM', 'App', 'ID', 'VIP', 'FAQ', 'IVR', 'NPS'];

const enWords =
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
const enVerbs =
  `check confirm explain record escalate review update close send verify approve log track resolve
document reply`
    .split(/\s+/)
    .filter(Boolean);

const tiers = ['basic', 'advanced', 'expert'] as const;
const types = ['guide', 'howto', 'faq', 'template', 'policy', 'case'] as const;
const zhOwners = ['售后服务组', '订单与物流组', '账单组', '投诉处理组', '质检组', '知识库组'];
const enOwners = ['After-sales team', 'Orders team', 'Billing team', 'Complaints team', 'QA team'];

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

const yamlList = (items: string[]) => `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;

function writeCorpus(root: string, categories: string[]): { zh: number; en: number } {
  const zhCount = Math.round(total * 0.8);
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
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `summary: ${JSON.stringify(summary)}`,
      `tier: ${pick(tiers)}`,
      `category: ${category}`,
      `type: ${pick(types)}`,
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
    writeFileSync(join(dir, `${slug}.md`), `${front}\n${articleBody(zh)}`);
  }
  return { zh: zhCount, en: total - zhCount };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function run(cmd: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(e.parentPath, e.name)) : [join(e.parentPath, e.name)],
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)]!;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

interface Resource {
  path: string;
  bytes: number;
  gzip: number;
}

/**
 * Every response a browser context receives, with the gzip -9 size of JSON/JS files on disk.
 * Recorded from the network, not the Performance API: Pagefind fetches its index in a worker.
 */
function recordRequests(context: BrowserContext, dist: string) {
  let pending: Promise<Resource | undefined>[] = [];
  const toResource = async (request: Request): Promise<Resource | undefined> => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return undefined;
    const path = decodeURIComponent(url.pathname);
    const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
    const onDisk = existsSync(file) && statSync(file).isFile();
    // The static server sends files as they are on disk (no compression), in chunked encoding.
    const bytes = onDisk
      ? statSync(file).size
      : ((await request.sizes().catch(() => undefined))?.responseBodySize ?? 0);
    const gzip = onDisk && /\.(m?js|json)$/.test(path) ? gzipBytes(file) : bytes;
    return { path, bytes, gzip };
  };
  context.on('requestfinished', (request) => pending.push(toResource(request)));
  return {
    /** The responses since the last call. */
    take: async () => {
      const done = await Promise.all(pending);
      pending = [];
      return done.filter((r) => r !== undefined);
    },
  };
}
const sum2 = (fs: { bytes: number }[]) => fs.reduce((a, f) => a + f.bytes, 0);
const sum = (rs: Resource[], key: 'bytes' | 'gzip') => rs.reduce((a, r) => a + r[key], 0);

interface PagefindApi {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const started = performance.now();
const tmp = createTempProject('bench-search');
let exitCode = 0;
try {
  const categories = (
    JSON.parse(readFileSync(join(repo, 'data/categories.json'), 'utf8')) as { id: string }[]
  ).map((c) => c.id);
  const counts = writeCorpus(tmp, categories);
  console.error(`Generated ${total} articles (${counts.zh} zh-cn, ${counts.en} en) in ${tmp}`);

  // Build
  console.error('Building…');
  const buildStart = performance.now();
  const build = await run('npx', ['astro', 'build'], tmp, buildEnv());
  const buildMs = performance.now() - buildStart;
  const plain = build.output.replace(/\x1b\[[0-9;]*m/g, '');
  if (build.code !== 0) {
    console.error(plain.split('\n').slice(-40).join('\n'));
    throw new Error(`astro build exited with ${build.code}`);
  }
  const indexed = /indexed (\d+) pages in (\d+) ms/.exec(plain);
  if (!indexed) throw new Error('the build did not log “indexed N pages in M ms”');
  const dist = join(tmp, 'dist');

  // Index bytes
  const pagefindDir = join(dist, 'pagefind');
  const pfFiles = walk(pagefindDir).map((f) => ({
    rel: relative(pagefindDir, f),
    bytes: statSync(f).size,
  }));
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number; wasm?: string }>;
  };
  const perLanguage: Record<string, { pages: number; bytes: number; files: number }> = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const own = pfFiles.filter((f) => {
      const base = f.rel.split('/').at(-1)!;
      return base.startsWith(`${lang}_`) || base.startsWith(`pagefind.${lang}_`);
    });
    perLanguage[lang] = { pages: info.page_count, bytes: sum2(own), files: own.length };
  }
  const pagefindTotal = sum2(pfFiles);
  const sharedBytes = pagefindTotal - Object.values(perLanguage).reduce((a, l) => a + l.bytes, 0);
  const paletteIndex = Object.fromEntries(
    ['zh-cn', 'en'].map((locale) => {
      const file = join(dist, locale, 'quick-find.json');
      return [locale, { bytes: statSync(file).size, gzip: gzipBytes(file) }];
    }),
  );

  // Browser measurements
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const fresh = async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const requests = recordRequests(context, dist);
    const page = await context.newPage();
    return { context, page, requests };
  };
  const queryRandom = mulberry32(seed + 1);
  const qpick = <T>(list: readonly T[]): T => list[Math.floor(queryRandom() * list.length)]!;
  const pagefindQueries = {
    'zh-cn': Array.from({ length: 40 }, (_, i) =>
      i % 4 === 3 ? `${qpick(zhWords)} ${qpick(zhWords)}` : qpick(zhWords),
    ),
    en: Array.from({ length: 40 }, (_, i) =>
      i % 4 === 3 ? `${qpick(enWords)} ${qpick(enWords)}` : qpick(enWords),
    ),
  };
  const paletteQueries = {
    'zh-cn': Array.from({ length: 20 }, (_, i) =>
      i % 2 ? `${qpick(zhWords)}${qpick(zhWords)}` : qpick(zhWords),
    ),
    en: Array.from({ length: 20 }, (_, i) =>
      i % 2 ? `${qpick(enWords)} ${qpick(enWords)}` : qpick(enWords),
    ),
  };

  let firstQuery: {
    query: string;
    status: string;
    results: number;
    page: Resource[];
    query_resources: Resource[];
  };
  const latency: Record<
    string,
    {
      pagefind: { coldMs: number; medianMs: number; p95Ms: number; queries: number };
      palette: { medianMs: number; p95Ms: number; keystrokes: number; openBytes: number };
    }
  > = {};
  try {
    // (1) Bytes of the first full-text query on the search page.
    {
      const { context, page, requests } = await fresh();
      await page.goto('/zh-cn/search/', { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      const pageLoad = await requests.take();
      const query = '退款时效';
      await page.locator('[data-search-input]').fill(query);
      await page.locator('[data-search-input]').press('Enter');
      await page.waitForFunction(() => {
        const region = document.querySelector('[data-search-results-region]');
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return (
          region?.getAttribute('aria-busy') === 'false' &&
          status !== '' &&
          !/正在|Searching/.test(status)
        );
      });
      await page.waitForTimeout(200);
      firstQuery = {
        query,
        status: (await page.locator('[data-search-status]').textContent()) ?? '',
        results: await page.locator('[data-search-results] > li').count(),
        page: pageLoad,
        query_resources: await requests.take(),
      };
      await context.close();
    }

    for (const locale of ['zh-cn', 'en'] as const) {
      // (2) Pagefind latency, in a fresh context so the first query is cold.
      const { context, page, requests } = await fresh();
      await page.goto(`/${locale}/`, { waitUntil: 'networkidle' });
      const times = await page.evaluate(async (queries) => {
        const url = '/pagefind/pagefind.js';
        const pf = (await import(url)) as PagefindApi;
        await pf.init();
        const out: number[] = [];
        for (const q of queries) {
          const t0 = performance.now();
          const search = await pf.search(q);
          await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
          out.push(performance.now() - t0);
        }
        return out;
      }, pagefindQueries[locale]);
      const warm = times.slice(1);

      // (3) Palette latency per keystroke: from the input event to the listbox update.
      const palettePage = await context.newPage();
      await palettePage.goto(`/${locale}/`, { waitUntil: 'networkidle' });
      await requests.take();
      const scriptMap =
        locale === 'zh-cn'
          ? palettePage
              .waitForResponse((r) => r.url().includes('script-map'), { timeout: 15_000 })
              .catch(() => null)
          : Promise.resolve(null);
      await palettePage.keyboard.press('Control+k');
      const input = palettePage.locator('[data-quick-find-input]');
      await input.waitFor();
      const warmUp = locale === 'zh-cn' ? '退款' : 'refund';
      await input.fill(warmUp);
      await palettePage.locator('[role="option"].qf-full', { hasText: warmUp }).waitFor();
      await scriptMap;
      await palettePage.waitForTimeout(200);
      const openBytes = sum(await requests.take(), 'bytes');
      const keystrokes = await palettePage.evaluate(async (queries) => {
        const box = document.querySelector<HTMLInputElement>('[data-quick-find-input]')!;
        const list = document.querySelector('[data-quick-find-list]')!;
        const out: number[] = [];
        for (const q of queries) {
          const chars = [...q];
          for (let i = 1; i <= chars.length; i++) {
            const updated = new Promise<number>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve(performance.now());
              });
              observer.observe(list, { childList: true, subtree: true });
              setTimeout(() => resolve(Number.NaN), 5_000);
            });
            box.value = chars.slice(0, i).join('');
            const t0 = performance.now();
            box.dispatchEvent(new Event('input', { bubbles: true }));
            out.push((await updated) - t0);
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          box.value = '';
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return out;
      }, paletteQueries[locale]);
      await context.close();
      if (keystrokes.some(Number.isNaN)) throw new Error(`the ${locale} palette did not update`);

      latency[locale] = {
        pagefind: {
          coldMs: round(times[0]!),
          medianMs: round(median(warm)),
          p95Ms: round(p95(warm)),
          queries: times.length,
        },
        palette: {
          medianMs: round(median(keystrokes), 2),
          p95Ms: round(p95(keystrokes), 2),
          keystrokes: keystrokes.length,
          openBytes,
        },
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Report
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 1024 ** 3),
    node: process.version,
  };
  const pfInit = firstQuery.page.filter((r) => r.path.startsWith('/pagefind/'));
  const result = {
    date: new Date().toISOString(),
    machine,
    articles: { total, ...counts },
    seed,
    build: {
      wallClockMs: Math.round(buildMs),
      indexedPages: Number(indexed[1]),
      indexMs: Number(indexed[2]),
    },
    pagefindBytes: { total: pagefindTotal, shared: sharedBytes, perLanguage },
    paletteIndex,
    searchPageInit: { bytes: sum(pfInit, 'bytes'), resources: pfInit },
    firstQuery: {
      query: firstQuery.query,
      status: firstQuery.status,
      results: firstQuery.results,
      bytes: sum(firstQuery.query_resources, 'bytes'),
      gzipJsJson: sum(firstQuery.query_resources, 'gzip'),
      resources: firstQuery.query_resources,
    },
    latency,
    benchmarkMs: 0,
  };
  result.benchmarkMs = Math.round(performance.now() - started);

  const rows: [string, string][] = [
    [
      'Machine',
      `${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB RAM, Node ${machine.node}`,
    ],
    ['Articles', `${total} (${counts.zh} zh-cn, ${counts.en} en)`],
    ['Astro build, wall clock', `${round(buildMs / 1000)} s`],
    ['Index build (Pagefind)', `${result.build.indexMs} ms for ${result.build.indexedPages} pages`],
    ['dist/pagefind total', `${kb(pagefindTotal)} (${pfFiles.length} files)`],
    ...Object.entries(perLanguage).map(([lang, l]): [string, string] => [
      `dist/pagefind ${lang}`,
      `${kb(l.bytes)} (${l.files} files, ${l.pages} pages)`,
    ]),
    ['dist/pagefind shared (JS, CSS, wasm)', kb(sharedBytes)],
    ...Object.entries(paletteIndex).map(([locale, p]): [string, string] => [
      `Palette index ${locale}`,
      `${kb(p.bytes)} (gzip -9 ${kb(p.gzip)})`,
    ]),
    ['Search page, Pagefind init', `${kb(result.searchPageInit.bytes)} (${pfInit.length} files)`],
    [
      `First full-text query “${firstQuery.query}”`,
      `${kb(result.firstQuery.bytes)} raw, ${kb(result.firstQuery.gzipJsJson)} with JSON/JS gzip -9 (${firstQuery.query_resources.length} files); “${firstQuery.status}”`,
    ],
    ...Object.entries(latency).flatMap(([locale, l]): [string, string][] => [
      [
        `Pagefind query ${locale} (search + 10 × data())`,
        `cold ${l.pagefind.coldMs} ms; median ${l.pagefind.medianMs} ms, p95 ${l.pagefind.p95Ms} ms (${l.pagefind.queries - 1} warm)`,
      ],
      [
        `Palette keystroke ${locale}`,
        `median ${l.palette.medianMs} ms, p95 ${l.palette.p95Ms} ms (${l.palette.keystrokes} keystrokes); opening loads ${kb(l.palette.openBytes)}`,
      ],
    ]),
    ['Benchmark total', `${round(result.benchmarkMs / 1000)} s`],
  ];
  console.log(
    `| Measure | Value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`,
  );
  console.log('\nFirst query fetched:');
  for (const r of firstQuery.query_resources)
    console.log(`  ${r.path}  ${r.bytes} B${r.gzip !== r.bytes ? ` (gzip -9 ${r.gzip} B)` : ''}`);

  mkdirSync(join(repo, '.bench'), { recursive: true });
  const out = join(repo, '.bench', `search-${total}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWritten to ${relative(repo, out)}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (args.keep) console.error(`Kept ${tmp}`);
  else {
    try {
      unlinkSync(join(tmp, 'node_modules'));
    } catch {
      // not linked yet
    }
    removeTempProject(tmp);
  }
}
process.exitCode = exitCode;
