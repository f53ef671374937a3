// Names and blurbs of the quiz modules, shared by the quiz pages.
import type { QuizModule } from '../../lib/quiz/schema.ts';

/** Title, description and intro line of each module's quiz page. */
export const MODULE_INFO: Record<QuizModule, { title: string; description: string; intro: string }> = {
  'multi-stage': {
    title: 'Multi-stage builds',
    description: 'Ten questions on stages, COPY --from, --target and what ends up in the final image.',
    intro: 'Stages, COPY --from, --target, and what really ships.',
  },
  distroless: {
    title: 'Distroless and minimal images',
    description: 'Ten questions on distroless images: what they are, their entrypoints, users, debugging and honest trade-offs.',
    intro: 'What distroless images are and are not, their entrypoints, users and debugging.',
  },
  'entrypoint-cmd': {
    title: 'ENTRYPOINT and CMD',
    description: 'Ten questions on how ENTRYPOINT and CMD combine, exec and shell form, overrides, PID 1 and signals.',
    intro: 'How ENTRYPOINT and CMD combine, exec vs shell form, overrides, PID 1 and signals.',
  },
};
