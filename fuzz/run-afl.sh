#!/usr/bin/env bash
# Fuzz the extraction engine with AFL++ through SharpFuzz.
#   needs: apt-get install afl++ ; dotnet tool install --global SharpFuzz.CommandLine
#   usage: fuzz/run-afl.sh [SECONDS] [OUTDIR]   (default 1800 s, fuzz/findings)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-1800}"
out="${2:-fuzz/findings}"
export PATH="$PATH:$HOME/.dotnet/tools"
dotnet build fuzz/TypedCorpus.Fuzz -c Release -o fuzz/bin >/dev/null
sharpfuzz fuzz/bin/TypedCorpus.Extraction.dll
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# -t: ms per input (the engine's regexes have a 2 s timeout); -m none: the CLR maps a lot of virtual memory.
afl-fuzz -V "$secs" -i seeds -o "$out" -t 10000 -m none -- dotnet fuzz/bin/TypedCorpus.Fuzz.dll afl
