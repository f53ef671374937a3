// Hover docs and completion for Dockerfiles in Monaco, from dockerfile-language-service (the LSP
// service of VS Code's Docker extension) running in the page. Converts LSP positions (0-based) and
// kinds to Monaco's. Its Docker Hub tag completion needs Node's `https`, aliased to an empty module
// in the browser build (astro.config.mjs), so only offline features are used.

import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import type * as MonacoNs from 'monaco-editor/editor';

type Monaco = typeof MonacoNs;
type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };
type LspMarkup = string | { kind?: string; value: string; language?: string };

const toMonacoRange = (r: LspRange) => ({ startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1 });

/** LSP MarkupContent / MarkedString → Monaco markdown (rendered without HTML support). */
function markdown(c: LspMarkup): { value: string } {
  if (typeof c === 'string') return { value: c };
  if (c.language) return { value: `\`\`\`${c.language}\n${c.value}\n\`\`\`` };
  return { value: c.value };
}

/** Register hover and completion providers for the `dockerfile` language. */
export function registerDockerfileLanguageFeatures(monaco: Monaco) {
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  service.setCapabilities({
    completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true, deprecatedSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  });
  const K = monaco.languages.CompletionItemKind;
  // LSP CompletionItemKind numbers (LSP 3.17 spec) → Monaco's enum.
  const kinds: Record<number, MonacoNs.languages.CompletionItemKind> = { 1: K.Text, 5: K.Field, 6: K.Variable, 10: K.Property, 12: K.Value, 14: K.Keyword, 15: K.Snippet, 17: K.File, 18: K.Reference, 19: K.Folder };

  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const hover = service.computeHover(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 });
      if (!hover) return null;
      const list = (Array.isArray(hover.contents) ? hover.contents : [hover.contents]) as LspMarkup[];
      return { contents: list.map(markdown), ...(hover.range ? { range: toMonacoRange(hover.range) } : {}) };
    },
  });

  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['-', '=', ' ', '$', '{'],
    async provideCompletionItems(model, position) {
      const items = await service.computeCompletionItems(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 });
      const word = model.getWordUntilPosition(position);
      const fallback = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn };
      return {
        suggestions: items.map((raw) => {
          const item = service.resolveCompletionItem(raw);
          const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : null;
          return {
            label: item.label,
            kind: kinds[item.kind ?? 1] ?? K.Text,
            detail: item.detail,
            documentation: item.documentation ? markdown(item.documentation as LspMarkup) : undefined,
            insertText: edit ? edit.newText : (item.insertText ?? item.label),
            insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
            range: edit ? toMonacoRange(edit.range) : fallback,
            sortText: item.sortText,
            filterText: item.filterText,
          };
        }),
      };
    },
  });
}
