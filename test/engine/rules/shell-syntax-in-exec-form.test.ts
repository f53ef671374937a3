import { ruleTable } from './table.ts';

ruleTable('shell-syntax-in-exec-form', {
  valid: [
    { dockerfile: ['FROM eclipse-temurin:21-jre', 'COPY app.jar /app/app.jar', 'CMD ["java", "-jar", "/app/app.jar"]'] },
    { name: 'operators inside sh -c', dockerfile: ['FROM alpine:3.20', 'CMD ["sh", "-c", "npm ci && npm start"]'] },
    { name: 'a pattern the program matches itself', dockerfile: ['FROM alpine:3.20', 'RUN ["find", "/src", "-name", "*/test/*.py"]', 'CMD ["sh"]'] },
    { name: 'java classpath wildcard', dockerfile: ['FROM eclipse-temurin:21-jre', 'ENTRYPOINT ["java", "-cp", "/app/resources:/app/classes:/app/libs/*", "com.example.Main"]'] },
    { name: 'a URL', dockerfile: ['FROM alpine:3.20', 'CMD ["wget", "http://example.com/a?b=1"]'] },
  ],
  invalid: [
    { name: 'glob', dockerfile: ['FROM eclipse-temurin:21-jre', 'COPY target/*.jar /app/', 'CMD ["java", "-jar", "/app/*.jar"]'], lines: [3], column: 22 },
    { name: 'chained commands', dockerfile: ['FROM node:22-slim', 'CMD ["npm", "ci", "&&", "npm", "start"]'], lines: [2], column: 19 },
    { name: 'redirect and tilde', dockerfile: ['FROM alpine:3.20', 'ENTRYPOINT ["/app", ">", "/tmp/log", "~/data"]'], lines: [2, 2] },
  ],
});
