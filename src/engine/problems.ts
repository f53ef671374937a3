// Predicts run-time failures of a simulated argv: a shell that is not there, an interpreter given
// twice (distroless python3/java/nodejs), an executable missing from the image or left behind in
// a builder stage.

import type { DockerfileModel, RunProblem, Stage } from './types.ts';
import { isShell } from './command.ts';
import { elsewhere, resolveExecutable } from './image-files.ts';

const base = (s: string | undefined) => (s ?? '').split('/').pop() ?? '';

/** The interpreter family of an executable name, for "interpreter given twice". */
export function interpreterFamily(arg: string | undefined): 'python' | 'java' | 'node' | null {
  const b = base(arg);
  if (/^python(\d+(\.\d+)?)?$/.test(b)) return 'python';
  if (b === 'java') return 'java';
  if (b === 'node' || b === 'nodejs') return 'node';
  return null;
}

/**
 * Command-line tools of an interpreter's ecosystem that people write first in CMD (`npm start`,
 * `gunicorn app:app`). Behind an interpreter ENTRYPOINT they are read as a script name: node looks
 * for a module "npm" in WORKDIR, python for a file "gunicorn". distroless nodejs ships no npm
 * (SEMANTICS.md); Python console scripts run as modules with `-m`.
 */
export const ECOSYSTEM_TOOLS: Record<'python' | 'node', RegExp> = {
  node: /^(npm|npx|yarn|pnpm|corepack)$/,
  python: /^(pip3?|gunicorn|uvicorn|hypercorn|celery|flask|fastapi)$/,
};

interface Parts {
  ep: string[];
  cmd: string[];
  /** The entrypoint is the image's (not overridden at run time). */
  epFromImage: boolean;
}

/** Predicted failures for running `argv` in `stage`'s image. */
export function runProblems(model: DockerfileModel, stage: Stage, argv: string[], parts: Parts): RunProblem[] {
  const problems: RunProblem[] = [];
  const img = stage.rootImage;
  const where = img ? img.name : 'scratch';

  // Interpreter twice: ENTRYPOINT ["/usr/bin/python3.13"] + CMD ["python3", "app.py"].
  const epFamily = interpreterFamily(parts.ep[0]);
  if (epFamily && parts.cmd.length && interpreterFamily(parts.cmd[0]) === epFamily) {
    problems.push({
      code: 'interpreter-repeated',
      message: `The entrypoint already starts ${parts.ep.join(' ')}, so "${parts.cmd[0]}" becomes its first argument: ${argv.join(' ')}. ${
        epFamily === 'python' ? `Python tries to open a file named "${parts.cmd[0]}" and fails.` : epFamily === 'java' ? 'Java tries to open a jar with that name and fails.' : `Node looks for a module named "${parts.cmd[0]}" and fails ("Cannot find module").`
      } Give only the script: CMD [${parts.cmd.slice(1).filter((a) => !(epFamily === 'java' && a === '-jar')).map((a) => JSON.stringify(a)).join(', ')}].`,
    });
  } else if (epFamily && epFamily !== 'java' && parts.cmd.length && !parts.cmd[0].includes('/') && ECOSYSTEM_TOOLS[epFamily].test(parts.cmd[0])) {
    const tool = parts.cmd[0];
    problems.push({
      code: 'interpreter-repeated',
      message: `The entrypoint already starts ${parts.ep.join(' ')}, so "${tool}" is taken as the script to run: ${argv.join(' ')}. ${
        epFamily === 'python'
          ? `Python tries to open a file named "${tool}" in the working directory and fails. Run it as a module: CMD [${['-m', tool === 'pip3' ? 'pip' : tool, ...parts.cmd.slice(1)].map((a) => JSON.stringify(a)).join(', ')}].`
          : `Node looks for a module named "${tool}" and fails ("Cannot find module")${(tool === 'npm' || tool === 'npx') && img?.name.startsWith('gcr.io/distroless/') ? '; distroless nodejs has no npm either' : ''}. Give the script that ${tool} would start: CMD ["server.js"].`
      }`,
    });
  } else if (epFamily === 'java' && parts.ep.includes('-jar') && parts.cmd[0] === '-jar') {
    problems.push({ code: 'interpreter-repeated', message: `The entrypoint already passes -jar: ${argv.join(' ')} gives -jar twice. Use CMD ["app.jar"].` });
  }

  // runc's messages: a missing path fails its stat ("exec: \"/x\": stat /x: no such file or
  // directory"); a name not on PATH fails the lookup ("executable file not found in $PATH").
  const exe = resolveExecutable(model, stage, argv[0]);
  // A Windows path with spaces (`C:\\Program Files\\…`) is one program, not a command line.
  if (/\s/.test(argv[0]) && !argv[0].includes('/') && !/^[A-Za-z]:\\/.test(argv[0])) {
    // `--entrypoint "python manage.py"` or `["python app.py"]`: one word holding a command line.
    problems.push({
      code: 'not-found',
      message: `The runtime looks for one executable literally named "${argv[0]}" (spaces included) and fails: "exec: \\"${argv[0]}\\": executable file not found in $PATH". Split it into separate words: ${JSON.stringify(argv[0].trim().split(/\s+/))}, or with --entrypoint give only the program and pass its arguments after the image name.`,
    });
  } else if (!exe.presence.found && exe.presence.certain) {
    if (isShell(argv[0])) {
      problems.push({
        code: 'shell-missing',
        message: `${where} has no ${argv[0].includes('/') ? argv[0] : argv[0] + ' on PATH'}: a shell-form command (or an explicit shell) cannot start. The runtime fails with "exec: \\"${argv[0]}\\": ${argv[0].includes('/') ? 'stat ' + argv[0] + ': no such file or directory' : 'executable file not found in $PATH'}". Use exec form: CMD ["/path/to/app", "arg"].`,
      });
    } else {
      const built = exe.path ? elsewhere(model, stage, exe.path) : null;
      if (built) {
        problems.push({
          code: 'not-copied',
          message: `${exe.path} is created in stage "${built.name ?? built.index}" but never copied into the final image, so the container fails to start: "exec: \\"${argv[0]}\\": stat ${argv[0]}: no such file or directory". Add COPY --from=${built.name ?? built.index} ${exe.path} ${exe.path}.`,
        });
      } else if (argv[0].includes('/')) {
        problems.push({
          code: 'not-found',
          message: `Nothing in the final image is at ${exe.path ?? argv[0]} (${argv[0].startsWith('/') ? 'absolute path' : `relative to WORKDIR ${stage.config.workdir}`}), so the container fails to start: "exec: \\"${argv[0]}\\": stat ${argv[0]}: no such file or directory". Point the command at where COPY put the file.`,
        });
      } else {
        problems.push({
          code: 'not-found',
          message: `"${argv[0]}" is not on the image's PATH (${stage.config.env.PATH ?? 'unset'}), so the container fails with "exec: \\"${argv[0]}\\": executable file not found in $PATH". Use an absolute path to a file the final stage contains.`,
        });
      }
    }
  }
  if (argv.length === 1 && img?.entrypointScript === 'exec-args' && base(argv[0]) === '__cacert_entrypoint.sh') {
    problems.push({ code: 'script-no-args', message: `${argv[0]} only prepares certificates and then runs its arguments; with none it exits at once. Give a command, e.g. CMD ["java", "-jar", "/app/app.jar"].` });
  }
  return problems;
}
