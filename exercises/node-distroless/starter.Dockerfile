# Works, but ships the full node image (npm, Yarn, compilers, git, a shell) and prettier,
# a devDependency: npm install installs everything.
FROM node:22
WORKDIR /app
COPY . .
RUN npm install
EXPOSE 3000
CMD ["npm", "start"]
