// Assembles the quiz bank from the raw files of content/quiz/ (pure: the site passes files read by
// Vite, tests pass files read from disk): validates, generates predict items, checks lesson links
// and id uniqueness. Any issue fails the build with file/field/expected/found.

import { parse as parseYaml } from 'yaml';
import { generatePredictItems } from './generate.ts';
import { hash32, seeded, shuffle } from './random.ts';
import { cardsFileSchema, mcFileSchema, predictFileSchema, show, validate, type CardsFile, type QuizIssue } from './schema.ts';
import type { QuizItem } from './types.ts';

/** Raw text of the bank's files, keyed by path (e.g. `content/quiz/predict/echo.yaml`). */
export interface BankSources {
  multipleChoice: Record<string, string>;
  predict: Record<string, string>;
  /** Paths of the lesson files (`content/learn/<module>/<lesson>.mdx`), for link checks. */
  lessonFiles: string[];
}

/** `content/learn/a/b.mdx` (or `/content/learn/a/b.mdx`) → `/learn/a/b/`. */
export function lessonUrl(path: string): string | null {
  const m = /(?:^|\/)content\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)\.mdx$/.exec(path);
  return m ? `/learn/${m[1]}/${m[2]}/` : null;
}

function parseFile(file: string, text: string, issues: QuizIssue[]): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    issues.push({ file, field: '(root)', expected: 'valid YAML', found: (e as Error).message.split('\n')[0] });
    return undefined;
  }
}

/** Build every item of the bank. `items` is empty when there is any issue. */
export function buildBank(src: BankSources): { items: QuizItem[]; issues: QuizIssue[] } {
  const issues: QuizIssue[] = [];
  const items: { item: QuizItem; file: string; field: string }[] = [];
  for (const [file, text] of Object.entries(src.multipleChoice).sort()) {
    const raw = parseFile(file, text, issues);
    if (raw === undefined) continue;
    const { data, issues: is } = validate(mcFileSchema, raw, file);
    issues.push(...is);
    data?.items.forEach((i, k) => {
      const choices = shuffle(i.choices, seeded(hash32(i.id)));
      items.push({
        file,
        field: `items.${k}`,
        item: {
          id: i.id,
          module: data.module,
          kind: 'mc',
          lesson: i.lesson,
          question: i.question.trim(),
          dockerfile: i.dockerfile?.replace(/\n+$/, ''),
          choices: choices.map((c) => (c.correct ? { text: c.text } : { text: c.text, why: c.why })),
          answer: choices.findIndex((c) => c.correct),
          explanation: i.explanation.trim(),
          details: [],
          source: i.source,
        },
      });
    });
  }
  for (const [file, text] of Object.entries(src.predict).sort()) {
    const raw = parseFile(file, text, issues);
    if (raw === undefined) continue;
    const { data, issues: is } = validate(predictFileSchema, raw, file);
    issues.push(...is);
    if (!data) continue;
    const g = generatePredictItems(data, file);
    issues.push(...g.issues);
    for (const item of g.items) items.push({ item, file, field: 'template' });
  }
  const lessons = new Set(src.lessonFiles.map(lessonUrl).filter((u): u is string => u !== null));
  const ids = new Map<string, string>();
  for (const { item, file, field } of items) {
    const page = item.lesson.replace(/#.*$/, '');
    if (!lessons.has(page)) issues.push({ file, field: `${field}.lesson`, expected: 'a lesson that exists under content/learn/', found: show(item.lesson) });
    const prev = ids.get(item.id);
    if (prev) issues.push({ file, field: `${field}.id`, expected: `an id not already used (in ${prev})`, found: show(item.id) });
    ids.set(item.id, file);
  }
  return { items: issues.length ? [] : items.map((i) => i.item), issues };
}

/** Parse and check content/quiz/cards.yaml (lesson links included). */
export function buildCards(file: string, text: string, lessonFiles: string[]): { cards: CardsFile['cards']; issues: QuizIssue[] } {
  const issues: QuizIssue[] = [];
  const raw = parseFile(file, text, issues);
  if (raw === undefined) return { cards: [], issues };
  const { data, issues: is } = validate(cardsFileSchema, raw, file);
  issues.push(...is);
  const lessons = new Set(lessonFiles.map(lessonUrl));
  data?.cards.forEach((c, k) =>
    c.lessons.forEach((l, j) => {
      if (!lessons.has(l.replace(/#.*$/, ''))) issues.push({ file, field: `cards.${k}.lessons.${j}`, expected: 'a lesson that exists under content/learn/', found: show(l) });
    }),
  );
  return { cards: issues.length || !data ? [] : data.cards, issues };
}
