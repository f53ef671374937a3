// Site configuration: Starlight frame, lessons/rules loaded from ./content (see src/content.config.ts),
// and the bundler tweaks the browser build needs.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableTables } from './src/lib/markdown/focusable-tables.ts';

const emptyModule = fileURLToPath(new URL('./src/shims/empty-module.ts', import.meta.url));

/**
 * dockerfile-language-service's registry client does `require("https")` (only to complete image tags
 * from Docker Hub). In the browser bundle `https` must resolve to an empty module or the build fails
 * (/work/shared/design/TOOLCHAIN.md). Server-side (SSR/prerender) code keeps the real module.
 */
function browserEmptyHttps() {
  return {
    name: 'stagecraft:browser-empty-https',
    enforce: 'pre',
    resolveId(id, _importer, options) {
      if (options?.ssr) return null;
      return id === 'https' || id === 'node:https' ? emptyModule : null;
    },
  };
}

/**
 * Sidebar group for one lesson module. Starlight's autogenerate matches entries by their file path
 * relative to `src/content/docs/`; our entries live in `./content/` at the project root, so their
 * path (relative to the root) starts with `content/` and the directory must be given that way.
 */
const lessonModule = (label, dir) => ({ label, items: [{ autogenerate: { directory: `content/learn/${dir}` } }] });

export default defineConfig({
  // Astro's default Markdown processor plus one hast plugin: wide lesson tables scroll in their own
  // box on phones, so that box is made keyboard-reachable.
  markdown: { processor: satteri({ hastPlugins: [focusableTables] }) },
  site: 'https://stagecraft.example.org',
  // Starlight turns on prefetching of every link by default; its script re-scans all links on
  // each DOM change, which cost ~300 ms of main-thread time on exercise pages (Lighthouse mobile).
  prefetch: false,
  integrations: [
    starlight({
      title: 'Stagecraft',
      description:
        'An interactive course on Docker multi-stage builds, distroless images and ENTRYPOINT/CMD, with a Dockerfile checker and a docker run simulator.',
      // Pagefind search is Starlight's default; stated here so nobody turns it off by accident.
      pagefind: true,
      // No editLink.baseUrl: no "Edit page" links. No social links yet.
      lastUpdated: false,
      // The 404 page is src/pages/404.astro (a StarlightPage).
      disable404Route: true,
      customCss: ['./src/styles/custom.css'],
      social: [],
      sidebar: [
        lessonModule('Multi-stage builds', 'multi-stage'),
        lessonModule('Distroless and minimal images', 'distroless'),
        lessonModule('ENTRYPOINT and CMD', 'entrypoint-cmd'),
        lessonModule('Capstone', 'capstone'),
        {
          label: 'Practice and reference',
          items: [
            { label: 'Exercises', link: '/exercises/' },
            { label: 'Playground', link: '/playground/' },
            { label: 'Quizzes', link: '/quiz/' },
            { label: "Instructor's guide", link: '/guide/instructors/' },
            { label: 'Rules', link: '/rules/' },
            { label: 'Base images', link: '/reference/base-images/' },
          ],
        },
      ],
    }),
    mdx(),
  ],
  vite: {
    plugins: [browserEmptyHttps()],
    build: {
      rollupOptions: {
        // Astro marks every MDX module with the directive "use astro:head-inject"; the bundler warns that
        // module-level directives are dropped, once per MDX file. Astro handles it; hide only that warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
