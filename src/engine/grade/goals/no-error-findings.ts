// Goal kind `no-error-findings`: Stagecraft's checker reports no error-severity finding (warnings
// and infos never fail). Use sparingly: goals should say what to achieve, not restate rules.

import { z } from 'zod';
import { check } from '../../rules/index.ts';
import { defineGoal, fail, pass } from '../define.ts';

const params = z.strictObject({
  only: z.array(z.string()).optional().describe('only these rule ids count'),
  except: z.array(z.string()).default([]).describe('rule ids that do not count'),
});

export default defineGoal({
  kind: 'no-error-findings',
  description: 'The checker reports no error-severity finding (optionally only/except some rule ids).',
  params,
  check(ctx, p) {
    const findings = check(ctx.model).filter((f) => f.severity === 'error' && !p.except.includes(f.rule) && (!p.only || p.only.includes(f.rule)) && !f.message.startsWith('internal error'));
    if (findings.length) return fail(`Line ${findings[0].line}: ${findings[0].message} (${findings[0].rule})`, findings[0].line);
    return pass('The checker reports no errors.');
  },
});
