// Visual snapshots of every story: after a story has rendered and passed its play function and axe, its canvas is
// compared with the reviewed screenshot committed next to the story file (`__screenshots__/`). A story without a
// reviewed screenshot, or one that looks different, fails; after reviewing the change, update the references with
// `pnpm test:stories -u` and commit the PNGs. Stories render with reduced motion, so no transition is caught midway.
import { afterEach, expect } from 'vitest';
import { page } from 'vitest/browser';

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') return;
  // Storybook's vitest plugin renders each story into a plain <div> of the body (no id, no class), beside its own
  // hidden wrappers (.sb-wrapper) and script roots.
  const root = [...document.body.children].find(
    (child): child is HTMLElement => child instanceof HTMLDivElement && !child.id && !child.className,
  );
  if (!root) throw new Error('story screenshot: the story root was not found in the page');
  await expect.element(page.elementLocator(root)).toMatchScreenshot();
});
