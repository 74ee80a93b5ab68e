// Validates GitHub workflow files with GitHub's own parser (@actions/workflow-parser, from the repository's
// node_modules): schema, expressions, contexts, job needs. Prints one line per error,
// "file:line:column: message", and exits 1 if there is any.
// Usage: node validate-workflows.mjs <workflow.yml>...
import { register } from "node:module";
import { readFileSync } from "node:fs";

register("./json-imports.mjs", import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");

let errors = 0;
for (const name of process.argv.slice(2)) {
  const file = { name, content: readFileSync(name, "utf8") };
  const parsed = parseWorkflow(file, new NoOperationTraceWriter());
  const found = [...parsed.context.errors.getErrors()];
  if (parsed.value && found.length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    found.push(...parsed.context.errors.getErrors());
    for (const error of template.errors ?? []) {
      // The converter repeats the context's errors, prefixed with their place.
      if (!found.some((known) => error.Message.endsWith(known.rawMessage))) {
        found.push({ rawMessage: error.Message });
      }
    }
  }
  for (const error of found) {
    const start = error.range?.start;
    console.log(`${name}:${start ? `${start.line}:${start.column}` : "?:?"}: ${error.rawMessage}`);
    errors++;
  }
}
process.exit(errors === 0 ? 0 : 1);
