#!/usr/bin/env bash
# Regenerates every NAME.litmus.expected below this folder from herd7 7.58 (the oracle, not lkmm):
# herd7's whole result block (its standard output) for the test under the Linux 6.1 model,
# without its Time line.
# Usage: litmus/regenerate-expected.sh [HERD7 [MODEL_FOLDER]]; then review the diff.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
herd="${1:-$here/../../shared/tools/herd7/herd7}"
model="${2:-$here/../../shared/reference/linux-memory-model}"
[ -x "$herd" ] || { echo "herd7 not found at $herd" >&2; exit 2; }
find "$here" -name '*.litmus' | sort | while read -r test; do
    (cd "$model" && "$herd" -conf linux-kernel.cfg "$test" > "$test.herd" 2> "$test.herd-err") || true
    if ! grep -q '^Observation ' "$test.herd"; then
        echo "herd7 rejects $test:" >&2
        cat "$test.herd-err" >&2
        rm -f "$test.herd" "$test.herd-err"
        exit 1
    fi
    grep -v '^Time ' "$test.herd" > "$test.expected"
    rm -f "$test.herd" "$test.herd-err"
done
