// Build steps whose input files are not in the stage yet: pip -r, go build without go.mod, mvn without src.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import { missingBuildInput } from '../../../src/engine/grade/build-inputs.ts';

const context = { 'package.json': '{}', 'package-lock.json': '{}', 'requirements.txt': '', 'go.mod': 'module calculator\n', 'calculator.go': '', 'pom.xml': '', 'src/main/java/App.java': '' };
const miss = (lines: string[]) => missingBuildInput(goalContext(analyze(lines.join('\n')), context))?.line ?? null;

describe('missingBuildInput', () => {
  it('pip install -r before the COPY fails; after it, or with COPY . ., passes', () => {
    expect(miss(['FROM python:3.13-slim', 'RUN pip install -r requirements.txt', 'COPY requirements.txt .'])).toBe(2);
    expect(miss(['FROM python:3.13-slim', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt'])).toBeNull();
    expect(miss(['FROM python:3.13-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt'])).toBeNull();
    expect(miss(['FROM python:3.13-slim', 'RUN --mount=type=bind,source=requirements.txt,target=requirements.txt pip install -r requirements.txt'])).toBeNull();
  });

  it('go build of a package needs go.mod (a glob COPY counts); .go file arguments do not', () => {
    expect(miss(['FROM golang:1.26', 'WORKDIR /src', 'COPY calculator.go .', 'RUN go build -o /c .'])).toBe(4);
    expect(miss(['FROM golang:1.26', 'WORKDIR /src', 'COPY go.* ./', 'RUN go build -o /c .'])).toBeNull();
    expect(miss(['FROM golang:1.26', 'WORKDIR /src', 'COPY calculator.go .', 'RUN go build -o /c calculator.go'])).toBeNull();
    expect(miss(['FROM golang:1.26', 'WORKDIR /src', 'COPY calculator.go .', 'RUN go mod init calculator && go build -o /c .'])).toBeNull();
  });

  it('npm ci needs package-lock.json next to package.json', () => {
    expect(miss(['FROM node:22-slim', 'WORKDIR /app', 'COPY package.json ./', 'RUN npm ci --omit=dev'])).toBe(4);
    expect(miss(['FROM node:22-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci --omit=dev'])).toBeNull();
  });

  it('mvn package before COPY src builds an empty jar', () => {
    expect(miss(['FROM maven:3.9-eclipse-temurin-21', 'WORKDIR /app', 'COPY pom.xml .', 'RUN mvn -B package', 'COPY src ./src'])).toBe(4);
    expect(miss(['FROM maven:3.9-eclipse-temurin-21', 'WORKDIR /app', 'COPY pom.xml .', 'COPY src ./src', 'RUN mvn -B package'])).toBeNull();
  });
});
