// Java images: eclipse-temurin (17/21/25, JRE/JDK, Ubuntu/Alpine) and the deprecated openjdk.
// Temurin: ENTRYPOINT ["/__cacert_entrypoint.sh"] (imports CA certs if asked, then exec "$@");
// JRE images have no Cmd, JDK images CMD ["jshell"].

import type { CatalogImage } from '../../types.ts';
import { ALPINE, DEBIAN, JSON_SOURCE, UBUNTU_NOBLE, entry, size, withFiles, type CatalogEntry } from '../define.ts';

const GH = 'adoptium/containers';
const HOME = '/opt/java/openjdk';
const PATH = `${HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;

interface Line {
  v: string;
  javaVersion: string | null;
  source: string;
  json?: boolean;
  jreSize?: CatalogImage['size'];
}

const LINES: Line[] = [
  { v: '25', javaVersion: 'jdk-25.0.4.1+1', source: `${GH}@173beb5b: 25/jdk/ubuntu/resolute/Dockerfile (FROM ubuntu:26.04; ENV JAVA_HOME, PATH, LANG/LANGUAGE/LC_ALL, JAVA_VERSION=jdk-25.0.4.1+1; ENTRYPOINT ["/__cacert_entrypoint.sh"]; CMD ["jshell"])` },
  { v: '21', javaVersion: 'jdk-21.0.11+10', source: `${GH}@2b55fa66 (2024-10-08): 21/jre/ubuntu/noble/Dockerfile, 21/jdk/ubuntu/noble/Dockerfile (CMD ["jshell"])`, json: true, jreSize: size(null, 318.14) },
  { v: '17', javaVersion: null, source: `${GH}: 17/jdk/ubuntu/noble/Dockerfile, 17/jre/ubuntu/noble/Dockerfile (same template as 21)` },
];

const NOTE =
  'ENTRYPOINT ["/__cacert_entrypoint.sh"]: the script imports extra CA certificates when USE_SYSTEM_CA_CERTS is set, then runs exec "$@", so CMD must name the program: CMD ["java","-jar","app.jar"]. Setting your own ENTRYPOINT drops the script. Java in /opt/java/openjdk/bin (on PATH). Root, no WORKDIR.';

function variant(l: Line, kind: 'jre' | 'jdk', alpine: boolean): CatalogEntry {
  const name = `eclipse-temurin:${l.v}-${kind}${alpine ? '-alpine' : ''}`;
  const land = alpine ? ALPINE : UBUNTU_NOBLE;
  const env: Record<string, string> = { JAVA_HOME: HOME, PATH, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en', LC_ALL: 'en_US.UTF-8' };
  if (l.javaVersion) env.JAVA_VERSION = l.javaVersion;
  const jdkFiles = kind === 'jdk' ? [`${HOME}/bin/javac`, `${HOME}/bin/jshell`, `${HOME}/bin/jar`] : [];
  const aliases = alpine ? [] : kind === 'jdk' ? [`eclipse-temurin:${l.v}`, `eclipse-temurin:${l.v}-jdk-noble`, `eclipse-temurin:${l.v}-jdk-jammy`] : [`eclipse-temurin:${l.v}-jre-noble`, `eclipse-temurin:${l.v}-jre-jammy`];
  const json = l.json && (kind === 'jre' || !alpine) ? JSON_SOURCE + name : null;
  return entry({
    name, aliases,
    entrypoint: ['/__cacert_entrypoint.sh'],
    cmd: kind === 'jdk' ? ['jshell'] : null,
    env, ...land,
    files: withFiles(land, '/__cacert_entrypoint.sh', `${HOME}/bin/java`, ...jdkFiles),
    role: kind === 'jdk' ? 'build' : 'runtime',
    runtime: { language: 'java', version: l.v, kind },
    tools: kind === 'jdk' ? ['java', 'javac', 'jshell', 'jar'] : ['java'],
    entrypointScript: 'exec-args',
    size: !alpine && kind === 'jre' && l.jreSize ? l.jreSize : size(null, null),
    notes: `${NOTE} ${kind === 'jre' ? 'The JRE Dockerfile sets no CMD, and its ENTRYPOINT resets the Cmd inherited from the base, so the image has no Cmd: `docker run` with no arguments runs the script with nothing to exec and exits.' : 'The JDK Dockerfile sets CMD ["jshell"]; `docker run -it` opens jshell.'} ${alpine ? 'Alpine base (musl; published for amd64 and arm64 when the data was read).' : 'Ubuntu base: 24.04 (noble) when the data was read; the plain tags later moved to 26.04 (resolute). Ubuntu 24.04+ has a `ubuntu` user, uid 1000.'}${l.javaVersion ? ` JAVA_VERSION ${l.javaVersion} at the source snapshot (floats).` : ' JAVA_VERSION (floats) not recorded.'}`,
    sources: [...(json ? [json] : []), l.source, `${GH}@498fb5bb: 17/jre/ubuntu/noble/entrypoint.sh (USE_SYSTEM_CA_CERTS opt-in, ends with exec "$@")`, `${GH}@173beb5b: 25/jre/ubuntu/resolute/Dockerfile (ENTRYPOINT only, no CMD)`, `${GH}@0cf2c0bc: 25/jdk/alpine/3.23/Dockerfile (ENTRYPOINT ["/__cacert_entrypoint.sh"], CMD ["jshell"])`, 'docker-library/official-images: library/eclipse-temurin'],
  });
}

const OPENJDK_STATUS = { state: 'deprecated', since: '2022-07-01', note: 'docker-library/docs openjdk/deprecated.md: only early-access builds are updated after July 2022; use eclipse-temurin, amazoncorretto, ibm-semeru-runtimes or sapmachine' } as const;

/** openjdk:17 (deprecated): no ENTRYPOINT, CMD ["jshell"], Oracle OpenJDK build in /usr/local/openjdk-17. */
const openjdk = (slim: boolean): CatalogEntry =>
  entry({
    name: `openjdk:17-jdk${slim ? '-slim' : ''}`,
    aliases: slim ? ['openjdk:17-slim', 'openjdk:17-jdk-slim-bullseye', 'openjdk:17-slim-bullseye'] : ['openjdk:17', 'openjdk:17-jdk-bullseye', 'openjdk:17-bullseye'],
    cmd: ['jshell'],
    env: { JAVA_HOME: '/usr/local/openjdk-17', PATH: '/usr/local/openjdk-17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', JAVA_VERSION: '17.0.1' },
    ...DEBIAN,
    files: withFiles(DEBIAN, '/usr/local/openjdk-17/bin/java', '/usr/local/openjdk-17/bin/javac', '/usr/local/openjdk-17/bin/jshell'),
    role: 'build', runtime: { language: 'java', version: '17', kind: 'jdk' }, tools: ['java', 'javac', 'jshell', 'jar'],
    status: OPENJDK_STATUS,
    notes: `DEPRECATED and unpatched; tutorials (and the distroless java example) still use openjdk:17-jdk-slim as a build stage. No ENTRYPOINT and CMD ["jshell"]: CMD ["java","-jar","app.jar"] is right. Debian bullseye${slim ? '-slim' : ''} base, root, no WORKDIR. JAVA_VERSION 17.0.1 is the last GA value in the Dockerfile read. base-images.json recorded openjdk generically with Entrypoint/Cmd unverified (null); the values here come from the docker-library/openjdk Dockerfile.${slim ? '' : ' The full variant was not read; same template assumed.'}`,
    sources: ['docker-library/openjdk@41610205: 17/jdk/slim-bullseye/Dockerfile (FROM debian:bullseye-slim; JAVA_HOME /usr/local/openjdk-17; LANG C.UTF-8; CMD ["jshell"])', 'docker-library/docs: openjdk/deprecated.md'],
  });

/** eclipse-temurin 17/21/25 × JRE/JDK × Ubuntu/Alpine, and openjdk:17 (deprecated). */
export const java: CatalogEntry[] = [
  ...LINES.flatMap((l) => [variant(l, 'jre', false), variant(l, 'jdk', false), variant(l, 'jre', true), variant(l, 'jdk', true)]),
  openjdk(true),
  openjdk(false),
];

