// The base-image catalog data, in one list. Derived from /work/shared/data/base-images.json
// (entries whose `sources` include "shared/data/base-images.json#<name>" keep that entry's
// Entrypoint/Cmd/WorkingDir/User facts; tests check them) plus additions researched in the
// upstream repositories (docker-library/*, nodejs/docker-node, adoptium/containers,
// carlossg/docker-maven, nginxinc/docker-nginx, rust-lang/docker-rust, alpinelinux/docker-alpine,
// GoogleContainerTools/distroless). Every entry lists its sources; unknown facts are null or empty
// and said so in `notes`. Sizes are never estimated.

import { deepFreeze, type CatalogEntry } from './define.ts';
import { busybox } from './data/busybox.ts';
import { chainguard } from './data/chainguard.ts';
import { distroless } from './data/distroless.ts';
import { golang } from './data/golang.ts';
import { java } from './data/java.ts';
import { mavenImages } from './data/maven.ts';
import { nginxImages } from './data/nginx.ts';
import { node } from './data/node.ts';
import { os } from './data/os.ts';
import { python } from './data/python.ts';
import { rust } from './data/rust.ts';

/** Every catalog image (deeply frozen). Order matters only for display; lookups go through lookup.ts. */
export const images: readonly CatalogEntry[] = deepFreeze([
  ...os,
  ...busybox,
  ...distroless,
  ...python,
  ...node,
  ...golang,
  ...rust,
  ...java,
  ...mavenImages,
  ...nginxImages,
  ...chainguard,
]);
