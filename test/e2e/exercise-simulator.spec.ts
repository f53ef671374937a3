// The simulator panel: for given docker run arguments (and Kubernetes / Compose settings) it shows
// the argv Docker would execute, each token's origin, and PID 1.
import { expect, test } from '@playwright/test';

// Each test loads Monaco (~850 KB gzip) in a fresh page: allow 3x the default time on busy machines.
test.beforeEach(() => test.slow());
import { typeDockerfile } from './exercise-helpers.ts';

const DOCKERFILE = 'FROM busybox:1.37\nENTRYPOINT ["echo", "Hello,"]\nCMD ["world!"]\n';

test.beforeEach(async ({ page }) => {
  await page.goto('/exercises/echo-greeting/');
  await typeDockerfile(page, DOCKERFILE);
});

const sim = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Simulated command' });

test('no arguments: ENTRYPOINT + CMD, each token linked to its line', async ({ page }) => {
  // Shown shell-quoted, as the lessons show argv ('!' is quoted for the shell).
  await expect(sim(page)).toContainText("runs: echo Hello, 'world!'");
  await expect(sim(page)).toContainText("PID 1: echo Hello, 'world!'");
  await expect(sim(page).getByRole('button', { name: 'Show Dockerfile line 2 in the editor' })).toHaveCount(2);
  await expect(sim(page).getByRole('button', { name: 'Show Dockerfile line 3 in the editor' })).toHaveCount(1);
});

test('arguments replace CMD; --entrypoint replaces ENTRYPOINT and drops CMD', async ({ page }) => {
  const args = page.getByRole('textbox', { name: 'docker run arguments' });
  await args.fill('Goodbye');
  await expect(sim(page)).toContainText('$ docker run IMAGE Goodbye');
  await expect(sim(page)).toContainText('runs: echo Hello, Goodbye');
  await expect(sim(page).getByRole('listitem').filter({ hasText: 'Goodbye' })).toContainText('your run arguments');
  await args.fill("--entrypoint sh IMAGE -c 'echo hi'");
  await expect(sim(page)).toContainText("runs: sh -c 'echo hi'");
  await expect(sim(page).getByRole('listitem').first()).toContainText('the --entrypoint option');
});

test('Kubernetes command/args and Compose entrypoint/command', async ({ page }) => {
  await page.getByRole('radio', { name: /Kubernetes/ }).check();
  await page.getByRole('textbox', { name: 'Kubernetes args' }).fill('["there"]');
  await expect(sim(page)).toContainText('runs: echo Hello, there');
  await page.getByRole('textbox', { name: 'Kubernetes command' }).fill('["printf", "%s"]');
  await expect(sim(page)).toContainText("runs: printf %s there");
  await page.getByRole('radio', { name: /Compose/ }).check();
  await page.getByRole('textbox', { name: 'Compose entrypoint' }).fill('["cat"]');
  await expect(sim(page)).toContainText('runs: cat');
  await expect(sim(page)).not.toContainText('world');
});

test('clicking a token origin reveals the line in the editor', async ({ page }) => {
  await sim(page).getByRole('button', { name: 'Show Dockerfile line 3 in the editor' }).click();
  await expect(page.getByRole('textbox', { name: 'Dockerfile editor' })).toBeFocused();
  await expect(page.locator('.monaco-editor .selected-text').first()).toBeAttached();
});

test('the stage graph draws each stage with its size and a text alternative', async ({ page }) => {
  await typeDockerfile(page, 'FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n');
  const graph = page.locator('[data-stage-graph]');
  await expect(graph.locator('svg[role="img"] .sc-graph__stage')).toHaveCount(2);
  await expect(graph.locator('.sc-graph__stage--target')).toContainText('stage 1');
  await expect(graph.locator('.sc-graph__edge--copy')).toHaveCount(1);
  await expect(graph.getByRole('listitem').nth(0)).toContainText('Files copied (/app) into stage 1');
  await expect(graph.getByRole('listitem').nth(1)).toContainText('empty base (0 MB)');
  await expect(graph.getByRole('listitem').nth(1)).toContainText('the image docker build produces');
  await page.getByRole('combobox', { name: 'Build target' }).selectOption('build');
  await expect(sim(page)).toContainText('$ docker build --target build -t IMAGE .');
  await expect(graph.locator('.sc-graph__stage--target')).toContainText('stage 0');
  await expect(graph.getByRole('listitem').nth(0)).toContainText('the image docker build produces');
});
