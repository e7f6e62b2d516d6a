#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS over a working corpus seeded from SEEDS; a crash leaves its input in
# ARTIFACTS (reproduce with: TARGET ARTIFACTS/crash-...), and the run fails.
set -euo pipefail
target="$1"; seconds="$2"; corpus="$3"; seeds="$4"; artifacts="$5"
mkdir -p "$corpus" "$artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# -timeout: an input taking over 10 s is a hang (catastrophic backtracking and the like) and fails the run.
exec "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "$seeds"
