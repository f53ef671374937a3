// The engine's shared vocabulary: the model of a parsed Dockerfile, base images, and run results.
// Pure types only; every face of Stagecraft (CLI, site, graders, rules) speaks in these.

/** A 1-based source range. `endColumn` is exclusive (as in SARIF and Monaco markers). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// ---------------------------------------------------------------------------------------------
// Base images (the catalog)

export type ShellKind = 'none' | 'sh' | 'bash' | 'busybox';
export type Libc = 'none' | 'glibc' | 'musl';
export type ImageRole =
  /** nothing at all (scratch) */
  | 'empty'
  /** minimal runtime with no shell / package manager (distroless, chainguard) */
  | 'minimal'
  /** a language runtime image meant to ship (python:3.12-slim, eclipse-temurin:21-jre, node:22-slim) */
  | 'runtime'
  /** a build image carrying compilers / SDKs (golang, maven, rust, eclipse-temurin:*-jdk, full python/node) */
  | 'build'
  /** a general OS userland (debian, ubuntu, alpine, busybox) */
  | 'os'
  /** a server image (nginx) */
  | 'server';

/** A known script that an image's ENTRYPOINT runs and that ends by `exec`ing its arguments. */
export type EntrypointScript = 'node-docker-entrypoint' | 'exec-args' | 'nginx-docker-entrypoint';

export interface CatalogImage {
  /** Canonical reference, e.g. `gcr.io/distroless/python3-debian13:nonroot`, `python:3.12-slim`, `scratch`. */
  name: string;
  /** Other references that mean the same image (tags, unsuffixed distroless names, library/ prefixes). */
  aliases: string[];
  entrypoint: string[] | null;
  cmd: string[] | null;
  /** WORKDIR recorded in the image config; `/` when unset. */
  workdir: string;
  /** USER recorded in the image config; `` (empty) means root. */
  user: string;
  env: Record<string, string>;
  /** Which shell exists and where (`/bin/sh` for sh/bash/busybox-on-PATH, `/busybox/sh` for distroless debug). */
  shell: ShellKind;
  shellPath: string | null;
  packageManager: 'none' | 'apt' | 'apk' | 'microdnf' | 'apk-wolfi';
  libc: Libc;
  role: ImageRole;
  /** Language runtime shipped in the image, if any. `version` is as precise as the source gives (`3.13`, `22`, `21`). */
  runtime: { language: 'python' | 'node' | 'java' | 'go' | 'rust'; version: string; kind?: 'jdk' | 'jre' | 'sdk' } | null;
  /** Toolchains present (compilers, package managers for the language): e.g. `go`, `gcc`, `pip`, `npm`, `mvn`, `javac`. */
  tools: string[];
  /** Absolute paths known to exist (interpreters, shells, scripts), used to check argv[0]. */
  files: string[];
  /** Users that exist in /etc/passwd by name -> uid. */
  users: Record<string, number>;
  entrypointScript: EntrypointScript | null;
  status: { state: 'current' | 'deprecated' | 'removed'; since?: string; note?: string };
  size: { compressedMB: number | null; uncompressedMB: number | null };
  notes: string;
  sources: string[];
}

