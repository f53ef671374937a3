// "What `docker run IMAGE` runs" for a family: the engine simulates `FROM <image>` for every image
// (nothing typed by hand) and images with the same outcome share one line.

import { formatArgv, resolve } from '../../engine/index.ts';
import type { CatalogImage } from '../../engine/types.ts';

/** One outcome of `docker run` shared by one or more images. */
export interface RunLine {
  /** The image shown in the `docker run` command. */
  example: string;
  /** Other images with exactly the same outcome. */
  others: string[];
  /** The command the runtime starts, shell-quoted, or null for "no command specified". */
  command: string | null;
  /** What ends up as PID 1 when an entrypoint script `exec`s something else (null when it is `command`). */
  pid1: string | null;
  /** The engine's predicted problems and warnings, in its own words. */
  problems: string[];
}

/**
 * Simulate `docker run` of an image built from just `FROM <name>` for each image, and merge images
 * whose argv, PID 1 and problems are the same. Lines keep the order of their first image.
 */
export function runLines(images: readonly CatalogImage[]): RunLine[] {
  const lines = new Map<string, RunLine>();
  for (const img of images) {
    const result = resolve(`FROM ${img.name}`);
    const command = result.argv ? formatArgv(result.argv) : null;
    const pid1Argv = result.pid1.argv.length ? formatArgv(result.pid1.argv) : null;
    const pid1 = pid1Argv && pid1Argv !== command ? pid1Argv : null;
    const problems = [...result.problems.map((p) => p.message), ...result.warnings];
    const key = JSON.stringify([command, pid1, problems]);
    const line = lines.get(key);
    if (line) line.others.push(img.name);
    else lines.set(key, { example: img.name, others: [], command, pid1, problems });
  }
  return [...lines.values()];
}
