// Provenance through RUN cp/mv (a moved file keeps its origin) and COPY into a directory.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';

const origin = (lines: string[], path: string) => {
  const model = analyze(lines.join('\n'));
  return goalContext(model, { 'pom.xml': '<project/>' }).trace(path, model.stages[0])?.origin;
};

describe('trace through cp/mv in RUN', () => {
  const head = ['FROM maven:3.9-eclipse-temurin-21', 'WORKDIR /build', 'COPY pom.xml .'];
  it('follows a relative mv of a Maven jar to the mvn RUN', () => {
    expect(origin([...head, 'RUN mvn -B package', 'RUN mv target/app-1.jar app.jar'], '/build/app.jar')).toEqual({ kind: 'run', stage: 0, line: 4 });
  });
  it('follows a glob cp into a directory', () => {
    expect(origin([...head, 'RUN mvn -B package', 'RUN mkdir /out && cp target/*.jar /out/'], '/out/app-1.jar')).toEqual({ kind: 'run', stage: 0, line: 4 });
  });
  it('a copied context file stays a context file', () => {
    expect(origin([...head, 'RUN cp pom.xml app.jar'], '/build/app.jar')).toEqual({ kind: 'context', path: 'pom.xml' });
  });
});

describe('COPY of a build output into a directory', () => {
  const lines = ['FROM golang:1.26 AS build', 'WORKDIR /src', 'RUN go build -o /calculator .', 'FROM scratch', 'COPY --from=build /calculator /app/'];
  const model = analyze(lines.join('\n'));
  const ctx = goalContext(model, { 'go.mod': 'module calculator\n' });
  it('the file is inside the directory, the directory itself is not the binary', () => {
    expect(ctx.trace('/app/calculator')?.origin).toEqual({ kind: 'run', stage: 0, line: 3 });
    expect(ctx.trace('/app')).toBeNull();
  });
});

describe('COPY of a build-context directory by name', () => {
  it('`COPY mysite ./mysite` holds the files the context has under mysite/', () => {
    const model = analyze(['FROM python:3.13-slim', 'WORKDIR /app', 'COPY mysite ./mysite'].join('\n'));
    const ctx = goalContext(model, { 'mysite/settings.py': '', 'manage.py': '' });
    expect(ctx.trace('/app/mysite/settings.py')?.origin).toEqual({ kind: 'context', path: 'mysite/settings.py' });
    expect(ctx.trace('/app/mysite/other.py')).toBeNull();
  });
});
