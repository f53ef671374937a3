// Starts with the page's plain <textarea> (labelled "Dockerfile editor", usable before and without
// Monaco) and swaps in Monaco when the editor scrolls into view, gets focus or is touched, keeping
// the text, the selection and the focus. Monaco is therefore never loaded before first paint, and
// never at all on a page where the learner does not reach the editor.

import type { Finding } from '../../engine/rules/index.ts';
import { createDockerfileEditor, type DockerfileEditor } from './dockerfile-editor.ts';
import type { Monaco } from './monaco.ts';
// Monaco is bundled on its own (Vite's worker bundling: one self-contained script with its CSS),
// outside the page's module graph. A plain dynamic import() would make Astro link Monaco's CSS
// from every exercise page's <head> (withastro/astro#9495), render-blocking before first paint.
import monacoScriptUrl from './monaco.ts?worker&url';

/** Load the Monaco bundle once with a <script> element; it publishes itself on globalThis. */
function loadMonaco(): Promise<{ monaco: Monaco }> {
  const g = globalThis as { StagecraftMonaco?: Monaco };
  if (g.StagecraftMonaco) return Promise.resolve({ monaco: g.StagecraftMonaco });
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = monacoScriptUrl;
    s.async = true;
    s.onload = () => (g.StagecraftMonaco ? resolve({ monaco: g.StagecraftMonaco }) : reject(new Error('the editor script did not start')));
    s.onerror = () => reject(new Error('the editor script could not be downloaded'));
    document.head.append(s);
  });
}

/** Options of lazyDockerfileEditor(). */
export interface LazyEditorOptions {
  /** The fallback textarea (already holding the starting text and its aria-label). */
  textarea: HTMLTextAreaElement;
  /** Empty element of the same size where Monaco mounts. */
  host: HTMLElement;
  onChange?: (text: string) => void;
  onEscape?: () => void;
  /** Called once Monaco is on screen. */
  onReady?: () => void;
  /** Called when Monaco could not load (the textarea stays usable). */
  onLoadError?: (e: Error) => void;
}

/** The editor plus `start()`, which loads Monaco now. */
export type LazyEditor = DockerfileEditor & { start(): Promise<void>; readonly monacoReady: boolean };

/** Wrap the textarea; Monaco replaces it on first need. */
export function lazyDockerfileEditor(opts: LazyEditorOptions): LazyEditor {
  const { textarea, host } = opts;
  let monacoEditor: ReturnType<typeof createDockerfileEditor> | null = null;
  let findings: Finding[] = [];
  let starting: Promise<void> | null = null;
  const onInput = () => opts.onChange?.(textarea.value);
  textarea.addEventListener('input', onInput);

  const start = () =>
    (starting ??= loadMonaco()
      .then(({ monaco }) => {
        const hadFocus = document.activeElement === textarea;
        const { selectionStart, selectionEnd, value } = textarea;
        host.hidden = false;
        monacoEditor = createDockerfileEditor(monaco, { host, value, label: textarea.getAttribute('aria-label') ?? undefined, onChange: opts.onChange, onEscape: opts.onEscape });
        monacoEditor.setFindings(findings);
        textarea.removeEventListener('input', onInput);
        // Removed, not hidden: a script (or assistive tech) holding the old element re-finds the
        // labelled text box, which is now Monaco's.
        textarea.remove();
        host.closest('[data-editor]')?.setAttribute('data-editor-state', 'monaco');
        if (hadFocus) {
          monacoEditor.setSelection(selectionStart, selectionEnd);
          monacoEditor.focus();
        }
        opts.onReady?.();
      })
      .catch((e: Error) => {
        host.hidden = true;
        opts.onLoadError?.(e);
      }));

  // Triggers: focus or touch of the fallback, or the editor coming on screen.
  const trigger = () => void start();
  textarea.addEventListener('focus', trigger, { once: true });
  textarea.addEventListener('pointerdown', trigger, { once: true });
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      io.disconnect();
      trigger();
    }
  });
  io.observe(textarea);

  return {
    start,
    get monacoReady() {
      return monacoEditor !== null;
    },
    getValue: () => (monacoEditor ? monacoEditor.getValue() : textarea.value),
    setValue(text) {
      if (monacoEditor) monacoEditor.setValue(text);
      else {
        textarea.value = text;
        onInput();
      }
    },
    setFindings(f) {
      findings = f;
      monacoEditor?.setFindings(f);
    },
    revealLine(line) {
      if (monacoEditor) return monacoEditor.revealLine(line);
      // Before Monaco: select the line in the textarea.
      const lines = textarea.value.split('\n');
      const startAt = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
      textarea.focus();
      textarea.setSelectionRange(startAt, startAt + (lines[line - 1]?.length ?? 0));
    },
    focus: () => (monacoEditor ? monacoEditor.focus() : textarea.focus()),
    dispose() {
      io.disconnect();
      monacoEditor?.dispose();
    },
  };
}
