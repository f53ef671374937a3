// "Reset to starter" with an inline confirmation (a real dialog box would block keyboard users less
// predictably and is dismissed silently by some browsers).

/** Wire the reset button under `root`; `onReset` runs only after the learner confirms. */
export function bindReset(root: HTMLElement, onReset: () => void) {
  const button = root.querySelector<HTMLButtonElement>('[data-reset]')!;
  const box = root.querySelector<HTMLElement>('[data-reset-confirm]')!;
  const yes = root.querySelector<HTMLButtonElement>('[data-reset-yes]')!;
  const no = root.querySelector<HTMLButtonElement>('[data-reset-no]')!;
  const close = (focusBack: boolean) => {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (focusBack) button.focus();
  };
  button.addEventListener('click', () => {
    box.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    no.focus();
  });
  no.addEventListener('click', () => close(true));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
  });
  yes.addEventListener('click', () => {
    close(false);
    onReset();
  });
}
