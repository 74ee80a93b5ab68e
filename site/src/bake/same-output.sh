#!/usr/bin/env bash
# Proves that a change to the builder leaves the site byte for byte identical: bakes the real site and a generated
# 1,000-page site (SyntheticSite) with the builder of a base revision (default: main) and with the working tree's,
# with the same "now", then compares the two output trees. Exits non-zero on any difference.
#
#   site/src/bake/same-output.sh [base revision] [pages]      (from anywhere in the repository; needs ~/.m2 filled)
set -euo pipefail
base=${1:-main}
pages=${2:-1000}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
now=2026-11-28T12:00:00+01:00
cleanup() {
  git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Compiles a checkout's site module (no bake, no tests) and writes its runtime classpath.
compile() {
  (cd "$1" && ./mvnw -B -q -o test-compile dependency:build-classpath -pl site -am \
      -Dmdep.outputFile="$2" -DincludeScope=runtime >/dev/null)
}

# Bakes with a checkout's builder: checkout, classpath file, output folder, then optional content and data folders.
bake() {
  local checkout=$1 classpath=$2 output=$3
  shift 3
  (cd "$root/site" && java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dsite.now="$now" \
      -cp "$checkout/site/target/classes:$(cat "$classpath")" \
      fr.conciergeriesolidaire.site.SiteBuilder . "$output" "$@" >/dev/null)
}

git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
compile "$work/base" "$work/base.classpath"
compile "$root" "$work/current.classpath"
(cd "$root/site" && java -cp "target/test-classes:target/classes:$(cat "$work/current.classpath")" \
    fr.conciergeriesolidaire.site.benchmark.SyntheticSite "$work/synthetic" "$pages" >/dev/null)

for builder in base current; do
  checkout=$([ "$builder" = base ] && echo "$work/base" || echo "$root")
  bake "$checkout" "$work/$builder.classpath" "$work/$builder-real"
  bake "$checkout" "$work/$builder.classpath" "$work/$builder-synthetic" \
      "$work/synthetic/jbake/content" "$work/synthetic/jbake/data"
done

diff -r "$work/base-real" "$work/current-real"
diff -r "$work/base-synthetic" "$work/current-synthetic" >/dev/null || {
  diff -r "$work/base-synthetic" "$work/current-synthetic" | head -50
  exit 1
}
echo "Same output as $base: the real site ($(find "$work/current-real" -type f | wc -l) files) and the $pages-page" \
    "site ($(find "$work/current-synthetic" -type f | wc -l) files)."
