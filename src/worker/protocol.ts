// The messages between the page and the engine Web Worker (src/worker/engine.worker.ts). Plain JSON
// data only, so learner text never becomes markup on either side.

import type { DockerfileModel, RunOptions, RunResult } from '../engine/types.ts';
import type { Finding } from '../engine/rules/index.ts';
import type { GradeReport, Gradable } from '../engine/grade/index.ts';

/** One stage of the stage graph, with the catalog's size for the image at the root of its FROM chain. */
export interface StageNode {
  index: number;
  /** The stage name as written, or null for an unnamed stage. */
  name: string | null;
  /** FROM reference after ARG expansion (`golang:1.26`, `build`, `scratch`). */
  base: string;
  /** The FROM line (1-based). */
  line: number;
  /** Index of the stage this one is built FROM, if any. */
  fromStage: number | null;
  /** Catalog name of the root image, null when the catalog does not know it. */
  rootImage: string | null;
  /** Compressed / uncompressed size of the root image in MB, from the catalog; null = unknown. */
  compressedMB: number | null;
  uncompressedMB: number | null;
}

/** A `COPY --from` (or `FROM <stage>`) edge between two stages. */
export interface StageEdge {
  kind: 'from' | 'copy';
  /** Source stage index. */
  from: number;
  /** Stage that receives the files or builds on the source. */
  to: number;
  /** Line of the FROM / COPY instruction. */
  line: number;
  /** COPY sources, for the text alternative. */
  sources: string[];
}

/** COPY --from an image that is not a stage (`COPY --from=busybox:1.36 ...`). */
export interface ImageCopy {
  ref: string;
  to: number;
  line: number;
}

export interface StageGraph {
  stages: StageNode[];
  edges: StageEdge[];
  imageCopies: ImageCopy[];
  /** Index of the stage `docker build` produces (the target or the last stage); -1 when there is none. */
  target: number;
}

/** Everything the live panels show for one text and one set of run options. */
export interface Analysis {
  findings: Finding[];
  run: RunResult;
  graph: StageGraph;
  /** Model diagnostics (no FROM, unknown --target) shown with the findings. */
  diagnostics: DockerfileModel['diagnostics'];
}

export type WorkerRequest =
  | { id: number; type: 'analyze'; text: string; run: RunOptions }
  | { id: number; type: 'grade'; text: string; exercise: Gradable };

export type WorkerResponse =
  | { id: number; ok: true; type: 'analyze'; result: Analysis }
  | { id: number; ok: true; type: 'grade'; result: GradeReport }
  | { id: number; ok: false; error: string };
