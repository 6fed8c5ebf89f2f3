#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang-14, ASan + UBSan) and runs each for a bounded time, with a
# seed corpus from the test fixtures. Usage: tests/fuzz/run-fuzzers.sh [seconds per target]
# Needs: apt-get install clang-14 libfuzzer-14-dev (and the build dependencies of .ci/install-deps).
# Crashes are written to build-fuzz/crashes/<target>/; the exit status is non-zero when any.
set -euo pipefail
seconds=${1:-300}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_FUZZ:-$root/build-fuzz}
jobs=$(nproc)

CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSERVICELENS_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz_CsvImport fuzz_InspectionJson fuzz_Timestamp

# Seeds: the CSV fixtures, the shipped template, inspections exported from a demo workbook,
# and the timestamp forms of FORMATS.md.
seed() { mkdir -p "$build/corpus/$1"; }
seed CsvImport; seed InspectionJson; seed Timestamp
for f in "$root"/tests/fixtures/csv/*.csv; do
    for kind in 0 1 2 3 4; do
        { printf "\\x$(printf %02x $kind)"; cat "$f"; } > "$build/corpus/CsvImport/$kind-$(basename "$f")"
    done
done
cp "$root/resources/inspection/default-template.json" "$build/corpus/InspectionJson/"
if [ -x "$root/build/servicelens" ] && [ ! -f "$build/corpus/InspectionJson/demo-inspections.json" ]; then
    tmp=$(mktemp -d)
    "$root/build/servicelens" init --db "$tmp/demo.servicelens" --demo --orders 300 >/dev/null 2>&1 &&
        "$root/build/servicelens" inspection export --db "$tmp/demo.servicelens" \
            --out "$build/corpus/InspectionJson/demo-inspections.json" >/dev/null 2>&1 || true
    rm -rf "$tmp"
fi
i=0
for t in "2026-10-01 09:00" "2026/3/5 9:05" "2026-10-01T09:00:30Z" "2026-10-01 09:00+08:00" \
         "2026-02-29 10:00" "2026-12-31T23:59:59-05:30" "2026-10-01"; do
    printf '%s' "$t" > "$build/corpus/Timestamp/seed-$((i++))"
done

status=0
for target in CsvImport InspectionJson Timestamp; do
    mkdir -p "$build/crashes/$target"
    echo "== fuzz_$target for $seconds s"
    if ! (cd "$build/crashes/$target" &&
          "$build/fuzz_$target" "$build/corpus/$target" -max_total_time="$seconds" \
              -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
              grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|==.*ERROR|SUMMARY|FUZZ_REQUIRE|Test unit written)" ); then
        :
    fi
    if ls "$build/crashes/$target"/crash-* "$build/crashes/$target"/leak-* \
          "$build/crashes/$target"/timeout-* >/dev/null 2>&1; then
        echo "!! fuzz_$target found problems: $(ls "$build/crashes/$target")"
        status=1
    fi
done
exit $status
