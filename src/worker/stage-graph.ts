// Builds the stage graph (stages, FROM and COPY --from edges, catalog sizes) from the engine's model.
// Pure: runs in the engine worker, in build-time pages and in tests.

import type { DockerfileModel } from '../engine/types.ts';
import { targetStage } from '../engine/index.ts';
import type { ImageCopy, StageEdge, StageGraph, StageNode } from './protocol.ts';

/** The graph of `model` with `target` (stage name or index) highlighted; default the last stage. */
export function stageGraph(model: DockerfileModel, target?: string): StageGraph {
  const stages: StageNode[] = model.stages.map((s) => ({
    index: s.index,
    name: s.nameAsWritten,
    base: s.baseRef,
    line: s.from.range.line,
    fromStage: s.base.kind === 'stage' ? s.base.stage : null,
    rootImage: s.rootImage?.name ?? null,
    // Sizes come only from the catalog (never guessed): null means "unknown".
    compressedMB: s.rootUnknown ? null : (s.rootImage?.size.compressedMB ?? null),
    uncompressedMB: s.rootUnknown ? null : (s.rootImage?.size.uncompressedMB ?? null),
  }));
  const edges: StageEdge[] = [];
  const imageCopies: ImageCopy[] = [];
  for (const s of model.stages) {
    if (s.base.kind === 'stage') edges.push({ kind: 'from', from: s.base.stage, to: s.index, line: s.from.range.line, sources: [] });
    for (const c of s.copies) {
      if (c.source.kind === 'stage') edges.push({ kind: 'copy', from: c.source.stage, to: s.index, line: c.instruction.range.line, sources: c.sources });
      else if (c.source.kind === 'image') imageCopies.push({ ref: c.source.ref, to: s.index, line: c.instruction.range.line });
    }
  }
  const t = model.stages.length ? (targetStage(model, target)?.index ?? model.stages.length - 1) : -1;
  return { stages, edges, imageCopies, target: t };
}
