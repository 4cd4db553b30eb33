#!/usr/bin/env bash
# Consumer build and first access at scale, with the packed TypedCorpus package.
#   tests/TypedCorpus.Benchmarks/scale.sh build N...      clean build of a consumer over N synthetic articles (/usr/bin/time -v)
#   tests/TypedCorpus.Benchmarks/scale.sh first N K RUNS  first access to article K in RUNS fresh processes (median), plus the
#                                                         runtime alternatives (parse all files, parse one file, System.Text.Json)
# Work folder: $TYPEDCORPUS_BENCH_DIR (default /tmp/typedcorpus-bench). N=5 uses the repository's seeds.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${TYPEDCORPUS_BENCH_DIR:-/tmp/typedcorpus-bench}"
BENCH="$REPO/tests/TypedCorpus.Benchmarks/bin/Release/net10.0/TypedCorpus.Benchmarks"
mkdir -p "$WORK"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 NUGET_PACKAGES="$WORK/packages"

feed() {
  if [ ! -f "$WORK/feed/TypedCorpus.0.1.0.nupkg" ]; then
    NUGET_PACKAGES= dotnet pack "$REPO/src/TypedCorpus/TypedCorpus.csproj" -c Release -o "$WORK/feed" >/dev/null
  fi
}

corpus() { # N -> directory
  local n=$1
  if [ "$n" = 5 ]; then echo "$REPO/seeds"; return; fi
  local dir="$WORK/corpus-$n"
  [ -f "$dir/$(printf '%06d' $((n-1)))_synthetic.txt" ] || "$BENCH" make-corpus "$n" "$dir" >/dev/null
  echo "$dir"
}

consumer() { # N -> project directory
  local n=$1 dir="$WORK/consumer-$1" seeds
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

case "$1" in
  build)
    shift; feed
    for n in "$@"; do
      dir="$(consumer "$n")"
      (cd "$dir" && rm -rf bin obj && dotnet restore >/dev/null)
      echo "== consumer build, $n articles ($(nproc) cores)"
      (cd "$dir" && /usr/bin/time -v dotnet build -c Release --no-restore --disable-build-servers -nologo -clp:ErrorsOnly 2> "$WORK/time-$n.txt" | tail -3) || true
      grep -E "Elapsed \(wall|Maximum resident" "$WORK/time-$n.txt"
      ls "$dir/bin/Release/net10.0/Consumer.dll" >/dev/null && echo "build ok: $(du -h "$dir/bin/Release/net10.0/Consumer.dll" | cut -f1) Consumer.dll"
    done ;;
  first)
    n=$2 k=$3 runs=${4:-11}
    dir="$WORK/consumer-$n"; seeds="$(corpus "$n")"
    exe="$dir/bin/Release/net10.0/Consumer"
    [ -f "$WORK/export-$n.json" ] || dotnet run -c Release --project "$REPO/src/TypedCorpus.Cli" -- export "$seeds" --out "$WORK/export-$n.json" >/dev/null
    for mode in first first-warm parse-one parse-all json; do
      vals=()
      for _ in $(seq "$runs"); do
        case $mode in
          first) out=$("$exe" first "$k");;
          first-warm) out=$("$exe" first-warm "$k" 0);;
          parse-one|parse-all) out=$("$exe" $mode "$seeds" "$k");;
          json) out=$("$exe" json "$WORK/export-$n.json" "$k");;
        esac
        vals+=("$(echo "$out" | sed -E 's/.*-us=([0-9.]+).*/\1/')")
      done
      median=$(printf '%s\n' "${vals[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      echo "n=$n mode=$mode median-us=$median runs=$runs all=${vals[*]}"
    done ;;
  *) sed -n 2,7p "$0"; exit 2 ;;
esac
