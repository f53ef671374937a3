// The base-image catalog data, in one list. Derived from /work/shared/data/base-images.json
// (entries whose `sources` start with "shared/data/base-images.json#<name>" keep that entry's
// Entrypoint/Cmd/WorkingDir/User facts; tests check them) plus additions researched in the
// docker-library, nodejs/docker-node, adoptium/containers, GoogleContainerTools/distroless and
// other upstream repositories. Every entry lists its sources; unknown facts are null/empty and
// said so in `notes`. Sizes are never estimated.

import type { CatalogEntry } from './define.ts';
import { chainguard } from './data/chainguard.ts';
import { distroless } from './data/distroless.ts';
import { golang } from './data/golang.ts';
import { java } from './data/java.ts';
import { node } from './data/node.ts';
import { os } from './data/os.ts';
import { python } from './data/python.ts';

/** Every catalog image. Order matters only for display; lookups go through lookup.ts. */
export const images: readonly CatalogEntry[] = [...os, ...distroless, ...python, ...node, ...golang, ...java, ...chainguard];
