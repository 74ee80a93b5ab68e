// Runs a CloudFront Function's code (viewer request) on request URIs and prints, per line of input, what it
// does: "file <uri>" when it forwards the request, "redirect <status> <location>" when it answers a redirect,
// "answer <status>" when it answers anything else itself.
// Usage: node run-cloudfront-function.mjs <code.js> < uris
import { readFileSync } from "node:fs";
import vm from "node:vm";

const context = {};
vm.runInNewContext(readFileSync(process.argv[2], "utf8"), context);
const uris = readFileSync(0, "utf8").split("\n").filter((line) => line.length > 0);
for (const uri of uris) {
  const result = context.handler({ version: "1.0", request: { method: "GET", uri, querystring: {}, headers: {} } });
  if (result.statusCode && result.headers && result.headers.location) {
    console.log(`redirect ${result.statusCode} ${result.headers.location.value}`);
  } else if (result.statusCode) {
    console.log(`answer ${result.statusCode}`);
  } else {
    console.log(`file ${result.uri}`);
  }
}
