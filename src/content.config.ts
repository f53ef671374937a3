// Content collections: Starlight's `docs` collection is read from ./content (not src/content/docs), so
// lessons, rule docs and the home page sit next to exercises/ at the top of the repository.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * Entry ids are paths relative to ./content without the extension; Starlight serves each id at `/<id>/`:
 *   content/index.mdx                  → /
 *   content/learn/<module>/<lesson>.mdx → /learn/<module>/<lesson>/
 *   content/rules/<id>.mdx             → /rules/<id>/
 * Files starting with `_` are drafts or partials and are skipped. Other folders under content/
 * (examples, quizzes) are data, not pages, so they are not matched.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './content',
      pattern: ['index.mdx', 'learn/**/[^_]*.mdx', 'rules/**/[^_]*.mdx', 'guide/**/[^_]*.mdx'],
    }),
    schema: docsSchema(),
  }),
};
