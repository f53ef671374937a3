// A Monaco editor for one Dockerfile, with the checker's findings as markers, Starlight's light/dark
// theme, screen-reader mode on, and Escape to leave the editor. Reused by the exercise pages and the
// playground; create it through lazy-editor.ts so Monaco loads only when needed.

import type { Finding } from '../../engine/rules/index.ts';
import type { Monaco } from './monaco.ts';
import type * as MonacoNs from 'monaco-editor/editor';

/** Options of createDockerfileEditor(). */
export interface DockerfileEditorOptions {
  /** Element the editor fills (give it a height). */
  host: HTMLElement;
  value: string;
  /** Accessible name of the editor's text area (default "Dockerfile editor"). */
  label?: string;
  /** Called after each change with the full text. */
  onChange?: (text: string) => void;
  /** Called when the learner presses Escape with no widget open: move focus out of the editor. */
  onEscape?: () => void;
  readOnly?: boolean;
}

/** The editor API the pages use (the same for the lazy wrapper before Monaco has loaded). */
export interface DockerfileEditor {
  getValue(): string;
  /** Replace the whole text (undoable). */
  setValue(text: string): void;
  /** Show the checker's findings as markers. */
  setFindings(findings: Finding[]): void;
  /** Scroll to a line, select it and focus the editor. */
  revealLine(line: number): void;
  focus(): void;
  dispose(): void;
}

const themeOf = () => (document.documentElement.dataset.theme === 'light' ? 'vs' : 'stagecraft-dark');

/** Mount Monaco in `opts.host` (Monaco itself must be loaded: pass the module from monaco.ts). */
export function createDockerfileEditor(monaco: Monaco, opts: DockerfileEditorOptions): DockerfileEditor & { selectAll(): void; setSelection(start: number, end: number): void } {
  // vs-dark's comment colour #608b4e on #1e1e1e is 4.2:1; #6a9955 (VS Code Dark+) is 5.0:1 (WCAG AA).
  monaco.editor.defineTheme('stagecraft-dark', { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '6a9955' }], colors: {} });
  const editor = monaco.editor.create(opts.host, {
    value: opts.value,
    language: 'dockerfile',
    ariaLabel: opts.label ?? 'Dockerfile editor',
    // Screen-reader mode on (the anti-example is an editor that hides its text from screen readers).
    accessibilitySupport: 'on',
    // A real <textarea> carries the accessible name and receives typed text (EditContext has none).
    editContext: false,
    theme: themeOf(),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    wordWrap: 'on',
    fontSize: 14,
    lineNumbersMinChars: 3,
    tabSize: 4,
    fixedOverflowWidgets: true,
    readOnly: opts.readOnly ?? false,
    renderValidationDecorations: 'on',
    // What you type is what you get (learners, screen readers and scripted typing alike): no
    // auto-closed brackets or quotes, no auto-indent, and suggestions only on Ctrl+Space, so Enter
    // always inserts a new line unless the learner opened the suggestion list.
    autoClosingBrackets: 'never',
    autoClosingQuotes: 'never',
    autoSurround: 'never',
    autoIndent: 'none',
    quickSuggestions: false,
    suggestOnTriggerCharacters: false,
    wordBasedSuggestions: 'off',
    // Screen readers (and the text area) see up to 500 lines at once rather than pages of 10.
    accessibilityPageSize: 500,
  });
  const model = editor.getModel()!;
  const subs: MonacoNs.IDisposable[] = [];
  if (opts.onChange) subs.push(editor.onDidChangeModelContent(() => opts.onChange!(editor.getValue())));
  if (opts.onEscape) {
    // Escape leaves the editor unless a suggestion list, hover, find box or message is open.
    editor.addCommand(monaco.KeyCode.Escape, () => opts.onEscape!(), '!suggestWidgetVisible && !findWidgetVisible && !markersNavigationVisible && !parameterHintsVisible && !editorHoverVisible && !inSnippetMode && !hasNextTabstop');
  }
  // Select-all then insert must replace the whole text, also when a tool selects the text area's
  // content before focusing it (Playwright's fill() does `select(); focus()`; Monaco then resets the
  // selection to its caret on focus and would insert in front of the old text).
  const area = opts.host.querySelector<HTMLTextAreaElement>('textarea');
  let selectAllAt = -Infinity;
  const holdsAll = () => !!area && area.value.length > 0 && area.selectionStart === 0 && area.selectionEnd === area.value.length && area.value === model.getValue();
  const onFocus = () => {
    if (holdsAll()) selectAllAt = performance.now();
  };
  const forget = () => (selectAllAt = -Infinity);
  const onBeforeInput = (e: InputEvent) => {
    if ((e.inputType !== 'insertText' && e.inputType !== 'insertReplacementText') || e.data === null) return;
    const intended = performance.now() - selectAllAt < 1000;
    forget();
    if (!intended && !holdsAll()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    editor.pushUndoStop();
    editor.executeEdits('stagecraft-replace-all', [{ range: model.getFullModelRange(), text: e.data }]);
    const end = model.getFullModelRange().getEndPosition();
    editor.setSelection({ startLineNumber: end.lineNumber, startColumn: end.column, endLineNumber: end.lineNumber, endColumn: end.column });
    editor.pushUndoStop();
  };
  area?.addEventListener('focus', onFocus, { capture: true });
  area?.addEventListener('keydown', forget, { capture: true });
  area?.addEventListener('beforeinput', onBeforeInput, { capture: true });
  opts.host.addEventListener('mousedown', forget, { capture: true });
  const themeObserver = new MutationObserver(() => monaco.editor.setTheme(themeOf()));
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  const S = monaco.MarkerSeverity;
  return {
    getValue: () => editor.getValue(),
    setValue(text) {
      if (text === editor.getValue()) return;
      editor.pushUndoStop();
      editor.executeEdits('stagecraft', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    setFindings(findings) {
      monaco.editor.setModelMarkers(
        model,
        'stagecraft',
        findings.map((f) => ({
          severity: f.severity === 'error' ? S.Error : f.severity === 'warning' ? S.Warning : S.Info,
          message: f.message,
          source: 'stagecraft',
          code: f.rule,
          startLineNumber: f.line,
          startColumn: f.column,
          endLineNumber: f.endLine,
          endColumn: f.endColumn,
        })),
      );
    },
    revealLine(line) {
      const l = Math.min(Math.max(1, line), model.getLineCount());
      editor.revealLineInCenter(l);
      editor.setSelection({ startLineNumber: l, startColumn: 1, endLineNumber: l, endColumn: model.getLineMaxColumn(l) });
      editor.focus();
    },
    focus: () => editor.focus(),
    selectAll: () => editor.setSelection(model.getFullModelRange()),
    setSelection(start, end) {
      const a = model.getPositionAt(start);
      const b = model.getPositionAt(end);
      editor.setSelection({ startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column });
    },
    dispose() {
      themeObserver.disconnect();
      area?.removeEventListener('beforeinput', onBeforeInput, { capture: true });
      area?.removeEventListener('focus', onFocus, { capture: true });
      area?.removeEventListener('keydown', forget, { capture: true });
      for (const s of subs) s.dispose();
      editor.dispose();
    },
  };
}
