import {
  agentStorageKey,
  fillTemplate,
  layoutTemplate,
  readAgentValues,
  unfilledFields,
} from '../lib/kb/template.ts';

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

/** The agent's own fields in this browser; private windows and full storage just forget. */
const agentStore = {
  read(): Record<string, string> {
    try {
      return readAgentValues(localStorage.getItem(agentStorageKey));
    } catch {
      return {};
    }
  },
  write(values: Record<string, string>): void {
    try {
      if (Object.keys(values).length) localStorage.setItem(agentStorageKey, JSON.stringify(values));
      else localStorage.removeItem(agentStorageKey);
    } catch {
      // Not stored: the agent types it again next time.
    }
  },
};

const pluralText = (root: HTMLElement, key: 'unfilled' | 'warn', count: number) => {
  const form = new Intl.PluralRules(document.documentElement.lang).select(count);
  const one = root.dataset[`${key}One`];
  const other = root.dataset[`${key}Other`] ?? '';
  return (form === 'one' && one ? one : other).replace('{count}', String(count));
};

/** One template on the page: its inputs, preview, copy button and warning. */
interface Wired {
  root: HTMLElement;
  inputs: HTMLInputElement[];
  render: () => void;
}
const wired: Wired[] = [];
let listening = false;

/** Set an agent field everywhere on the page (every template that has it) and re-render. */
function spreadAgentValue(field: string, value: string, from?: HTMLInputElement): void {
  for (const w of wired) {
    let changed = false;
    for (const input of w.inputs) {
      if (input === from || input.dataset['field'] !== field || !('agent' in input.dataset))
        continue;
      input.value = value;
      changed = true;
    }
    if (changed) w.render();
  }
}

function showForget(): void {
  const any = Object.keys(agentStore.read()).length > 0;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-forget]'))
    button.hidden = !any;
}

/**
 * Wire every reply template on the page: a live preview that names each empty place by its
 * label, one-click copy that first says which fields are still empty, and the agent's own fields
 * (name, team…) remembered in this browser for every template.
 */
export function initReplyTemplates(): void {
  const stored = agentStore.read();
  for (const root of document.querySelectorAll<HTMLElement>('[data-reply-template]')) {
    if (root.dataset['ready']) continue;
    root.dataset['ready'] = 'true';
    const template = root.dataset['template'] ?? '';
    const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Record<string, string>;
    const emptySlot = root.dataset['emptySlot'] ?? '{label}';
    const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-field]')];
    const preview = root.querySelector<HTMLElement>('[data-preview]');
    const button = root.querySelector<HTMLButtonElement>('[data-copy]');
    const status = root.querySelector<HTMLElement>('[data-status]');
    const warning = root.querySelector<HTMLElement>('[data-warning]');
    const warningText = root.querySelector<HTMLElement>('[data-warning-text]');
    const label = (field: string) => labels[field] ?? field;
    const values = () => Object.fromEntries(inputs.map((i) => [i.dataset['field'] ?? '', i.value]));
    const announce = (message: string) => {
      if (!status) return;
      // Clearing first makes screen readers announce a repeated message again.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    };
    const showWarning = (empty: string[]) => {
      if (!warning || !warningText) return;
      warningText.textContent = pluralText(root, 'warn', empty.length).replace(
        '{fields}',
        empty.map(label).join(root.dataset['separator'] ?? ', '),
      );
      warning.hidden = false;
    };
    const render = () => {
      const current = values();
      const empty = new Set(unfilledFields(template, current));
      if (preview) {
        const nodes = layoutTemplate(template, current, (field) =>
          emptySlot.replace('{label}', label(field)),
        ).map((piece) => {
          if (!('field' in piece)) return document.createTextNode(piece.text);
          const mark = document.createElement('mark');
          mark.className = piece.filled ? 'slot filled' : 'slot';
          mark.dataset['slot'] = piece.field;
          mark.textContent = piece.text;
          return mark;
        });
        preview.replaceChildren(...nodes);
      }
      // Once the warning is up, it follows the fields: it names what is still empty, or goes.
      for (const input of inputs) {
        if (input.getAttribute('aria-invalid') === null) continue;
        if (!empty.has(input.dataset['field'] ?? '')) input.removeAttribute('aria-invalid');
      }
      if (warning && !warning.hidden) {
        if (empty.size) showWarning([...empty]);
        else warning.hidden = true;
      }
    };
    wired.push({ root, inputs, render });

    for (const input of inputs) {
      const field = input.dataset['field'] ?? '';
      const isAgent = 'agent' in input.dataset;
      if (isAgent && !input.value && stored[field]) input.value = stored[field];
      input.addEventListener('input', () => {
        render();
        if (!isAgent) return;
        const all = agentStore.read();
        if (input.value.trim()) all[field] = input.value.trim();
        else delete all[field];
        agentStore.write(all);
        spreadAgentValue(field, input.value, input);
        showForget();
      });
    }
    root.querySelector<HTMLElement>('[data-fields]')?.removeAttribute('hidden');
    render();
    if (!button || !status) continue;
    button.hidden = false;

    const copy = async (anyway: boolean) => {
      const current = values();
      const empty = unfilledFields(template, current);
      if (empty.length && !anyway) {
        for (const input of inputs)
          if (empty.includes(input.dataset['field'] ?? ''))
            input.setAttribute('aria-invalid', 'true');
        showWarning(empty);
        status.textContent = '';
        return;
      }
      if (warning) warning.hidden = true;
      const ok = await writeClipboard(fillTemplate(template, current));
      let message = ok ? (root.dataset['copied'] ?? '') : (root.dataset['failed'] ?? '');
      if (ok && empty.length) message += ` · ${pluralText(root, 'unfilled', empty.length)}`;
      announce(message);
    };
    button.addEventListener('click', () => void copy(false));
    root
      .querySelector('[data-copy-anyway]')
      ?.addEventListener('click', () => void copy(true).then(() => button.focus()));
    root.querySelector('[data-fill-in]')?.addEventListener('click', () => {
      const first = inputs.find((i) => !i.value.trim());
      if (warning) warning.hidden = true;
      first?.focus();
    });
    root.querySelector('[data-forget]')?.addEventListener('click', () => {
      const fields = Object.keys(agentStore.read());
      agentStore.write({});
      for (const field of fields) spreadAgentValue(field, '');
      showForget();
      announce(root.dataset['forgotten'] ?? '');
    });
  }
  showForget();
  if (listening) return;
  listening = true;
  // Another tab changed or forgot the agent's details: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== agentStorageKey) return;
    const now = readAgentValues(event.newValue);
    const fields = new Set(
      wired.flatMap((w) =>
        w.inputs.filter((i) => 'agent' in i.dataset).map((i) => i.dataset['field'] ?? ''),
      ),
    );
    for (const field of fields) spreadAgentValue(field, now[field] ?? '');
    showForget();
  });
}
