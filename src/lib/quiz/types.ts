// The shape of one quiz item as the quiz pages render it, whether written by hand (multiple choice)
// or generated from a Dockerfile template and answered by the engine (predict what runs).

import type { QuizModule } from './schema.ts';

/** One answer shown to the learner. */
export interface QuizChoice {
  text: string;
  /** Why this answer is wrong (the mistake it comes from); absent on the correct one. */
  why?: string;
}

/** One question, ready to render: choices already in their display order. */
export interface QuizItem {
  /** Stable id (kept in the browser's review state). */
  id: string;
  module: QuizModule;
  kind: 'mc' | 'predict';
  /** Lesson URL the explanation links to. */
  lesson: string;
  question: string;
  /** A Dockerfile shown with the question. */
  dockerfile?: string;
  /** Shell lines shown under the Dockerfile (`docker build …`, `docker run …`). */
  commands?: string[];
  choices: QuizChoice[];
  /** Index of the correct choice in `choices`. */
  answer: number;
  explanation: string;
  /** Engine-derived notes (where each token came from, PID 1, predicted failures). */
  details: string[];
  source: string;
  /** The template a predict item came from. */
  template?: string;
}
