// Build-time loader for the site: reads content/quiz/ and content/learn/ through Vite's
// import.meta.glob and hands the text to the pure buildBank()/buildCards(). An invalid bank fails the build.

import { buildBank, buildCards } from './bank.ts';
import { formatIssues, type CardsFile, type QuizModule } from './schema.ts';
import type { QuizItem } from './types.ts';

const strip = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace(/^\//, ''), v]));
const mc = strip(import.meta.glob<string>('/content/quiz/multiple-choice/*.yaml', { query: '?raw', import: 'default', eager: true }));
const predict = strip(import.meta.glob<string>('/content/quiz/predict/*.yaml', { query: '?raw', import: 'default', eager: true }));
const cardsFile = strip(import.meta.glob<string>('/content/quiz/cards.yaml', { query: '?raw', import: 'default', eager: true }));
const lessonFiles = Object.keys(import.meta.glob('/content/learn/*/*.mdx')).map((p) => p.replace(/^\//, ''));

let cache: QuizItem[] | null = null;

/** Every quiz item (multiple choice first, then generated), validated. Throws with every issue. */
export function loadQuizItems(): QuizItem[] {
  if (cache) return cache;
  const { items, issues } = buildBank({ multipleChoice: mc, predict, lessonFiles });
  if (issues.length) throw new Error(`invalid quiz bank:\n${formatIssues(issues)}`);
  cache = items;
  return items;
}

/** The items of one module. */
export function itemsOf(module: QuizModule): QuizItem[] {
  return loadQuizItems().filter((i) => i.module === module);
}

/** The interview cards, validated. Throws with every issue. */
export function loadCards(): CardsFile['cards'] {
  const [file, text] = Object.entries(cardsFile)[0] ?? ['content/quiz/cards.yaml', ''];
  const { cards, issues } = buildCards(file, text, lessonFiles);
  if (issues.length) throw new Error(`invalid interview cards:\n${formatIssues(issues)}`);
  return cards;
}
