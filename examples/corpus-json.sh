#!/usr/bin/env bash
# Writes what the report parser reads from every report of ../shared/corpus into DIR: the JSON of
# reports/ and dev/reports/ (one report per line, in order of file name) and their problems, sorted.
# Run it before and after a change and compare: diff -r BEFORE AFTER (nothing printed: byte-identical).
# Usage: bash examples/corpus-json.sh DIR   (builds the CLI first unless SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: corpus-json.sh DIR}
corpus=../shared/corpus
[ -d "$corpus" ] || { echo "corpus-json.sh: no $corpus beside the checkout" >&2; exit 1; }
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -ntp -q -DskipTests install
mkdir -p "$out"
for part in reports dev/reports; do
  name=${part//\//_}
  [ -d "$corpus/$part" ] || continue
  java -jar examples/target/govreport-cli.jar parse --problems "$corpus/$part" > "$out/$name.json" 2> "$out/$name.problems.unsorted" || true
  LC_ALL=C sort "$out/$name.problems.unsorted" > "$out/$name.problems"
  rm "$out/$name.problems.unsorted"
done
wc -l "$out"/* >&2
