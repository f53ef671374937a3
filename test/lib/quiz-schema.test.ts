// The quiz bank's schema: the real bank is valid and large enough, and broken files are reported
// with file, field, what was expected and what was found.
import { describe, expect, it } from 'vitest';
import { buildBank, buildCards } from '../../src/lib/quiz/bank.ts';
import { formatIssues, QUIZ_MODULES } from '../../src/lib/quiz/schema.ts';
import { bankSources, lessonFiles, repoFile } from './quiz-helpers.ts';

const mc = (body: string) => `module: distroless\nitems:\n${body}`;
const item = (over: Record<string, string> = {}) => {
  const f = {
    id: 'dl-x',
    lesson: '/learn/distroless/what-is-in-an-image/',
    question: 'What is in a distroless image?',
    explanation: 'The runtime and its libraries, no shell.',
    source: 'ERRATA.md 1',
    ...over,
  };
  return `  - id: ${f.id}\n    lesson: ${f.lesson}\n    question: ${f.question}\n    choices:\n      - text: a\n        correct: true\n      - text: b\n      - text: c\n    explanation: ${f.explanation}\n    source: ${f.source}\n`;
};
const build = (multipleChoice: Record<string, string>, predict: Record<string, string> = {}) =>
  buildBank({ multipleChoice, predict, lessonFiles: lessonFiles() });

describe('the quiz bank in content/quiz', () => {
  const { items, issues } = buildBank(bankSources());

  it('is valid', () => {
    expect(formatIssues(issues)).toBe('');
  });

  it('has at least 60 items, both kinds, in every module', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    for (const m of QUIZ_MODULES) {
      expect(items.filter((i) => i.module === m && i.kind === 'mc').length, m).toBeGreaterThanOrEqual(5);
      expect(items.filter((i) => i.module === m && i.kind === 'predict').length, m).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives every item one correct answer among distinct choices, an explanation and a lesson link', () => {
    for (const i of items) {
      expect(i.answer, i.id).toBeGreaterThanOrEqual(0);
      expect(new Set(i.choices.map((c) => c.text)).size, i.id).toBe(i.choices.length);
      expect(i.choices.length, i.id).toBeGreaterThanOrEqual(3);
      expect(i.explanation.length, i.id).toBeGreaterThan(20);
      expect(i.lesson, i.id).toMatch(/^\/learn\/[a-z-]+\/[a-z0-9-]+\/$/);
    }
  });

  it('places the correct answer at different positions', () => {
    expect(new Set(items.map((i) => i.answer)).size).toBeGreaterThan(2);
  });

  it('has valid interview cards with existing lesson links', () => {
    const { cards, issues: cardIssues } = buildCards('content/quiz/cards.yaml', repoFile('content/quiz/cards.yaml'), lessonFiles());
    expect(formatIssues(cardIssues)).toBe('');
    expect(cards.length).toBeGreaterThanOrEqual(5);
  });
});

describe('errors in quiz files', () => {
  it('name the file, the field, what was expected and what was found', () => {
    const { issues } = build({ 'content/quiz/multiple-choice/x.yaml': mc(item({ id: 'Not_Kebab' })) });
    expect(formatIssues(issues)).toBe('content/quiz/multiple-choice/x.yaml: items.0.id: expected a kebab-case id, found "Not_Kebab"');
  });

  it('report a lesson link that does not exist', () => {
    const { issues } = build({ 'content/quiz/multiple-choice/x.yaml': mc(item({ lesson: '/learn/distroless/no-such-lesson/' })) });
    expect(issues).toEqual([
      { file: 'content/quiz/multiple-choice/x.yaml', field: 'items.0.lesson', expected: 'a lesson that exists under content/learn/', found: '"/learn/distroless/no-such-lesson/"' },
    ]);
  });

  it('report an item without exactly one correct choice', () => {
    const text = mc(item()).replace('        correct: true\n', '');
    const { issues } = build({ 'content/quiz/multiple-choice/x.yaml': text });
    expect(issues[0]).toMatchObject({ field: 'items.0.choices', expected: 'exactly one choice with correct: true' });
  });

  it('report duplicate ids across files', () => {
    const { issues } = build({ 'content/quiz/multiple-choice/a.yaml': mc(item()), 'content/quiz/multiple-choice/b.yaml': mc(item()) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/quiz/multiple-choice/b.yaml', field: 'items.0.id' });
  });

  it('report invalid YAML and an unknown module', () => {
    expect(build({ 'content/quiz/multiple-choice/x.yaml': 'items: [' }).issues[0]).toMatchObject({ field: '(root)', expected: 'valid YAML' });
    const { issues } = build({ 'content/quiz/multiple-choice/x.yaml': mc(item()).replace('distroless', 'kubernetes') });
    expect(issues[0]).toMatchObject({ field: 'module', found: '"kubernetes"' });
  });

  it('report a template slot that is never used and a placeholder without a slot', () => {
    const t = (template: string) =>
      `id: t\nmodule: entrypoint-cmd\nlesson: /learn/entrypoint-cmd/how-they-combine/\ntemplate: "${template}"\nslots:\n  cmd: ['["a"]']\nruns: [""]\nexplanation: Something long enough to pass.\nsource: SEMANTICS.md\n`;
    expect(build({}, { 'content/quiz/predict/t.yaml': t('FROM alpine:3.20\\nCMD [\\"x\\"]') }).issues[0]).toMatchObject({ field: 'slots' });
    expect(build({}, { 'content/quiz/predict/t.yaml': t('FROM alpine:3.20\\nCMD {{cmd}} {{other}}') }).issues[0]).toMatchObject({ field: 'template' });
  });

  it('refuse a template whose base image the catalog does not know (the answer would be a guess)', () => {
    const t = `id: t\nmodule: entrypoint-cmd\nlesson: /learn/entrypoint-cmd/how-they-combine/\ntemplate: "FROM example.org/mystery:1\\nCMD [\\"x\\"]"\nruns: [""]\nexplanation: Something long enough to pass.\nsource: SEMANTICS.md\n`;
    expect(build({}, { 'content/quiz/predict/t.yaml': t }).issues[0]).toMatchObject({ field: 'runs.0 with {}', found: '"example.org/mystery:1"' });
  });
});
