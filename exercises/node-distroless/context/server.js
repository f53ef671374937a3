// A tiny HTTP server that reports how long it has been up, e.g. {"uptime":"2m"}.
// Its one runtime dependency, ms, must be in node_modules next to this file (or in a parent
// directory): Node resolves require('ms') from the script's own directory upwards.
const http = require('node:http');
const ms = require('ms');

const port = Number(process.env.PORT || 3000);
const started = Date.now();

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ uptime: ms(Date.now() - started) }) + '\n');
});

server.listen(port, () => console.log(`listening on :${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
