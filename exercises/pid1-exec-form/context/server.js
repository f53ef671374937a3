// A tiny HTTP server that shuts down cleanly: on SIGTERM (what `docker stop` sends) it stops
// accepting connections, lets open requests finish and exits. That only happens if the signal
// reaches this process, which is why node must be PID 1 (or the child of an init that forwards
// signals), not the child of a shell or of npm.
const http = require('node:http');

const port = Number(process.env.PORT || 3000);

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ hello: 'world', pid: process.pid }) + '\n');
});

server.listen(port, () => console.log(`listening on :${port} as PID ${process.pid}`));

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    console.log(`${signal} received, closing the server`);
    server.close(() => process.exit(0));
  });
}
