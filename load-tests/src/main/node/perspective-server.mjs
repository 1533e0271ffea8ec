// Perspective's own Node server, as its docs run it: `new
// perspective.WebSocketServer({port})` from @perspective-dev/client 5.5.1.
// Usage: node perspective-server.mjs [--no-deflate]   (prints "PORT <n>" once listening)
//
// WebSocketServer listens on every interface and takes no host; the harness
// must stay on loopback, so its HTTP server is moved to an ephemeral port on
// 127.0.0.1 before it accepts anything. Everything else (sessions, the
// engine, permessage-deflate) is the stock server's. --no-deflate turns off
// its permessage-deflate (which it hard-codes on), to compare without
// compression on either side. Stops on SIGTERM/SIGINT.
import perspective from "@perspective-dev/client";

const server = new perspective.WebSocketServer({ port: 0 });
if (process.argv.includes("--no-deflate")) {
  server._wss.options.perMessageDeflate = false;
}
const http = server._server;
http.close();
http.listen(0, "127.0.0.1", () => {
  console.log(`PORT ${http.address().port}`);
});

let stopping = false;
async function stop() {
  if (stopping) {
    return;
  }
  stopping = true;
  const forced = setTimeout(() => process.exit(1), 5000);
  await server.close();
  clearTimeout(forced);
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
