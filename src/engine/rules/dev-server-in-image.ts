// The image's command starts a development server (manage.py runserver, flask run, --reload, npm run dev).

import { defineRule } from './define.ts';
import { effective } from './support/commands.ts';

const DEV_SERVERS: { re: RegExp; what: string; instead: string }[] = [
  { re: /\bmanage\.py\s+runserver\b/, what: "Django's runserver", instead: 'gunicorn mysite.wsgi (or uvicorn mysite.asgi:application)' },
  { re: /\bflask\s+run\b/, what: "Flask's development server (flask run)", instead: 'gunicorn --bind 0.0.0.0:8000 app:app' },
  { re: /\b(uvicorn|fastapi\s+dev|gunicorn)\b.*\s--reload\b|\bfastapi\s+dev\b/, what: 'auto-reload (--reload / fastapi dev)', instead: 'the same server without --reload (fastapi run)' },
  { re: /\b(npm|pnpm)\s+run\s+dev\b|\byarn\s+dev\b|\bnodemon\b|\bng\s+serve\b|\bvite(\s+dev)?\s*$|\bwebpack(-dev-server|\s+serve)\b/, what: 'a JavaScript development server', instead: 'a production build served by node or a static web server' },
  { re: /\bphp\s+artisan\s+serve\b/, what: "Laravel's artisan serve", instead: 'php-fpm behind a web server' },
];

/** A development server as the shipped image's command. */
export default defineRule({
  id: 'dev-server-in-image',
  severity: 'warning',
  title: 'Development server as the image command',
  description: 'Development servers (`manage.py runserver`, `flask run`, `--reload`, `npm run dev`) are single-process, unhardened and watch files for changes; their own docs say not to use them in production.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ target, finalChain, report }) {
    if (!target || /dev|debug|local|test/.test(target.name ?? '')) return;
    const argv = [...(target.config.entrypoint ?? []), ...(target.config.cmd ?? [])].join(' ');
    const hit = DEV_SERVERS.find((d) => d.re.test(argv));
    if (!hit) return;
    const written = effective(target, finalChain, 'CMD') ?? effective(target, finalChain, 'ENTRYPOINT');
    if (!written) return;
    report(
      written.instruction.argsRange,
      `The container starts ${hit.what}, which is meant for local development: it has not been security-audited or performance-tested, and Django's and Flask's docs say not to deploy it. Run a production server instead, e.g. ${hit.instead}.`,
    );
  },
});
