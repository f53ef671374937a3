// The playground's size estimate: the catalog size of the image the build produces (the target
// stage's root base image). Says "unknown" when the catalog has no size; never guesses.

import type { StageGraph } from '../../worker/protocol.ts';
import { sizeText, stageLabel } from '../../islands/stage-graph-layout.ts';

/** One sentence about the size of the image `graph.target` produces. */
export function sizeEstimate(graph: StageGraph): string {
  const s = graph.stages[graph.target];
  if (!s) return 'No image: the Dockerfile has no FROM instruction.';
  const others = graph.stages.length - 1;
  return (
    `The image is ${stageLabel(s)}, FROM ${s.base}: ${sizeText(s, graph)} (from the catalog), plus what its own instructions add.` +
    (others > 0 ? ` The other ${others === 1 ? 'stage is' : `${others} stages are`} not shipped; only files copied with COPY --from reach the image.` : '')
  );
}
