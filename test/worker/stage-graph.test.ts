// Stage graph data and layout: FROM and COPY --from edges, the target, catalog sizes or "unknown".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { stageGraph } from '../../src/worker/stage-graph.ts';
import { layoutStageGraph, sizeText } from '../../src/islands/stage-graph-layout.ts';

const DF = ['FROM golang:1.26 AS build', 'RUN go build -o /app .', 'FROM build AS test', 'RUN go test ./...', 'FROM scratch', 'COPY --from=build /app /app', 'COPY --from=busybox:1.37 /bin/busybox /busybox', 'ENTRYPOINT ["/app"]'].join('\n');

describe('stageGraph', () => {
  it('lists stages with FROM and COPY --from edges and the last stage as target', () => {
    const g = stageGraph(analyze(DF));
    expect(g.stages.map((s) => [s.index, s.name, s.base, s.line, s.fromStage])).toEqual([
      [0, 'build', 'golang:1.26', 1, null],
      [1, 'test', 'build', 3, 0],
      [2, null, 'scratch', 5, null],
    ]);
    expect(g.edges).toEqual([
      { kind: 'from', from: 0, to: 1, line: 3, sources: [] },
      { kind: 'copy', from: 0, to: 2, line: 6, sources: ['/app'] },
    ]);
    expect(g.imageCopies).toEqual([{ ref: 'busybox:1.37', to: 2, line: 7 }]);
    expect(g.target).toBe(2);
  });

  it('highlights --target and has no target without FROM', () => {
    expect(stageGraph(analyze(DF), 'test').target).toBe(1);
    expect(stageGraph(analyze('# nothing\n')).target).toBe(-1);
  });

  it('takes sizes from the catalog only, and says unknown otherwise', () => {
    const g = stageGraph(analyze('FROM python:3.12-slim\nFROM example.com/not-in-catalog:1\n'));
    const [known, unknown] = g.stages;
    expect(known!.rootImage).not.toBeNull();
    expect(known!.compressedMB ?? known!.uncompressedMB).toBeTypeOf('number');
    expect(sizeText(known!, g)).toMatch(/^base ≈ \d+(\.\d)? MB (compressed|on disk)$/);
    expect(unknown!.compressedMB).toBeNull();
    expect(sizeText(unknown!, g)).toBe('base size unknown');
    expect(sizeText(stageGraph(analyze('FROM scratch\n')).stages[0]!, stageGraph(analyze('FROM scratch\n')))).toBe('empty base (0 MB)');
  });
});

describe('layoutStageGraph', () => {
  it('draws one box per stage and one path per distinct edge, the target flagged', () => {
    const l = layoutStageGraph(stageGraph(analyze(DF)));
    expect(l.boxes).toHaveLength(3);
    expect(l.boxes.map((b) => b.target)).toEqual([false, false, true]);
    expect(l.edges.map((e) => e.kind)).toEqual(['from', 'copy']);
    expect(l.height).toBeGreaterThan(l.boxes[2]!.y);
    expect(l.boxes[0]!.title).toBe('stage 0 “build”');
  });

  it('clips long names in the boxes but keeps them whole in the description', () => {
    const long = 'registry.example.com/team/very/long/image/name:1.2.3';
    const l = layoutStageGraph(stageGraph(analyze(`FROM ${long}\n`)));
    expect(l.boxes[0]!.subtitle.length).toBeLessThanOrEqual(30);
    expect(l.boxes[0]!.full).toContain(long);
  });
});
