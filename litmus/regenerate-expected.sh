#!/usr/bin/env bash
# Regenerates every NAME.litmus.expected below this folder from herd7 7.58 (the oracle, not lkmm):
# herd7's whole result block (its standard output) for the test under the Linux 6.1 model,
# without its Time line. Under the other models lkmm builds in (Linux 6.12's and mainline's
# folders beside the 6.1 one), NAME.litmus.expected-6.12 and NAME.litmus.expected-master hold
# herd7's output where it differs from the 6.1 one (and are removed where it does not).
# Usage: litmus/regenerate-expected.sh [HERD7 [MODEL_FOLDER]]; then review the diff.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
herd="${1:-$here/../../shared/tools/herd7/herd7}"
model="${2:-$here/../../shared/reference/linux-memory-model}"
[ -x "$herd" ] || { echo "herd7 not found at $herd" >&2; exit 2; }

# herd7's output for test $1 under the model folder $2, without Time, into $3
run() {
    (cd "$2" && "$herd" -conf linux-kernel.cfg "$1" > "$3.herd" 2> "$3.herd-err") || true
    if ! grep -q '^Observation ' "$3.herd"; then
        echo "herd7 rejects $1 under $2:" >&2
        cat "$3.herd-err" >&2
        rm -f "$3.herd" "$3.herd-err"
        exit 1
    fi
    grep -v '^Time ' "$3.herd" > "$3"
    rm -f "$3.herd" "$3.herd-err"
}

find "$here" -name '*.litmus' | sort | while read -r test; do
    run "$test" "$model" "$test.expected"
    for other in 6.12 master; do
        folder="$model-$other"
        [ -d "$folder" ] || continue
        run "$test" "$folder" "$test.expected-$other"
        if cmp -s "$test.expected" "$test.expected-$other"; then
            rm -f "$test.expected-$other"
        fi
    done
done
