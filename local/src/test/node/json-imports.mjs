// Module load hook: @actions/workflow-parser imports its JSON schemas without import attributes, which Node 20
// refuses for ES modules. This adds {type: "json"} to JSON imports (Node 20.10 and later).
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) {
    const json = { type: "json" };
    return nextLoad(url, { ...context, importAttributes: json });
  }
  return nextLoad(url, context);
}
