#!/usr/bin/env bash
# Regenerates every NAME.litmus.expected below this folder from herd7 7.58 (the oracle, not lkmm):
# herd7's whole result block (its standard output) for the test under mainline's model (the
# kernel's master, lkmmv2: lkmm's default), without its Time line. Under the other models lkmm
# builds in (Linux 6.1's and 6.12's folders beside it), NAME.litmus.expected-6.1 and
# NAME.litmus.expected-6.12 hold herd7's output where it differs from mainline's (and are removed
# where it does not).
# Usage: litmus/regenerate-expected.sh [HERD7 [REFERENCE_FOLDER]]; then review the diff.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
herd="${1:-$here/../../shared/tools/herd7/herd7}"
reference="${2:-$here/../../shared/reference}"
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
    run "$test" "$reference/linux-memory-model-master" "$test.expected"
    for other in 6.1 6.12; do
        folder="$reference/linux-memory-model-$other"
        [ "$other" = 6.1 ] && folder="$reference/linux-memory-model"
        [ -d "$folder" ] || continue
        run "$test" "$folder" "$test.expected-$other"
        if cmp -s "$test.expected" "$test.expected-$other"; then
            rm -f "$test.expected-$other"
        fi
    done
done
