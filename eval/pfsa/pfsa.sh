#!/usr/bin/env bash
# Real news: builds the PFSA-ID test split (Kompas articles with gold direct quotes and speakers) as one .txt per
# article plus a gold file, and scores the engine on it. The corpus is CC BY-NC-SA: it is downloaded, never committed.
#
#   eval/pfsa/pfsa.sh [OUT_DIR]        (default /tmp/pfsa-test)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-/tmp/pfsa-test}
src=$(mktemp -d)
git clone --depth 1 --quiet https://github.com/sigit-purnomo/pfsa-id-dl "$src/repo"
rm -rf "$out"
python3 "$here/pfsa_convert.py" --split "$src/repo/corpus/pfsa-id-test/test-data.txt" --out "$out" | tail -2
rm -rf "$src"
dotnet run --project "$root/src/TypedCorpus.Cli" -- export "$out" --out "$out.json"
python3 "$root/eval/score.py" --gold "$out/gold.json" --export "$out.json"
