#!/usr/bin/env bash
# Applies each mutant of MUTANTS to the model, runs the test that line names the way
# mvn verify runs it, and reports whether the test failed (it should, except on lines marked
# may-survive). Restores the tree after each one; exits 1 if an unmarked line survived.
# KINDS="unit allocator" limits the run to those kinds of test. Usage: swiotlb-model/mutants/check.sh [MUTANT...]   (about 15 minutes)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
seed=20231006
jar=swiotlb-model/stress/target/jcstress.jar
log="$(mktemp -d)"
status=0
build() { mvn -B -q -o -pl swiotlb-model/core,swiotlb-model/stress install -DskipTests >"$log/build" 2>&1; }
run() { # kind test
    case "$1" in
    unit) mvn -B -q -o -pl swiotlb-model/core test -Dtest="$2" -Dsurefire.failIfNoSpecifiedTests=false ;;
    jcstress) build && (cd swiotlb-model/stress/target && java -jar jcstress.jar -m sanity -sc false -time 300 \
        -iters 1 -strideSize 256 -strideCount 4 -jvmArgs -Xmx256m -c 2 -r "$log/jcs" -t "$2\$") ;;
    allocator) build && java -cp "$jar" org.lkmm.swiotlb.stress.AllocatorStress 12 "$seed" ;;
    oversubscribed) build || return 2
        java -cp "$jar" org.lkmm.swiotlb.stress.Oversubscribed 1 "$seed" "$log/o" all
        ! grep -q "^$2: FAILED" "$log/o" 2>/dev/null && ! grep -q "$2 .* FAILED" "$log/o" ;;
    esac
}
printf '%-24s %-10s %-24s %s\n' mutant kind test result
while IFS='|' read -r mutant kind test may; do
    if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$mutant"; then continue; fi
    if [ -n "${KINDS:-}" ] && ! printf '%s\n' $KINDS | grep -qx "$kind"; then continue; fi
    git apply "$here/$mutant.patch" || { echo "$mutant: patch does not apply"; status=1; continue; }
    if run "$kind" "$test" >"$log/$mutant-$kind-$test" 2>&1; then
        result="SURVIVED (see $log/$mutant-$kind-$test)"
        [ "${may:-}" = may-survive ] && result="$result, known to" || status=1
    else result="fails, as it should"; fi
    git apply -R "$here/$mutant.patch"
    printf '%-24s %-10s %-24s %s\n' "$mutant" "$kind" "$test" "$result"
done < <(grep -v '^#' "$here/MUTANTS")
build
exit $status
