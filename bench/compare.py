#!/usr/bin/env python3
"""Puts several bench/run.sh results side by side, one column per run, as a Markdown table.

    bench/compare.py bench/results/2026-11-29-2140-small.json bench/results/2026-11-29-2150-large.json

Rows: requests per second and p50/p99 of each scenario, errors, the anonymous article's share of nginx,
the first view's gzipped size, the largest heap and RSS sample, and the load average during the run.
Standard library only.
"""

import json
import sys

SCENARIOS = ["article-anonymous", "article-logged-in", "home", "category", "search", "like-toggle", "comment-post",
             "nginx-static"]


def cell(run, name, field, fmt):
    r = run["runs"].get(name)
    return fmt % r[field] if r and field in r else "-"


def main(paths):
    runs = [json.load(open(p)) for p in paths]
    header = ["", *["%s %s" % (r["profile"], r["date"]) for r in runs]]
    rows = []
    for name in SCENARIOS:
        if any(name in r["runs"] for r in runs):
            rows.append(["%s req/s" % name, *[cell(r, name, "rps", "%.0f") for r in runs]])
            rows.append(["%s p50 / p99 ms" % name,
                         *["%s / %s" % (cell(r, name, "p50_ms", "%.1f"), cell(r, name, "p99_ms", "%.1f"))
                           for r in runs]])
    rows.append(["errors (non-2xx/3xx + socket)",
                 *[str(sum(x["non_2xx_3xx"] + x["socket_errors"] for x in r["runs"].values())) for r in runs]])
    rows.append(["anonymous article / nginx", *["%.0f%%" % (100 * r["quire_to_nginx_ratio"]) for r in runs]])
    rows.append(["logged in / anonymous",
                 *["%.0f%%" % (100 * r["runs"]["article-logged-in"]["rps"] / max(1, r["runs"]["article-anonymous"]["rps"]))
                   for r in runs]])
    rows.append(["first view gzipped KB", *["%.1f" % (r["first_view_gzip_bytes"]["total"] / 1024) for r in runs]])
    for field, label in (("heap_used_mb", "max heap used MB"), ("rss_mb", "max RSS MB"),
                         ("load_avg_1m", "load average 1 min (min-max)")):
        values = []
        for r in runs:
            samples = [x[field] for x in r["runs"].values() if field in x]
            if not samples:
                values.append("-")
            elif field == "load_avg_1m":
                values.append("%.1f-%.1f" % (min(samples), max(samples)))
            else:
                values.append("%.0f" % max(samples))
        rows.append([label, *values])
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * len(runs))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
