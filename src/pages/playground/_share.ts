// The playground's share button: puts the Dockerfile into the URL fragment (src/lib/share/link.ts),
// copies the link when the browser allows it, and always shows it in a read-only field.

import { encodeShare } from '../../lib/share/link.ts';

/** Wire the share controls under `root`; `text()` returns the current Dockerfile. */
export function bindShare(root: HTMLElement, text: () => string) {
  const button = root.querySelector<HTMLButtonElement>('[data-share]')!;
  const status = root.querySelector<HTMLElement>('[data-share-status]')!;
  const box = root.querySelector<HTMLElement>('[data-share-box]')!;
  const field = root.querySelector<HTMLInputElement>('[data-share-url]')!;
  button.addEventListener('click', async () => {
    const r = encodeShare(text());
    if (!r.ok) {
      status.textContent = r.error;
      box.hidden = true;
      return;
    }
    const url = `${location.origin}${location.pathname}#${r.fragment}`;
    // replaceState: no new history entry and no hashchange event (the editor already shows the text).
    history.replaceState(null, '', `#${r.fragment}`);
    field.value = url;
    box.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied. It carries the Dockerfile in the part after #, which is never sent to a server.';
    } catch {
      field.select();
      status.textContent = 'Copy the link from the field below. It carries the Dockerfile in the part after #.';
    }
  });
}
