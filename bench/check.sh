#!/usr/bin/env bash
# A quick before/after check of one or more jars on a few scenarios, for one change at a time:
#   bench/check.sh database scenario...       scenarios: anonymous member home search like comment
# Environment: CHECK_JARS (space-separated jars, default the one in target/), CHECK_ROUNDS (2: the jars take
#   turns, a b a b, so that a machine drifting over minutes shows up as a spread, not as a difference),
#   CHECK_WARMUP (60s per scenario and start), CHECK_DURATION (15s), CHECK_PROFILER (path of async-profiler's
#   libasyncProfiler.so: each measured window is profiled into collapsed stacks), BENCH_DB_* and BENCH_JAVA_OPTS
#   as for run.sh. Prints one line per jar, round and scenario and writes them to ${TMPDIR:-/tmp}/quire-check-*/.
# Not a replacement for run.sh: no nginx bound, no first-view or memory checks, nothing saved under results/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
db=${1:?database}
shift
scenarios=("${@:-anonymous}")
port=${BENCH_PORT:-8283}
base="http://127.0.0.1:$port"
source bench/lib.sh
jars=(${CHECK_JARS:-$(ls target/quire-*.jar | grep -v original | head -1)})
out=$(mktemp -d -t quire-check-XXXXXX)

sql "SELECT CONCAT('/articles/', slug) FROM article WHERE status = 'PUBLISHED' ORDER BY RAND(3) LIMIT 2000" \
  >"$out/articles.txt"
printf '/\n' >"$out/home.txt"
search_lists "$out"

quire=
stop_quire() { [[ -z $quire ]] || { kill "$quire" 2>/dev/null || true; wait "$quire" 2>/dev/null || true; quire=; }; }
trap stop_quire EXIT

load() { # mode paths duration report
  BENCH_PATHS=$2 BENCH_MODE=$1 BENCH_SESSIONS=$out/sessions.txt BENCH_REPORT=$4 \
    wrk -t2 -c64 -d"$3" --timeout 10s -H 'Accept-Encoding: gzip' -s "$root/bench/wrk/scenario.lua" "$base" >/dev/null
}

for round in $(seq 1 "${CHECK_ROUNDS:-2}"); do
  for jar in "${jars[@]}"; do
    name=$(basename "$jar" .jar)-$round
    start_quire "$jar" "$out/$name.log" "-Xlog:gc:file=$out/$name-gc.log:timemillis" || exit 1
    : >"$out/sessions.txt"
    for i in $(seq 4 67); do login "bench$i" "$out/cookies" >>"$out/sessions.txt"; done
    for scenario in "${scenarios[@]}"; do
      case $scenario in
        anonymous) mode=get paths=$out/articles.txt ;;
        member) mode=member paths=$out/articles.txt ;;
        home) mode=get paths=$out/home.txt ;;
        like | comment) mode=$scenario paths=$out/articles.txt ;;
        # Warms up on other searches, as run.sh does: the measured ones are all asked for the first time.
        search) mode=get paths=$out/search.txt warmup_paths=$out/search-warmup.txt ;;
        *) echo "unknown scenario $scenario" >&2; exit 2 ;;
      esac
      load "$mode" "${warmup_paths:-$paths}" "${CHECK_WARMUP:-60s}" "$out/warmup.json"
      warmup_paths=
      if [[ -n ${CHECK_PROFILER:-} ]]; then
        # jcmd reads name=value pairs itself: the quotes keep the profiler's options one argument.
        jcmd "$quire" JVMTI.agent_load "$CHECK_PROFILER" '"start,event=itimer,interval=1ms"' >/dev/null
      fi
      started=$(date +%s%3N)
      load "$mode" "$paths" "${CHECK_DURATION:-15s}" "$out/$name-$scenario.json"
      ended=$(date +%s%3N)
      if [[ -n ${CHECK_PROFILER:-} ]]; then
        jcmd "$quire" JVMTI.agent_load "$CHECK_PROFILER" "\"stop,file=$out/$name-$scenario.collapsed,collapsed\"" \
          >/dev/null
      fi
      # The GC pauses that began in the measured window, as run.sh counts them.
      python3 -c 'import json, re, sys
r = json.load(open(sys.argv[1]))
start, end = int(sys.argv[5]), int(sys.argv[6])
pauses = [float(m.group(2)) for m in map(re.compile(r"^\[(\d+)ms\] GC\(\d+\) Pause .* ([\d.]+)ms$").match, open(sys.argv[4]))
          if m and start <= int(m.group(1)) <= end]
print("%-28s %-10s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d  GC %d pauses, %.0f ms, max %.1f ms" % (
      sys.argv[2], sys.argv[3], r["rps"], r["p50_ms"], r["p99_ms"], r["non_2xx_3xx"] + r["socket_errors"],
      len(pauses), sum(pauses), max(pauses, default=0)))' "$out/$name-$scenario.json" "$name" "$scenario" \
        "$out/$name-gc.log" "$started" "$ended" | tee -a "$out/summary.txt"
    done
    stop_quire
  done
done
echo "Results in $out"
