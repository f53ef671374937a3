// The one place that imports Monaco: the bare editor API, the Dockerfile language only, and the few
// editor features the exercise page uses (hover, completion, go to next problem, find, comment,
// Ctrl+M tab focus mode). Loaded with a dynamic import() only when an editor is needed.
// Import paths are Monaco 0.57's (see /work/shared/design/TOOLCHAIN.md).

// dockerfile-language-service parses with dockerfile-ast, which needs the Buffer shim in the page too.
import '../../worker/buffer-shim.ts';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerDockerfileLanguageFeatures } from './language-features.ts';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

registerDockerfileLanguageFeatures(monaco);

// Published for lazy-editor.ts, which loads this bundle with a <script> element.
(globalThis as { StagecraftMonaco?: typeof monaco }).StagecraftMonaco = monaco;

export { monaco };
export type Monaco = typeof monaco;
