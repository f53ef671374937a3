// Docker Official Images `maven` (carlossg/docker-maven) on Eclipse Temurin JDKs.
// ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"] (copies ~/.m2 reference files, then exec "$@"), CMD ["mvn"].

import { ALPINE, UBUNTU_NOBLE, entry, withFiles, type CatalogEntry } from '../define.ts';

const GH = 'carlossg/docker-maven';
const HOME = '/opt/java/openjdk';
const NOTE =
  'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"] (#!/bin/sh) copies /usr/share/maven/ref into $MAVEN_CONFIG (/root/.m2), then exec "$@"; default CMD ["mvn"]. So `docker run maven:… mvn package` and CMD ["mvn","-q","package"] both work, and ENTRYPOINT ["mvn"] in a derived image drops the script. mvn is /usr/bin/mvn → /usr/share/maven/bin/mvn. Inherits the Temurin JDK environment (JAVA_HOME /opt/java/openjdk, LANG en_US.UTF-8); root, no WORKDIR. A build image: copy target/*.jar into a JRE or distroless java stage. MAVEN_VERSION (3.9.x) is a build ARG, not recorded in the config.';

function maven(jdk: string, alpine: boolean): CatalogEntry {
  const land = alpine ? ALPINE : UBUNTU_NOBLE;
  return entry({
    name: `maven:3.9-eclipse-temurin-${jdk}${alpine ? '-alpine' : ''}`,
    aliases: alpine ? [`maven:3-eclipse-temurin-${jdk}-alpine`] : [`maven:3-eclipse-temurin-${jdk}`, `maven:3.9-eclipse-temurin-${jdk}-noble`],
    entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'],
    cmd: ['mvn'],
    env: {
      JAVA_HOME: HOME, PATH: `${HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en', LC_ALL: 'en_US.UTF-8',
      MAVEN_HOME: '/usr/share/maven', MAVEN_CONFIG: '/root/.m2',
    },
    ...land,
    files: withFiles(land, '/usr/local/bin/mvn-entrypoint.sh', '/usr/bin/mvn', '/usr/share/maven/bin/mvn', '/__cacert_entrypoint.sh', `${HOME}/bin/java`, `${HOME}/bin/javac`, '/usr/bin/git', '/usr/bin/curl'),
    role: 'build',
    runtime: { language: 'java', version: jdk, kind: 'jdk' },
    tools: ['mvn', 'java', 'javac', 'git', 'curl'],
    entrypointScript: 'exec-args',
    notes: `${NOTE} Base: eclipse-temurin:${jdk}-jdk${alpine ? '-alpine' : ''}.${alpine ? ' The Alpine Dockerfile was not read; config assumed identical to the Ubuntu one (same repository template).' : ''}`,
    sources: [
      `${GH}@2964feb2: eclipse-temurin-17/Dockerfile (FROM eclipse-temurin:17-jdk; ENV MAVEN_HOME, MAVEN_CONFIG; ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]; CMD ["mvn"])`,
      `${GH}@08e6cf4e: eclipse-temurin-21/Dockerfile (FROM eclipse-temurin:21-jdk; same ENTRYPOINT/CMD)`,
      `${GH}@7406e991: eclipse-temurin-17/mvn-entrypoint.sh (ends with exec "$@")`,
    ],
  });
}

/** maven 3.9 on Temurin 17/21/25 (Ubuntu) and 17/21 (Alpine). */
export const mavenImages: CatalogEntry[] = [maven('25', false), maven('21', false), maven('17', false), maven('21', true), maven('17', true)];
