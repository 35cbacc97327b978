#!/usr/bin/env bash
# A quick before/after check of one or more jars on a few scenarios, for one change at a time:
#   bench/check.sh database scenario...       scenarios: anonymous member home like comment
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
host=${BENCH_DB_HOST:-127.0.0.1}
dbport=${BENCH_DB_PORT:-3306}
user=${BENCH_DB_USER:-root}
export MYSQL_PWD=${BENCH_DB_PASSWORD:-}
port=${BENCH_PORT:-8283}
base="http://127.0.0.1:$port"
java_opts=${BENCH_JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000}
jars=(${CHECK_JARS:-$(ls target/quire-*.jar | grep -v original | head -1)})
out=$(mktemp -d -t quire-check-XXXXXX)
sql() { mariadb -h "$host" -P "$dbport" -u "$user" -N -B "$db" -e "$1"; }

sql "SELECT CONCAT('/articles/', slug) FROM article WHERE status = 'PUBLISHED' ORDER BY RAND(3) LIMIT 2000" \
  >"$out/articles.txt"
printf '/\n' >"$out/home.txt"

quire=
stop_quire() { [[ -z $quire ]] || { kill "$quire" 2>/dev/null || true; wait "$quire" 2>/dev/null || true; quire=; }; }
trap stop_quire EXIT

start_quire() { # jar log
  QUIRE_DB_URL="jdbc:mariadb://$host:$dbport/$db" QUIRE_DB_USERNAME=$user QUIRE_DB_PASSWORD=$MYSQL_PWD \
  QUIRE_REMEMBER_ME_KEY=$(head -c 30 /dev/urandom | base64 | tr -d '/+=' | head -c 40) \
  QUIRE_BASE_URL=$base MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
    ${BENCH_JAVA:-java} $java_opts -jar "$1" --spring.profiles.active=prod --quire.demo.enabled=false \
    --server.port="$port" --quire.comment.per-minute=1000000 >"$2" 2>&1 &
  quire=$!
  for _ in $(seq 1 300); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$quire" 2>/dev/null || { tail -20 "$2" >&2; exit 1; }
    sleep 1
  done
  echo "Quire did not become healthy; log: $2" >&2
  exit 1
}

login() { # member name: "cookie-header<TAB>csrf-token", as run.sh's scenarios expect
  local jar=$out/cookies token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=bench-password" \
    --data-urlencode "_csrf=$token" "$base/login"
  token=$(curl -s -c "$jar" -b "$jar" "$base/" | { grep -o 'name="csrf-token" content="[^"]*"' || true; } \
    | sed 's/.*content="//; s/"$//')
  [[ -n $token ]] || { echo "login as $1 failed" >&2; return 1; }
  printf 'QUIRE_SESSION=%s\t%s\n' "$(awk '$6 == "QUIRE_SESSION" {print $7}' "$jar")" "$token"
}

load() { # mode paths duration report
  BENCH_PATHS=$2 BENCH_MODE=$1 BENCH_SESSIONS=$out/sessions.txt BENCH_REPORT=$4 \
    wrk -t2 -c64 -d"$3" --timeout 10s -H 'Accept-Encoding: gzip' -s "$root/bench/wrk/scenario.lua" "$base" >/dev/null
}

for round in $(seq 1 "${CHECK_ROUNDS:-2}"); do
  for jar in "${jars[@]}"; do
    name=$(basename "$jar" .jar)-$round
    start_quire "$jar" "$out/$name.log"
    : >"$out/sessions.txt"
    for i in $(seq 4 67); do login "bench$i" >>"$out/sessions.txt"; done
    for scenario in "${scenarios[@]}"; do
      case $scenario in
        anonymous) mode=get paths=$out/articles.txt ;;
        member) mode=member paths=$out/articles.txt ;;
        home) mode=get paths=$out/home.txt ;;
        like | comment) mode=$scenario paths=$out/articles.txt ;;
        *) echo "unknown scenario $scenario" >&2; exit 2 ;;
      esac
      load "$mode" "$paths" "${CHECK_WARMUP:-60s}" "$out/warmup.json"
      if [[ -n ${CHECK_PROFILER:-} ]]; then
        # jcmd reads name=value pairs itself: the quotes keep the profiler's options one argument.
        jcmd "$quire" JVMTI.agent_load "$CHECK_PROFILER" '"start,event=itimer,interval=1ms"' >/dev/null
      fi
      load "$mode" "$paths" "${CHECK_DURATION:-15s}" "$out/$name-$scenario.json"
      if [[ -n ${CHECK_PROFILER:-} ]]; then
        jcmd "$quire" JVMTI.agent_load "$CHECK_PROFILER" "\"stop,file=$out/$name-$scenario.collapsed,collapsed\"" \
          >/dev/null
      fi
      python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))
print("%-28s %-10s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d" % (sys.argv[2], sys.argv[3], r["rps"],
      r["p50_ms"], r["p99_ms"], r["non_2xx_3xx"] + r["socket_errors"]))' "$out/$name-$scenario.json" "$name" \
        "$scenario" | tee -a "$out/summary.txt"
    done
    stop_quire
  done
done
echo "Results in $out"
