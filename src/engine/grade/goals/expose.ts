// Goal kind `expose`: the final image documents the ports the app listens on (EXPOSE). EXPOSE
// publishes nothing by itself; `docker run -p` or `-P` does.

import { z } from 'zod';
import { defineGoal, fail, pass } from '../define.ts';

const params = z.strictObject({
  ports: z.array(z.string().regex(/^\d+(\/(tcp|udp))?$/)).min(1).describe('e.g. ["8000"] or ["53/udp"]'),
});

const norm = (p: string) => (p.includes('/') ? p.toLowerCase() : `${p}/tcp`);

export default defineGoal({
  kind: 'expose',
  description: 'The final image EXPOSEs each listed port (tcp by default).',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const have = new Set(final.config.expose.map(norm));
    const missing = p.ports.filter((x) => !have.has(norm(x)));
    const line = final.instructions.find((i) => i.keyword === 'EXPOSE')?.range.line;
    if (missing.length) return fail(`The final image does not EXPOSE ${missing.join(', ')}${have.size ? ` (it exposes ${[...have].join(', ')})` : ''}. Add EXPOSE ${missing.join(' ')} to the final stage.`, line);
    return pass(`The image exposes ${p.ports.join(', ')}.`, line);
  },
});
