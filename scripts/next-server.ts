import { createServer } from "node:http";
import next from "next";
import { canonicalOriginLocation } from "../lib/http/canonical-origin";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from "../lib/http/client-address";
import { answerVisitorDuringOutage } from "../lib/http/visitor-outage";

/**
 * Our HTTP server around Next.js (`next start` and `next dev` hand a client's X-Forwarded-For to the
 * app unchecked and drop the socket's address): it resolves the client's address from the socket
 * and TRUSTED_PROXIES once, for every request, before Next.js sees it.
 *
 * `node --import tsx scripts/next-server.ts dev|start` — scripts/run-next.ts starts it.
 */
const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: next-server.ts dev|start");
  process.exit(2);
}
const dev = mode === "dev";
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const trust = trustedProxies(process.env.TRUSTED_PROXIES);

const server = createServer();
const app = next({ dev, port, hostname: "localhost", httpServer: server });

app.prepare().then(() => {
  const handle = app.getRequestHandler();
  server.on("request", (request, response) => {
    // Development: one origin, whichever host was typed.
    const canonical = canonicalOriginLocation({ method: request.method, host: request.headers.host, url: request.url });
    if (canonical) {
      response.writeHead(307, { location: canonical }).end();
      return;
    }
    const fromTrustedProxy = trust(request.socket.remoteAddress ?? "", 0);
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trust);
    // Only a proxy we trust may say which host or scheme the client used.
    if (!fromTrustedProxy) {
      delete request.headers["x-forwarded-host"];
      delete request.headers["x-forwarded-proto"];
    }
    // Visitors' cached pages skip the gate: during an outage this server gives them its 503 page.
    void answerVisitorDuringOutage(request, response).then((answered) => (answered ? undefined : handle(request, response)));
  });
  server.listen(port, hostname, () => {
    console.log(`[kiezwerk] ${dev ? "development" : "production"} server on http://localhost:${port}`);
  });
});
