#!/usr/bin/env bash
# Lighthouse 12 and the Nu Html Checker on the pages the articles issue names: home, an article, a search result.
#   bench/page-quality.sh [base-url]        (default http://localhost:8080, e.g. `./mvnw spring-boot:run`)
# Installs lighthouse@12.2.3 and vnu-jar from npm into bench/.tools (once), drives Debian's Chromium headless and
# writes bench/results/<date>-page-quality.md with the four Lighthouse scores and the checker's errors per page.
# Environment: CHROME_PATH (default /usr/bin/chromium), PAGE_QUALITY_QUERY (the search, default "java").
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
query=${PAGE_QUALITY_QUERY:-java}
tools=bench/.tools
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"
flags+=" --disable-component-update --disable-sync --no-first-run"

if [[ ! -x $tools/node_modules/.bin/lighthouse || ! -f $tools/node_modules/vnu-jar/build/dist/vnu.jar ]]; then
    mkdir -p "$tools"
    (cd "$tools" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund lighthouse@12.2.3 vnu-jar)
fi

# The first article the home page links to stands for "an article": every article page shares one template.
article=$(curl -fsS "$base/" | grep -o 'href="/articles/[^"#?]*"' | head -n 1 | cut -d'"' -f2)
[[ -n $article ]] || { echo "No article link on $base/: is Quire running with its demo content?" >&2; exit 1; }
pages=("/" "$article" "/search?q=$query")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=bench/results/$(date -u +%Y-%m-%d-%H%M)-page-quality.md
{
    echo "# Page quality — $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Command: \`bench/page-quality.sh $base\` (Lighthouse $("$tools/node_modules/.bin/lighthouse" --version)," \
         "$("$CHROME_PATH" --version | head -n 1), vnu-jar $(java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --version))."
    echo "Lighthouse runs its default mobile emulation with simulated throttling."
    echo
    echo "| page | performance | accessibility | best practices | SEO | HTML errors (vnu) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} > "$out"

failed=0
for i in "${!pages[@]}"; do
    page=${pages[$i]}
    "$tools/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json --output-path="$work/lh-$i.json" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$flags --user-data-dir=$work/profile-$i" >/dev/null 2>"$work/lh-$i.log" \
        || { cat "$work/lh-$i.log" >&2; exit 1; }
    curl -fsS "$base$page" > "$work/page-$i.html"
    errors=$(java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --format text \
        "$work/page-$i.html" 2>&1 | tee "$work/vnu-$i.txt" | grep -c '^Error:' || true)
    [[ $errors == 0 ]] || failed=1
    scores=$(python3 - "$work/lh-$i.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(" | ".join(str(round(report["categories"][c]["score"] * 100))
                 for c in ("performance", "accessibility", "best-practices", "seo")))
PY
)
    echo "| \`$page\` | $scores | $errors |" >> "$out"
done

{
    echo
    echo "Audits below 100 %, per page:"
    echo
    for i in "${!pages[@]}"; do
        python3 - "$work/lh-$i.json" "${pages[$i]}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for category in report["categories"].values():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and audit["score"] is not None and audit["score"] < 1:
            print(f"- `{sys.argv[2]}` {category['title']}: {audit['title']} ({audit['score']:.2f})")
PY
        sed "s|^|- \`${pages[$i]}\` vnu: |" "$work/vnu-$i.txt" | grep '^- .* vnu: Error:' || true
    done
} >> "$out"
cat "$out"
exit $failed
