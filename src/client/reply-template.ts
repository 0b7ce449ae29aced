import { fillTemplate, templateFields } from '../lib/kb/template.ts';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or a denied permission: the selection-based fallback still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Wire every reply template on the page: live preview of the filled text and one-click copy. */
export function initReplyTemplates(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-reply-template]')) {
    if (root.dataset['ready']) continue;
    root.dataset['ready'] = 'true';
    const template = root.dataset['template'] ?? '';
    const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-field]')];
    const button = root.querySelector<HTMLButtonElement>('[data-copy]');
    const status = root.querySelector<HTMLElement>('[data-status]');
    const values = () => Object.fromEntries(inputs.map((i) => [i.dataset['field'] ?? '', i.value]));
    const render = () => {
      const current = values();
      for (const slot of root.querySelectorAll<HTMLElement>('[data-slot]')) {
        const name = slot.dataset['slot'] ?? '';
        const value = current[name]?.trim();
        slot.textContent = value || `{${name}}`;
        slot.classList.toggle('filled', Boolean(value));
      }
    };
    root.querySelector<HTMLElement>('[data-fields]')?.removeAttribute('hidden');
    for (const input of inputs) input.addEventListener('input', render);
    if (!button || !status) continue;
    button.hidden = false;
    const copy = async () => {
      const current = values();
      const text = fillTemplate(template, current);
      const empty = templateFields(template).filter((f) => !current[f]?.trim()).length;
      const ok = await writeClipboard(text);
      let message = ok ? (root.dataset['copied'] ?? '') : (root.dataset['failed'] ?? '');
      if (ok && empty > 0) {
        const form = new Intl.PluralRules(document.documentElement.lang).select(empty);
        const note =
          (form === 'one' ? root.dataset['unfilledOne'] : root.dataset['unfilledOther']) ?? '';
        message += ` · ${note.replace('{count}', String(empty))}`;
      }
      // Clearing first makes screen readers announce a repeated message again.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    };
    button.addEventListener('click', () => void copy());
  }
}
