/** Opens the palette on Ctrl/⌘+K, `/` (outside text fields) or the header button; loads it on first use. */
export function initQuickFindLoader(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-quick-find]');
  if (!dialog) return;
  let loading: Promise<void> | undefined;
  const open = () => {
    // Open at once so nothing typed while the index loads is lost; the module renders what is there.
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-quick-find-input]')?.select();
    loading ??= import('./quick-find.ts').then((m) => m.setUpPalette(dialog));
  };
  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  document.addEventListener('keydown', (event) => {
    const combo = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (combo || (event.key === '/' && !typing(event.target) && !dialog.open)) {
      event.preventDefault();
      open();
    }
  });
  for (const button of document.querySelectorAll('[data-quick-find-open]'))
    button.addEventListener('click', open);
}