export interface ImageLookup {
  /** The reference as written after ARG expansion. */
  ref: string;
  /** `docker.io/library/python:3.12` → `python:3.12`; digests and platforms stripped. */
  normalized: string;
  image: CatalogImage | null;
  /** Set when the reference was found through an approximation (unknown tag of a known repo, digest). */
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// The parsed Dockerfile

export interface Flag {
  name: string;
  value: string | null;
  range: Range;
  valueRange: Range | null;
}

export interface Instruction {
  /** Upper-cased keyword: FROM, RUN, CMD, … (as written for unknown ones). */
  keyword: string;
  /** Argument text after the keyword, continuation lines joined as BuildKit joins them, flags included. */
  text: string;
  /** Argument text with the leading flags removed. */
  argsText: string;
  range: Range;
  keywordRange: Range;
  /** Range of everything after the keyword (flags and arguments), or the keyword range when empty. */
  argsRange: Range;
  flags: Flag[];
  /** Each whitespace-separated argument (after flags) with its range, as dockerfile-ast splits them. */
  args: { value: string; range: Range }[];
  /** Index of the stage that holds it, or -1 before the first FROM. */
  stage: number;
}

/** CMD / ENTRYPOINT / RUN / HEALTHCHECK CMD arguments as Docker records them. */
export interface CommandSpec {
  form: 'exec' | 'shell';
  /** What ends up in the image config: the JSON array, or shell + [text]. */
  argv: string[];
  /** For shell form: the text given to the shell (continuations joined). */
  script?: string;
  /** For shell form: the SHELL in effect. */
  shell?: string[];
  /** For exec form: the range of each JSON string element. */
  elementRanges?: Range[];
  /** Starts with `[` but was not a valid JSON array (so Docker took it as shell form). */
  malformedJson?: string;
  /** A build error (e.g. non-string elements in an exec array). */
  buildError?: string;
}

export interface CopyInstruction {
  instruction: Instruction;
  keyword: 'COPY' | 'ADD';
  /** `--from` value as written (null when copying from the build context). */
  from: string | null;
  fromRange: Range | null;
  /** What `--from` refers to. */
  source:
    | { kind: 'context' }
    | { kind: 'stage'; stage: number }
    | { kind: 'image'; ref: string }
    | { kind: 'unknown'; reason: 'variable' | 'index-out-of-range' | 'self' | 'later-stage' };
  sources: string[];
  /** Destination as written, and resolved to an absolute path against WORKDIR. */
  dest: string;
  destAbs: string;
  chown: string | null;
  /** Heredoc-based COPY (`COPY <<EOF /x`). */
  heredoc: boolean;
}

/** Where a value in the folded config came from. */
export type Origin =
  | { kind: 'line'; stage: number; line: number; range: Range }
  | { kind: 'base'; image: string }
  | { kind: 'none' };

export interface ImageConfig {
  entrypoint: string[] | null;
  cmd: string[] | null;
  shell: string[];
  workdir: string;
  user: string;
  env: Record<string, string>;
  expose: string[];
  healthcheck: CommandSpec | null | 'NONE';
  stopSignal: string | null;
  entrypointOrigin: Origin;
  cmdOrigin: Origin;
  userOrigin: Origin;
  workdirOrigin: Origin;
  /** ONBUILD triggers recorded for images built FROM this one (raw instruction text). */
  onbuild: { text: string; line: number }[];
}

/** A sketch of a file or directory an instruction put into a stage's filesystem. */
export interface FileEntry {
  /** Absolute, cleaned path. Directories copied whole are recorded as the directory path. */
  path: string;
  kind: 'copy' | 'run' | 'workdir' | 'base';
  /** The stage it came from (COPY --from), the build context, or a RUN. */
  from: { kind: 'context'; src: string } | { kind: 'stage'; stage: number; src: string } | { kind: 'image'; ref: string; src: string } | { kind: 'run' } | { kind: 'base' };
  line: number;
  /** For COPY of a directory source (`src/` or `.`), the whole tree lands under `path`. */
  tree: boolean;
}

export interface Stage {
  index: number;
  /** Lower-cased stage name, if any. */
  name: string | null;
  /** The name exactly as written. */
  nameAsWritten: string | null;
  nameRange: Range | null;
  from: Instruction;
  /** FROM reference as written, and after ARG expansion. */
  baseRaw: string;
  baseRef: string;
  baseRange: Range;
  platform: string | null;
  base:
    | { kind: 'scratch' }
    | { kind: 'stage'; stage: number }
    | { kind: 'image'; lookup: ImageLookup };
  /** The catalog image at the root of the FROM chain (through earlier stages), if known. */
  rootImage: CatalogImage | null;
  /** The chain's root reference is not in the catalog: its config was assumed empty. */
  rootUnknown: boolean;
  instructions: Instruction[];
  copies: CopyInstruction[];
  /** RUN instructions with their parsed command. */
  runs: {
    instruction: Instruction; command: CommandSpec; mounts: string[];
    /** Bodies of the RUN's heredocs (`RUN <<EOT … EOT`), in order; absent when it has none. */
    heredocs?: string[];
  }[];
  /** Folded image config after the stage's last instruction. */
  config: ImageConfig;
  /** CMD/ENTRYPOINT/HEALTHCHECK instructions written in this stage, in order. */
  commands: { instruction: Instruction; keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK'; command: CommandSpec | null }[];
  /** The stage's own file sketch (not including what its FROM stage had). */
  files: FileEntry[];
  /** Variables in scope at the end of the stage (ARG and ENV). */
  vars: Record<string, string>;
  /** ARG names declared in the stage. */
  args: Record<string, string | null>;
}

export interface Diagnostic {
  message: string;
  range: Range;
  severity: 'error' | 'warning' | 'info';
  /** Set when the error only fails the build if this stage is built (e.g. a pull that fails). */
  stage?: number;
  /** Set when a rule with this id reports the same problem (so `syntax` does not repeat it). */
  rule?: string;
}

export interface DockerfileModel {
  text: string;
  /** The escape character from the `# escape=` directive. */
  escape: '\\' | '`';
  /** Parser directives at the top (`# syntax=`, `# escape=`, `# check=`), names lower-cased. */
  directives?: Record<string, string>;
  instructions: Instruction[];
  /** Global ARGs (before the first FROM) with their defaults. */
  globalArgs: Record<string, string | null>;
  stages: Stage[];
  /** Heredoc bodies (1-based lines, delimiter line included): their text is data, not instructions. */
  heredocs: { instructionLine: number; name: string; startLine: number; endLine: number }[];
  /** Problems found while building the model (no FROM, unknown --target …). Never thrown. */
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Running a container

export interface RunOptions {
  /** Stage name or index to build (`--target`); default the last stage. */
  target?: string;
  /** `docker run --entrypoint X`: one string, never split. `""` clears the entrypoint. */
  entrypoint?: string;
  /** Arguments after the image name. `undefined` and `[]` both mean none. */
  args?: string[];
  /** Kubernetes container `command` / `args`. */
  k8s?: { command?: string[]; args?: string[] };
  /** Compose service `entrypoint` / `command` (string or list; `[]`/`''` means empty). */
  compose?: { entrypoint?: string | string[]; command?: string | string[] };
  /**
   * Simulate as if the build succeeded even when Docker would refuse it: rules and graders judge
   * what the Dockerfile means to run; `resolve` reports the failed build instead.
   */
  assumeBuilds?: boolean;
}

export interface TokenOrigin {
  token: string;
  origin: Origin | { kind: 'run-arg' } | { kind: 'entrypoint-flag' } | { kind: 'script'; name: string };
}

export interface RunProblem {
  code: 'shell-missing' | 'interpreter-repeated' | 'not-found' | 'not-copied' | 'no-command' | 'script-no-args' | 'unknown-base';
  message: string;
  range?: Range;
}

export interface RunResult {
  /** What the runtime executes (Entrypoint + Cmd after overrides), or null: no command specified. */
  argv: string[] | null;
  error?: string;
  /** The target stage name (or its index as a string when unnamed). */
  stage: string;
  stageIndex: number;
  /** Where each argv token came from. */
  origins: TokenOrigin[];
  /** The process that ends up as PID 1 after known entrypoint scripts `exec`. */
  pid1: {
    argv: string[];
    /** `shell` when a shell stays PID 1 (shell form without exec), `script` when a script that does not exec, else `app`. */
    kind: 'app' | 'shell' | 'script' | 'none';
    /**
     * The app is PID 1 only because the shell (BusyBox sh, bash) replaced itself with the last
     * command of its script on its own; with dash, or a pipeline or trap, the shell stays.
     */
    implicitExec?: boolean;
    /** Whether `docker stop`'s SIGTERM reaches the application. */
    receivesSigterm: boolean;
    explanation: string;
  };
  /** Predicted run-time failures. */
  problems: RunProblem[];
  warnings: string[];
}
