#!/usr/bin/env bash
# Consumer build and first access at scale, with the packed TypedCorpus package.
#   scale.sh build [--seed-sized] N...      clean build (nothing cached, no build server) of a consumer over N articles,
#                                           with /usr/bin/time -v: wall time, peak memory, dll size
#   scale.sh first [--seed-sized] N K RUNS  first access to article K in RUNS fresh processes (median), plus the runtime
#                                           alternatives (parse all files, parse one file, System.Text.Json)
#   scale.sh export [--seed-sized] N...     `typedcorpus export --format jsonl` and `--format json` over N articles with
#                                           /usr/bin/time -v: wall time and peak memory (JSONL's stays flat as N grows)
#   scale.sh table N...                     build and first access (5 runs, last article) for both corpora at each N, plus
#                                           the 5-article consumer over the seeds; one line per build
# Corpora: short synthetic articles (~1.6 KB, `make-corpus N`) by default; --seed-sized: the repository's seeds with names,
# dates and numbers varied and one extra attributed quote each (~3.4 KB, `make-corpus --seed-sized N`). N=5 is the seeds.
# Environment: TYPEDCORPUS_BENCH_DIR  work folder (default /tmp/typedcorpus-bench)
#              TYPEDCORPUS_CONFIG     build configuration (default Debug, what `dotnet build` gives a user)
#              TYPEDCORPUS_BINLOG=1   also write a binlog with -p:ReportAnalyzer=true (analyzer and generator times)
#              TYPEDCORPUS_MODES      the modes of `first` (default: first first-warm parse-one parse-all json)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${TYPEDCORPUS_BENCH_DIR:-/tmp/typedcorpus-bench}"
CONFIG="${TYPEDCORPUS_CONFIG:-Debug}"
BENCH="$REPO/tests/TypedCorpus.Benchmarks/bin/Release/net10.0/TypedCorpus.Benchmarks"
mkdir -p "$WORK"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 NUGET_PACKAGES="$WORK/packages"

feed() {
  if [ ! -f "$WORK/feed/TypedCorpus.0.1.0.nupkg" ]; then
    NUGET_PACKAGES= dotnet pack "$REPO/src/TypedCorpus/TypedCorpus.csproj" -c Release -o "$WORK/feed" >/dev/null
  fi
}

bench() {
  [ -x "$BENCH" ] || dotnet build -c Release "$REPO/tests/TypedCorpus.Benchmarks" >/dev/null
}

kind=short
kind_arg() { if [ "${1:-}" = --seed-sized ]; then kind=seed; return 0; fi; return 1; }

corpus() { # N -> directory
  local n=$1 dir
  if [ "$n" = 5 ]; then echo "$REPO/seeds"; return; fi
  bench
  if [ $kind = seed ]; then
    dir="$WORK/seed-corpus-$n"
    [ -f "$dir/a$(printf '%06d' $((n-1))).txt" ] || "$BENCH" make-corpus --seed-sized "$n" "$dir" >/dev/null
  else
    dir="$WORK/corpus-$n"
    [ -f "$dir/$(printf '%06d' $((n-1)))_synthetic.txt" ] || "$BENCH" make-corpus "$n" "$dir" >/dev/null
  fi
  echo "$dir"
}

consumer_dir() { if [ "$1" = 5 ]; then echo "$WORK/consumer-5"; else echo "$WORK/consumer-$kind-$1"; fi; }

