// Build-time map from lesson URL (/learn/<module>/<lesson>/) to its title, for the quiz's "Lesson:" links.
import { getCollection } from 'astro:content';

/** Every lesson's URL → title. */
export async function lessonTitles(): Promise<Map<string, string>> {
  const docs = await getCollection('docs', (d) => d.id.startsWith('learn/'));
  return new Map(docs.map((d) => [`/${d.id}/`, d.data.title]));
}

/** The title for a lesson URL (anchors ignored); the URL itself if unknown. */
export function titleOf(titles: Map<string, string>, url: string): string {
  return titles.get(url.replace(/#.*$/, '')) ?? url;
}
