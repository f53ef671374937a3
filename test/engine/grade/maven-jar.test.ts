// Goal kind maven-jar: the jar name from pom.xml (artifactId-version, finalName) and COPY --from
// sources inside a Maven target/ directory.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import goal, { jarName } from '../../../src/engine/grade/goals/maven-jar.ts';

const POM = `<project><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.x</groupId><artifactId>parent</artifactId><version>9</version></parent>
  <artifactId>calculator</artifactId><version>1.0.0</version>
  <dependencies><dependency><artifactId>lib</artifactId><version>2</version></dependency></dependencies>
  <build><plugins><plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin></plugins></build>
</project>`;

const BUILD = 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\nFROM gcr.io/distroless/java21-debian13\n';
const check = (copy: string, pom = POM) => goal.check(goalContext(analyze(`${BUILD}${copy}\nCMD ["/app.jar"]\n`), { 'pom.xml': pom }), goal.params.parse({}));

describe('maven-jar', () => {
  it('reads the project coordinates, not the parent or plugin ones; finalName wins', () => {
    expect(jarName(POM)).toBe('calculator-1.0.0.jar');
    expect(jarName(POM.replace('<plugins>', '<finalName>app</finalName><plugins>'))).toBe('app.jar');
    expect(jarName('<project><artifactId>x</artifactId><version>${revision}</version></project>')).toBeNull();
  });
  it('accepts the right name, a matching glob and the whole target directory', () => {
    expect(check('COPY --from=build /app/target/calculator-1.0.0.jar /app.jar').passed).toBe(true);
    expect(check('COPY --from=build /app/target/*.jar /app.jar').passed).toBe(true);
    expect(check('COPY --from=build /app/target/calculator-*.jar /app.jar').passed).toBe(true);
    expect(check('COPY --from=build /app/target /target').passed).toBe(true);
  });
  it('refuses another name or a glob that matches nothing', () => {
    const r = check('COPY --from=build /app/target/app.jar /app.jar');
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/calculator-1\.0\.0\.jar/);
    expect(check('COPY --from=build /app/target/*-SNAPSHOT.jar /app.jar').passed).toBe(false);
  });
  it('does not judge what it cannot know', () => {
    expect(check('COPY --from=build /app/target/app.jar /app.jar', '<project/>').passed).toBe(true);
  });
});
