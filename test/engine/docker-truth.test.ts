// The simulator against answers read off a real Docker engine (BuildKit): see
// test/engine/fixtures/docker-truth/README.md for how each case was produced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, simulate, targetStage } from '../../src/engine/index.ts';

interface TruthCase {
  id: string;
  dockerfile: string;
  target?: string;
  entrypoint?: string;
  args?: string[];
  notes?: string;
  expect: {
    argv: string[] | null;
    error?: string;
    stdout?: string;
    config?: { Entrypoint?: string[] | null; Cmd?: string[] | null; WorkingDir?: string; User?: string; Env?: string[]; Shell?: string[] | null };
  };
}

const cases: TruthCase[] = JSON.parse(readFileSync(new URL('./fixtures/docker-truth/cases.json', import.meta.url), 'utf8'));

describe('simulator agrees with a real Docker engine', () => {
  it('has a substantial set of cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(c.id, () => {
      const model = analyze(c.dockerfile);
      const r = simulate(model, { target: c.target, entrypoint: c.entrypoint, args: c.args });
      // The test engine is a 2023 dockerd with no network and no build context beyond the case
      // folder (README.md). Where its answer reflects those limits rather than Docker's
      // semantics, the case says so in its notes, and Stagecraft's documented behaviour is checked.
      const limit = /^(NEEDS-REGISTRY|NEEDS-CONTEXT|VERSION-DEPENDENT):/.exec(c.notes ?? '')?.[1];
      if (limit === 'VERSION-DEPENDENT') {
        // Current BuildKit (Dockerfile frontend 1.4+) runs heredocs; the note gives the modern argv.
        expect(r.argv).toEqual(JSON.parse(/argv (\[.*?\])/.exec(c.notes!)![1]));
        return;
      }
      if (limit === 'NEEDS-REGISTRY' && r.argv !== null) {
        // An image reference Stagecraft does not know is simulated as an empty config, with a warning.
        expect(r.warnings.join(' ')).toMatch(/not in Stagecraft's base-image catalog/);
        return;
      }
      if (limit === 'NEEDS-CONTEXT') {
        // Stagecraft cannot see the build context: COPY sources are assumed present.
        expect(r.argv).not.toBeNull();
        return;
      }
      if (c.expect.error?.startsWith('build failed')) {
        expect(r.argv, 'Docker refuses to build this Dockerfile').toBeNull();
        expect(r.error, 'a failed build is not "no command specified"').toMatch(/build fails|could not be found|no FROM/);
        return;
      }
      expect(r.argv).toEqual(c.expect.argv);
      if (c.expect.argv === null) expect(r.error).toBe('no command specified');
      if (c.id.startsWith('pid1-') && c.expect.stdout !== undefined) {
        // These cases really ran `cat /proc/1/cmdline` (NUL separators dropped): PID 1's argv.
        expect(c.expect.stdout.startsWith(r.pid1.argv.join('')), `PID 1 is ${JSON.stringify(r.pid1.argv)}; /proc/1/cmdline printed ${JSON.stringify(c.expect.stdout)}`).toBe(true);
      }
      const cfg = c.expect.config;
      const stage = targetStage(model, c.target);
      if (!cfg || !stage) return;
      const mine = stage.config;
      const empty = (v: string[] | null | undefined) => (v && v.length ? v : null);
      if ('Entrypoint' in cfg) expect(empty(mine.entrypoint)).toEqual(empty(cfg.Entrypoint));
      if ('Cmd' in cfg) expect(empty(mine.cmd)).toEqual(empty(cfg.Cmd));
      if (cfg.WorkingDir !== undefined) expect(mine.workdir).toBe(cfg.WorkingDir || '/');
      if (cfg.User !== undefined) expect(mine.user).toBe(cfg.User);
      if (cfg.Shell) expect(mine.shell).toEqual(cfg.Shell);
      if (cfg.Env) {
        const env = Object.fromEntries(cfg.Env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
        // *_VERSION pins float between image builds (the stand-ins and the catalog were read
        // from different snapshots); every other variable must match exactly.
        for (const [k, v] of Object.entries(env)) if (!k.endsWith('_VERSION')) expect(mine.env[k], `Env ${k}`).toBe(v);
      }
    });
  }
});
