// Test helper: reads the quiz bank's files from disk the way the site's Vite glob does.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BankSources } from '../../src/lib/quiz/bank.ts';

const root = join(import.meta.dirname, '../..');

/** Every `*.yaml` under content/quiz/<sub>/, keyed by repository-relative path. */
export function quizFiles(sub: string): Record<string, string> {
  const dir = join(root, 'content/quiz', sub);
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [`content/quiz/${sub}/${f}`, readFileSync(join(dir, f), 'utf8')]));
}

/** Paths of every lesson file (`content/learn/<module>/<lesson>.mdx`). */
export function lessonFiles(): string[] {
  return readdirSync(join(root, 'content/learn'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `content/learn/${f.split('\\').join('/')}`);
}

/** The bank's sources as the site loads them. */
export function bankSources(): BankSources {
  return { multipleChoice: quizFiles('multiple-choice'), predict: quizFiles('predict'), lessonFiles: lessonFiles() };
}

/** Raw text of a repository file. */
export const repoFile = (path: string) => readFileSync(join(root, path), 'utf8');
