/**
 * Queries agents really type, each with the article that must come up in the top 3 of both the
 * quick-find palette and the full-text search page. Kinds: Simplified, Traditional, English,
 * misspelled, words run together, alias only, a question (如何…, …怎么办, how do I…), a title's
 * words in another order or with a word between, and a section heading.
 */
export interface QueryCase {
  kind:
    | 'simplified'
    | 'traditional'
    | 'english'
    | 'misspelled'
    | 'run-together'
    | 'alias'
    | 'synonym'
    | 'question'
    | 'reordered'
    | 'heading';
  locale: 'zh-cn' | 'en';
  query: string;
  /** Slug of the article that must be in the top 3. */
  expect: string;
}

export const queryCases: QueryCase[] = [
  { kind: 'question', locale: 'zh-cn', query: '如何修改收货地址', expect: 'address-change-howto' },
  {
    kind: 'question',
    locale: 'zh-cn',
    query: '包裹丢失怎么办',
    expect: 'lost-damaged-parcel-claims',
  },
  {
    kind: 'question',
    locale: 'zh-cn',
    query: '退貨規則怎麼辦',
    expect: 'returns-rules-hk-macau-tw',
  },
  {
    kind: 'question',
    locale: 'en',
    query: 'what are fraud red flags',
    expect: 'fraud-social-engineering-red-flags',
  },
  {
    kind: 'reordered',
    locale: 'zh-cn',
    query: '快递理赔 包裹丢失',
    expect: 'lost-damaged-parcel-claims',
  },
  { kind: 'reordered', locale: 'zh-cn', query: '港澳台退货', expect: 'returns-rules-hk-macau-tw' },
  {
    kind: 'heading',
    locale: 'zh-cn',
    query: '向快递公司理赔',
    expect: 'lost-damaged-parcel-claims',
  },
  {
    kind: 'heading',
    locale: 'en',
    query: 'Nine red flags',
    expect: 'fraud-social-engineering-red-flags',
  },
  {
    kind: 'simplified',
    locale: 'zh-cn',
    query: '退款到账时间',
    expect: 'refund-timelines-by-payment',
  },
  { kind: 'simplified', locale: 'zh-cn', query: '电子发票', expect: 'invoice-faq' },
  { kind: 'simplified', locale: 'zh-cn', query: '重复扣款', expect: 'duplicate-charge-incident' },
  { kind: 'simplified', locale: 'zh-cn', query: '退货', expect: 'returns-rules-hk-macau-tw' },
  {
    kind: 'simplified',
    locale: 'zh-cn',
    query: '老年客户',
    expect: 'serving-elderly-disabled-customers',
  },
  {
    kind: 'traditional',
    locale: 'zh-cn',
    query: '投訴處理三步流程',
    expect: 'complaint-three-step-flow',
  },
  {
    kind: 'traditional',
    locale: 'zh-cn',
    query: '退款確認',
    expect: 'refund-confirmation-template',
  },
  { kind: 'traditional', locale: 'zh-cn', query: '電子發票', expect: 'e-invoice-reissue' },
  // Taiwan words for mainland ones: 登入 is 登录, 智慧 is 智能.
  { kind: 'traditional', locale: 'zh-cn', query: '登入異常', expect: 'signin-password-reset' },
  {
    kind: 'traditional',
    locale: 'zh-cn',
    query: '智慧助手試點',
    expect: 'ai-assistant-takeover',
  },
  {
    kind: 'reordered',
    locale: 'zh-cn',
    query: '合并 账号 重置 密码',
    expect: 'signin-password-reset',
  },
  {
    kind: 'traditional',
    locale: 'zh-cn',
    query: '身份核驗',
    expect: 'identity-verification-account-changes',
  },
  { kind: 'run-together', locale: 'zh-cn', query: '处理时效', expect: 'complaint-sla-hk' },
  {
    kind: 'run-together',
    locale: 'zh-cn',
    query: '退货流程时效',
    expect: 'returns-pilot-two-hours',
  },
  {
    kind: 'run-together',
    locale: 'zh-cn',
    query: '订单修改取消规则',
    expect: 'order-change-cancellation-rules',
  },
  {
    kind: 'misspelled',
    locale: 'zh-cn',
    query: '身份核严',
    expect: 'identity-verification-account-changes',
  },
  {
    kind: 'misspelled',
    locale: 'zh-cn',
    query: '包裹丢失与破顺',
    expect: 'lost-damaged-parcel-claims',
  },
  { kind: 'alias', locale: 'zh-cn', query: '客诉流程', expect: 'complaint-three-step-flow' },
  { kind: 'alias', locale: 'zh-cn', query: '地址写错了', expect: 'address-change-howto' },
  { kind: 'alias', locale: 'zh-cn', query: '五个为什么', expect: 'five-why-repeat-problem' },
  { kind: 'alias', locale: 'zh-cn', query: '被扣两遍', expect: 'duplicate-charge-incident' },
  { kind: 'synonym', locale: 'zh-cn', query: '退钱', expect: 'refund-timelines-by-payment' },
  {
    kind: 'english',
    locale: 'en',
    query: 'refund confirmation',
    expect: 'refund-confirmation-template',
  },
  {
    kind: 'english',
    locale: 'en',
    query: 'identity verification',
    expect: 'identity-verification-account-changes',
  },
  {
    kind: 'english',
    locale: 'en',
    query: 'fraud red flags',
    expect: 'fraud-social-engineering-red-flags',
  },
  { kind: 'english', locale: 'en', query: 'empathy wording', expect: 'empathy-wording-standard' },
  {
    kind: 'misspelled',
    locale: 'en',
    query: 'refnd confirmation',
    expect: 'refund-confirmation-template',
  },
  { kind: 'misspelled', locale: 'en', query: 'invoce', expect: 'invoice-faq' },
  { kind: 'misspelled', locale: 'en', query: 'emapthy', expect: 'empathy-wording-standard' },
  {
    kind: 'alias',
    locale: 'en',
    query: 'irate customer',
    expect: 'calming-angry-customer-template',
  },
  { kind: 'alias', locale: 'en', query: 'RMA', expect: 'after-sales-desk-howto' },
  { kind: 'alias', locale: 'en', query: 'what is fcr', expect: 'support-metrics-glossary' },
];
