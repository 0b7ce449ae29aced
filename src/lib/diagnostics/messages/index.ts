import { en, nouns as enNouns } from './en.ts';
import { zhCn, nouns as zhNouns } from './zh-cn.ts';
import type { CheckLang, Subject, Text } from './shared.ts';

export * from './shared.ts';

/** A stable problem code, e.g. `schema.enum`; the key of both message catalogs. */
export type MessageCode = keyof typeof en;
/** The parameters a code's texts need. */
export type MessageParams<C extends MessageCode> =
  Parameters<(typeof en)[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>;

const catalogs = { en, 'zh-cn': zhCn } as const;

/** Every code, for completeness tests and documentation. */
export const messageCodes = Object.keys(en) as MessageCode[];

/** Render a code's message and fix in one language. */
export function render<C extends MessageCode>(
  lang: CheckLang,
  code: C,
  params: MessageParams<C>,
  subject?: Subject,
): Text {
  const fn = catalogs[lang][code] as (p: MessageParams<C>) => Text;
  const [message, fix] = fn(params);
  return [subjectPrefix(lang, subject) + message, fix];
}

/** "task “map”: " / "任务“map”：", naming the item a problem sits in. */
export function subjectPrefix(lang: CheckLang, subject: Subject | undefined): string {
  if (!subject) return '';
  if (lang === 'zh-cn') {
    const noun = zhNouns[subject.noun];
    if (subject.id !== undefined) return `${noun}“${subject.id}”：`;
    return subject.index !== undefined ? `第 ${subject.index + 1} 个${noun}：` : `${noun}：`;
  }
  const noun = enNouns[subject.noun];
  if (subject.id !== undefined) return `${noun} “${subject.id}”: `;
  return subject.index !== undefined ? `${noun} ${subject.index + 1}: ` : `${noun}: `;
}
