#!/usr/bin/env bash
# Measures how long one article's Similar Reads recompute takes (issue budget: 50 ms at 100k articles).
#   bench/recompute.sh [database] [window-seconds]      (defaults: quire_bench, 120)
# Starts Quire with the batch recompute (--quire.recommendation.recompute-all), which joins or resumes a running
# job or starts one. Once the job is in its last pass (RELATED: one RelatedComputer.recompute per article) it
# reads the timer quire.recommendation.recompute from the actuator twice, <window> seconds apart, and reports
# the recomputes in between: count, mean, and the p50/p95/p99 the timer publishes. It then stops Quire; the job
# resumes where it was on the next start. The INDEX and TERMS passes before it (one text refresh per article)
# are timed the same way (quire.recommendation.index) and reported as they finish.
# Environment: BENCH_DB_HOST/PORT/USER/PASSWORD as for prepare-db.sh, BENCH_PORT (8185), BENCH_MANAGEMENT_PORT
#   (8186), BENCH_JAR, BENCH_SKIP_BUILD=1, BENCH_NOTE. Writes bench/results/<date>-recompute-<database>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-quire_bench}
window=${2:-120}
host=${BENCH_DB_HOST:-127.0.0.1}
dbport=${BENCH_DB_PORT:-3306}
user=${BENCH_DB_USER:-root}
export MYSQL_PWD=${BENCH_DB_PASSWORD:-}
port=${BENCH_PORT:-8185}
mport=${BENCH_MANAGEMENT_PORT:-8186}
sql() { mariadb -h "$host" -P "$dbport" -u "$user" -N -B "$db" -e "$1"; }

articles=$(sql "SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'")
[[ $articles -gt 0 ]] || { echo "No published articles in $db: run bench/generate.py first" >&2; exit 1; }
if [[ ${BENCH_SKIP_BUILD:-0} != 1 && -z ${BENCH_JAR:-} ]]; then ./mvnw -q -B -DskipTests package; fi
jar=${BENCH_JAR:-$(ls target/quire-*.jar | grep -v original | head -1)}

log=$(mktemp -t quire-recompute.XXXXXX.log)
QUIRE_DB_URL="jdbc:mariadb://$host:$dbport/$db" QUIRE_DB_USERNAME=$user QUIRE_DB_PASSWORD=$MYSQL_PWD \
QUIRE_REMEMBER_ME_KEY=$(head -c 30 /dev/urandom | base64 | tr -d '/+=' | head -c 40) \
QUIRE_BASE_URL="http://127.0.0.1:$port" QUIRE_MANAGEMENT_PORT=$mport \
  java -Xmx256m -jar "$jar" --spring.profiles.active=prod --quire.demo.enabled=false --server.port="$port" \
  --quire.recommendation.recompute-all=true >"$log" 2>&1 &
quire=$!
trap 'kill $quire 2>/dev/null || true' EXIT
echo "== Quire (log $log) recomputing $db ($articles published articles)"

# "<count> <sum seconds> <p50> <p95> <p99>" of a timer, from the Prometheus text format.
timer() {
  curl -fs "http://127.0.0.1:$mport/actuator/prometheus" | awk -v name="$1" '
    $1 ~ "^"name"_seconds_count" { count = $2 }
    $1 ~ "^"name"_seconds_sum" { sum = $2 }
    $1 ~ "^"name"_seconds\\{.*quantile=\"0.5\"" { p50 = $2 }
    $1 ~ "^"name"_seconds\\{.*quantile=\"0.95\"" { p95 = $2 }
    $1 ~ "^"name"_seconds\\{.*quantile=\"0.99\"" { p99 = $2 }
    END { printf "%d %s %s %s %s\n", count, sum + 0, p50 + 0, p95 + 0, p99 + 0 }'
}
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }

phase=""
started=$(date +%s)
while true; do
  kill -0 $quire 2>/dev/null || { echo "Quire exited (job finished or failed); last log lines:" >&2; tail -5 "$log" >&2; exit 1; }
  now=$(sql "SELECT CONCAT(phase, ' ', done, ' ', total) FROM recommendation_job WHERE status = 'RUNNING'
             ORDER BY id DESC LIMIT 1" 2>/dev/null || true)
  if [[ -n $now && ${now%% *} != "$phase" ]]; then
    echo "   $(date -u +%H:%M:%S) pass ${now%% *} (done/total: ${now#* })"
    phase=${now%% *}
  fi
  if [[ $phase == RELATED ]] && read -r count _ < <(timer quire.recommendation.recompute) && [[ $count -ge 100 ]]; then
    break
  fi
  sleep 5
done
read -r index_count index_sum _ < <(timer quire.recommendation.index)
read -r c1 s1 _ < <(timer quire.recommendation.recompute)
t1=$(date +%s.%N)
echo "== measuring $window s of the RELATED pass"
sleep "$window"
read -r c2 s2 p50 p95 p99 < <(timer quire.recommendation.recompute)
t2=$(date +%s.%N)
kill $quire; wait $quire 2>/dev/null || true
trap - EXIT

count=$((c2 - c1))
mean=$(awk -v a="$s1" -v b="$s2" -v n="$count" 'BEGIN { printf "%.4f", (n > 0 ? (b - a) / n : 0) }')
rate=$(awk -v n="$count" -v a="$t1" -v b="$t2" 'BEGIN { printf "%.1f", n / (b - a) }')
index_mean=$(awk -v s="$index_sum" -v n="$index_count" 'BEGIN { printf "%.4f", (n > 0 ? s / n : 0) }')
out="bench/results/$(date -u +%Y-%m-%d-%H%M)-recompute-$db.md"
{
  echo "# Similar Reads recompute, $db ($articles published articles)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "${BENCH_NOTE:+Note: $BENCH_NOTE}"
  echo
  echo "| timer | count | mean ms | p50 ms | p95 ms | p99 ms | per second |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| recompute (RELATED pass, ${window} s window) | $count | $(ms "$mean") | $(ms "$p50") | $(ms "$p95") | $(ms "$p99") | $rate |"
  echo "| text index (INDEX + TERMS passes, whole run so far) | $index_count | $(ms "$index_mean") | | | | |"
  echo
  echo "Percentiles are the timer's own (a decaying window of about two minutes); the mean is exact for the window."
  echo "The job ran on one background thread while nothing else used Quire; elapsed $(( $(date +%s) - started )) s."
} | tee "$out"
echo "== written to $out"
