// Runs a CloudFront Function's code (viewer request) on requests given as JSON lines ({"uri", "headers"} with
// CloudFront's header shape) and prints, per line, the request it forwards, as JSON (or the answer it gives).
// Usage: node run-viewer-request.mjs <code.js> < requests
import { readFileSync } from "node:fs";
import vm from "node:vm";

const context = {};
vm.runInNewContext(readFileSync(process.argv[2], "utf8"), context);
const lines = readFileSync(0, "utf8").split("\n").filter((line) => line.length > 0);
for (const line of lines) {
  const request = JSON.parse(line);
  const result = context.handler({
    version: "1.0",
    request: { method: "GET", uri: request.uri, querystring: {}, headers: request.headers, cookies: {} },
  });
  console.log(JSON.stringify(result));
}