consumer() { # N -> project directory
  local n=$1 dir seeds
  dir="$(consumer_dir "$n")"
  seeds="$(corpus "$n")"
  mkdir -p "$dir"
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TypedCorpusSeeds>$seeds/*.txt</TypedCorpusSeeds>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TypedCorpus" Version="0.1.0" />
    <ProjectReference Include="$REPO/generator/TypedCorpus.Extraction/TypedCorpus.Extraction.csproj" />
  </ItemGroup>
</Project>
XML
  cp "$REPO/tests/TypedCorpus.Benchmarks/consumer/Program.cs.txt" "$dir/Program.cs"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$WORK/feed" /></packageSources></configuration>
XML
  echo "$dir"
}

build() { # N -> one summary line
  local n=$1 dir time extra=()
  dir="$(consumer "$n")"
  time="$WORK/time-$kind-$n.txt"
  [ "${TYPEDCORPUS_BINLOG:-}" = 1 ] && extra=(-bl:"$WORK/build-$kind-$n.binlog" -p:ReportAnalyzer=true)
  # the extraction project is built first, so that the time below is the consumer's own build
  (cd "$dir" && rm -rf bin obj && dotnet restore >/dev/null && dotnet build "$REPO/generator/TypedCorpus.Extraction" -c "$CONFIG" >/dev/null)
  (cd "$dir" && /usr/bin/time -v dotnet build -c "$CONFIG" --no-restore --disable-build-servers -nologo -clp:ErrorsOnly "${extra[@]}" 2> "$time" | tail -3) || true
  local wall rss dll
  wall=$(grep -E "Elapsed \(wall" "$time" | sed -E 's/.*: //')
  rss=$(grep -E "Maximum resident" "$time" | sed -E 's/.*: //')
  dll="$dir/bin/$CONFIG/net10.0/Consumer.dll"
  if [ -f "$dll" ]; then
    echo "build kind=$kind n=$n config=$CONFIG wall=$wall peak-rss-kb=$rss dll=$(du -h "$dll" | cut -f1) pdb=$(du -h "${dll%.dll}.pdb" | cut -f1) cores=$(nproc)"
  else
    echo "build kind=$kind n=$n FAILED (see $time)"
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

first() { # N K RUNS [modes] -> one line per mode
  local n=$1 k=$2 runs=$3 modes=${4:-"first first-warm parse-one parse-all json"} dir seeds exe vals out
  [ -n "$modes" ] || modes="first first-warm parse-one parse-all json"
  dir="$(consumer_dir "$n")"; seeds="$(corpus "$n")"
  exe="$dir/bin/$CONFIG/net10.0/Consumer"
  for mode in $modes; do
    case $mode in json) [ -f "$WORK/export-$kind-$n.json" ] || dotnet run -c Release --project "$REPO/src/TypedCorpus.Cli" -- export "$seeds" --out "$WORK/export-$kind-$n.json" >/dev/null;; esac
    vals=()
    for _ in $(seq "$runs"); do
      case $mode in
        first) out=$("$exe" first "$k");;
        first-warm) out=$("$exe" first-warm "$k" 0);;
        parse-one|parse-all) out=$("$exe" $mode "$seeds" "$k");;
        json) out=$("$exe" json "$WORK/export-$kind-$n.json" "$k");;
      esac
      vals+=("$(echo "$out" | sed -E 's/.*-us=([0-9.]+).*/\1/')")
    done
    echo "first kind=$kind n=$n mode=$mode median-us=$(printf '%s\n' "${vals[@]}" | median) runs=$runs all=${vals[*]}"
  done
}

export_run() { # N: JSONL and JSON export of the corpus, wall time and peak memory of each
  local n=$1 dir cli="$REPO/src/TypedCorpus.Cli/bin/Release/net10.0/TypedCorpus.Cli.dll" fmt t
  dir="$(corpus "$n")"
  [ -f "$cli" ] || dotnet build -c Release "$REPO/src/TypedCorpus.Cli" -v q >/dev/null
  for fmt in jsonl json; do
    t=$(mktemp)
    CI=true /usr/bin/time -v dotnet "$cli" export "$dir" --format "$fmt" --out "$WORK/export-$kind-$n.$fmt" 2> "$t" >/dev/null
    echo "export kind=$kind n=$n format=$fmt wall=$(grep 'Elapsed' "$t" | awk '{print $NF}') peak-kb=$(grep 'Maximum resident' "$t" | awk '{print $NF}') bytes=$(stat -c %s "$WORK/export-$kind-$n.$fmt")"
    rm -f "$t"
  done
}

cmd=${1:-}; shift || true
case "$cmd" in
  export)
    kind_arg "${1:-}" && shift
    for n in "$@"; do export_run "$n"; done ;;
  build)
    kind_arg "${1:-}" && shift; feed
    for n in "$@"; do build "$n"; done ;;
  first)
    kind_arg "${1:-}" && shift
    first "$1" "$2" "${3:-11}" "${TYPEDCORPUS_MODES:-}" ;;
  table)
    feed
    kind=short; build 5; first 5 4 5 first
    for n in "$@"; do
      for kind in short seed; do
        build "$n"; first "$n" $((n-1)) 5 first
      done
    done ;;
  *) sed -n 2,17p "$0"; exit 2 ;;
esac
