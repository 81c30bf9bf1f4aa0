/**
 * The ceiling for any request on this machine: bare `node:http` answering a constant JSON body.
 * Every URL gets the same answer, so it serves `/api/health` and the benchmarked paths alike.
 *
 *   PORT=3001 node --import tsx src/references/hello-server.ts
 */
import { createServer } from 'node:http';

const body = JSON.stringify({ hello: 'world' });
const port = Number(process.env.PORT ?? 3001);
const host = process.env.HOST ?? '127.0.0.1';

createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(port, host);

process.on('SIGTERM', () => process.exit(0));
