#!/usr/bin/env bash
# Uploads the built site (site/target/site) to its S3 bucket, each file with the content type that
# site/content-types.properties gives its extension (the table the local runner serves with), and deletes from
# the bucket what the build no longer makes. The response shell (_shell/) is for the functions: not published.
#
# Usage: .github/scripts/publish-site.sh BUCKET   (from the repository's root, AWS credentials configured)
set -euo pipefail
cd "$(dirname "$0")/../.."

bucket="${1:?usage: $0 BUCKET}"
site=site/target/site
types=site/content-types.properties
# Pages and feeds: browsers check again after 5 minutes; CloudFront keeps them a day (each deployment
# invalidates it). Stylesheet, script and images have no fingerprint in their names: a day everywhere.
documents="public, max-age=300, s-maxage=86400"
assets="public, max-age=86400"

[ -f "$site/index.html" ] || { echo "No site in $site: build it first (./mvnw -DskipTests package)" >&2; exit 1; }

known=$(grep -v '^#' "$types" | cut -d= -f1 | tr '\n' ' ')
unknown=$(find "$site" -type f -not -path "$site/_shell/*" | sed -n 's/.*\.\([^./]*\)$/\1/p' | sort -u |
  while read -r extension; do [[ " $known " == *" $extension "* ]] || echo "$extension"; done)
if [ -n "$unknown" ]; then
  echo "No content type for: $unknown (add them to $types)" >&2
  exit 1
fi

grep -v '^#' "$types" | while IFS='=' read -r extension type; do
  [ -n "$extension" ] || continue
  case "$extension" in
    html|ics|xml|atom|txt|json|webmanifest) cache="$documents" ;;
    *) cache="$assets" ;;
  esac
  aws s3 sync "$site" "s3://$bucket" --delete --only-show-errors \
    --exclude "*" --include "*.$extension" --exclude "_shell/*" \
    --content-type "$type" --cache-control "$cache"
done
echo "Site uploaded to s3://$bucket"
