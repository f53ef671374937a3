// Secrets baked into the image: secret-looking ARG/ENV names, or key files copied from the context.

import { defineRule } from './define.ts';
import { parseArgDecls, parseKeyValues } from '../expand.ts';
import { locate } from './support/locate.ts';

// BuildKit's SecretsUsedInArgOrEnv tokens (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go).
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
// BuildKit allows `public`; we also allow names that hold where a secret is, not the secret itself.
const ALLOW = /(?:_|^)(?:public|pub|gpg|file|path|dir|url|uri|endpoint|host|port|id|name|user|username|type|header|env|mode|enabled|size|length)(?:_|$)/i;

/** Whether a variable name looks like it holds a secret. */
export function secretName(name: string): boolean {
  return SECRET.test(name) && !ALLOW.test(name);
}

// Files that hold credentials when copied from the build context.
const SECRET_FILE = /(^|\/)(\.env(?!\.(example|sample|template|dist|defaults?)$)(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]*(key|priv|secret)[^/]*\.pem|[^/]+\.(key|p12|pfx|jks)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|credentials\.json|\.dockerconfigjson)$/i;

/** ARG/ENV names that look secret, and key or credential files copied into the shipped image. */
export default defineRule({
  id: 'secret-in-image',
  severity: 'warning',
  title: 'Secret stored in the image',
  description: 'ENV values and copied files are part of the image, and build arguments are recorded in its history: anyone who can pull the image can read them. Use build secrets (`RUN --mount=type=secret`) and runtime configuration instead.',
  category: 'hygiene',
  equivalent: { hadolint: 'DL3064', buildkit: 'SecretsUsedInArgOrEnv' },
  check({ model, reachable, finalChain, report }) {
    const shipped = new Set(finalChain.map((s) => s.index));
    const built = new Set(reachable.map((s) => s.index));
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      // ENV only matters in the stages that make up the image; ARG in any stage that is built (and globally).
      if (ins.keyword === 'ENV' ? !shipped.has(ins.stage) : ins.stage >= 0 && !built.has(ins.stage)) continue;
      for (const { key } of ins.keyword === 'ARG' ? parseArgDecls(ins.argsText, model.escape) : parseKeyValues(ins.argsText, model.escape).pairs) {
        if (!secretName(key)) continue;
        const range = locate(model, ins, new RegExp(`(?<![\\w])${key}(?=[=\\s]|$)`));
        report(
          range,
          ins.keyword === 'ENV'
            ? `ENV ${key} is stored in the image config: anyone who can pull the image reads it with docker inspect. Pass it at run time (docker run -e / a secret store) and, if the build needs it, use RUN --mount=type=secret,id=${key.toLowerCase()}.`
            : `ARG ${key} looks like a secret; build arguments are recorded in the image history and build metadata. Use a build secret instead: RUN --mount=type=secret,id=${key.toLowerCase()} … and docker build --secret id=${key.toLowerCase()},env=${key}.`,
        );
      }
    }
    for (const s of finalChain) {
      for (const c of s.copies) {
        if (c.source.kind !== 'context' || c.heredoc) continue;
        for (const src of c.sources) {
          if (!SECRET_FILE.test(src.replace(/\/$/, ''))) continue;
          report(
            locate(model, c.instruction, src),
            `${src} is copied into the image, so every layer pull hands out the credentials it holds (deleting it in a later step does not remove it from the earlier layer). Mount it only while building (RUN --mount=type=secret,id=…,target=…) or provide it at run time.`,
          );
        }
      }
    }
  },
});
