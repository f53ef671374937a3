// A tiny HTTP server that greets and reports its uptime. Its greeting comes from the GREETING
// environment variable (set with ENV in the Dockerfile or docker run -e), not from a .env file.
const http = require('node:http');
const ms = require('ms');

const port = Number(process.env.PORT || 3000);
const greeting = process.env.GREETING || 'Hello';
const started = Date.now();

http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ greeting, uptime: ms(Date.now() - started) }) + '\n');
  })
  .listen(port, () => console.log(`listening on :${port}`));
