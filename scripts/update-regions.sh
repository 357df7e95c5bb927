#!/usr/bin/env bash
# Refreshes the region codes from the pinned npm package idn-area-data (ODbL).
set -euo pipefail
version="${1:-4.0.1}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/src/main/resources/regions/idn-area-data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "idn-area-data@$version" >/dev/null && tar xzf "idn-area-data-$version.tgz")
cp "$work"/package/data/{provinces,regencies,districts}.csv "$work/package/data/LICENSE.md" "$target/"
echo "Copied idn-area-data $version; sha256 of the tarball:"
sha256sum "$work/idn-area-data-$version.tgz"
echo "Update the version and checksum in $target/README.md and run ./mvnw verify."
