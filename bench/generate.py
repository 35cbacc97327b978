#!/usr/bin/env python3
"""Fills a migrated Quire database with benchmark data.

    bench/generate.py --db-url mariadb://root@127.0.0.1:3306/quire_bench --profile small

Writes tab-separated files into a temporary directory and loads them with the mariadb client's
LOAD DATA LOCAL INFILE (unique and foreign key checks off for the loading session). Generation of the
next chunk overlaps with loading of the previous one, so both cores stay busy.

Steps, in order: members, categories, tags + articles (+ one revision each, article_tag, tag.article_count),
then - only if their tables exist - comments, likes, and the search module's search_document copy.
Every column the optional steps assume is listed in OPTIONAL_TABLES below.

All generated members share the password in MEMBER_PASSWORD; the benchmark logs in as "bench3".
Standard library only (Python 3.11).
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
from bisect import bisect_left
from datetime import datetime, timedelta, timezone

MEMBER_PASSWORD = "bench-password"
# bcrypt (cost 10) of MEMBER_PASSWORD, computed once, with the id prefix of the delegating password encoder.
MEMBER_PASSWORD_HASH = "{bcrypt}$2b$10$wPhLrLoIUSFwQ8ErDe9q1uD6doiPPyk/p0j0a6KX.9YPtkW8ojXdC"

PROFILES = {
    "small": dict(members=500, articles=1_000, comments=10_000, likes=20_000, tags=300, subjects=60, chunk=500),
    "large": dict(members=50_000, articles=100_000, comments=1_000_000, likes=2_000_000, tags=5_000, subjects=4_000,
                  chunk=2_000),
}

# The columns assumed for tables owned by branches that may not be merged yet. A step runs only when its
# table exists; adjust here if the owning module's migration differs.
OPTIONAL_TABLES = {
    "comment": ["id", "article_id", "author_id", "parent_id", "status", "body_markdown", "body_html",
                "like_count", "reply_count", "idempotency_key", "created_at", "edited_at", "version"],
    "article_like": ["article_id", "member_id", "created_at"],
    "search_document": ["article_id", "slug", "title", "summary", "body", "category_id", "kind", "author_id",
                        "tag_slugs", "published_at", "updated_at"],
    "search_tag": ["tag_slug", "article_id"],
}

# The category tree the demo seeds (DemoArticles.seedCategories): slug, name, description, parent slug.
CATEGORIES = [
    ("programming-languages", "Programming Languages", "Language guides, idioms and standard libraries.", None),
    ("java", "Java", "The JVM's workhorse language: collections, streams, concurrency.", "programming-languages"),
    ("python", "Python", "Readable scripting and data work in Python.", "programming-languages"),
    ("javascript", "JavaScript", "The language of the browser, and of Node.js.", "programming-languages"),
    ("web-development", "Web Development", "HTML, CSS, HTTP and building for the web.", None),
    ("data-structures-algorithms", "Data Structures & Algorithms",
     "Sorting, searching, graphs, dynamic programming and the analysis behind them.", None),
    ("system-design", "System Design", "Designing services that scale and stay up.", None),
    ("databases", "Databases", "SQL, indexes, transactions and data modelling.", None),
    ("devops", "DevOps", "Containers, pipelines and running software in production.", None),
    ("experiences", "Experiences", "First-hand accounts of interviews, admissions and careers.", None),
    ("interview-experiences", "Interview Experiences", "Rounds, questions and advice.", "experiences"),
    ("career", "Career", "Career journeys and what work is really like.", "experiences"),
]
TUTORIAL_CATEGORIES = [c[0] for c in CATEGORIES if c[0] not in ("experiences", "interview-experiences", "career")]
EXPERIENCE_KINDS = ["INTERVIEW", "ADMISSION", "CAREER_JOURNEY", "WORK", "CAMPUS", "COMPETITIVE_EXAM"]
OUTCOMES = ["SELECTED", "REJECTED", "PENDING", "WITHDREW"]

WORDS = """
the a of to and in is it that for on with as this by from at be are was an or can when which each one
data value request response thread cache index query table column row server client service method class
function module package stream list map set queue stack tree graph node edge key array string number
memory disk network latency throughput buffer batch transaction lock commit rollback schema migration
test build deploy container image cluster replica shard partition event message consumer producer topic
error exception retry timeout limit budget cost page template view model controller route handler filter
config property profile environment secret token session cookie header body status code version release
simple fast small large first last next previous every often rarely usually always never quickly slowly
read write send receive parse render compute store load start stop open close create delete update find
because while although however therefore instead since unless until after before during between through
developer reader team user customer author reviewer operator engineer student interviewer candidate
""".split()
IDENTIFIERS = ["userId", "orderTotal", "cacheKey", "retryCount", "pageSize", "items", "result", "buffer",
               "connection", "repository", "handler", "payload", "timeout", "counter", "index", "queue"]
TOPICS = ["Java streams", "Python generators", "JavaScript promises", "HashMap internals", "B-tree indexes",
          "connection pools", "rate limiting", "consistent hashing", "CSS grid", "HTTP caching", "Docker layers",
          "Kubernetes probes", "SQL window functions", "binary search", "dynamic programming", "graph traversal",
          "virtual threads", "async I/O", "event sourcing", "schema migrations", "feature flags", "load balancing",
          "garbage collection", "TLS handshakes", "message queues", "bloom filters", "trie structures",
          "React hooks", "Go channels", "Rust ownership", "unit testing", "code review", "system interviews"]
TITLE_FORMS = ["Understanding {t}", "A practical guide to {t}", "{t} in depth", "How {t} really work",
               "Getting started with {t}", "Ten mistakes with {t}", "{t}: patterns and pitfalls",
               "Debugging {t} in production", "{t} explained with examples", "Why {t} matter"]
HEADINGS = ["Introduction", "Background", "The problem", "A first attempt", "Measuring it", "How it works",
            "Step by step", "Edge cases", "Performance", "Trade-offs", "Testing", "In production", "Example",
            "Common mistakes", "Alternatives", "Putting it together", "Summary", "Further reading", "Setup"]
FIRST = ["Ada", "Lin", "Ravi", "Sofia", "Kenji", "Amara", "Mateo", "Priya", "Noah", "Elif", "Jonas", "Mei",
         "Omar", "Zoe", "Arjun", "Lea", "Tomás", "Ingrid", "Kwame", "Yuki"]
LAST = ["Lovelace", "Chen", "Iyer", "Rossi", "Sato", "Okafor", "García", "Sharma", "Müller", "Demir",
        "Berg", "Wang", "Haddad", "Martin", "Nair", "Dubois", "Silva", "Larsen", "Mensah", "Tanaka"]

LANGUAGES = {  # id: (label, keywords, line comment, templates)
    "java": ("Java", "public private static final class void int long return new if else for while import record var",
             "//", ["public record {T}(long id, String name) {{\n}}\n",
                    "static int {f}(List<{T}> {v}) {{\n    int total = 0;\n    for (var item : {v}) {{\n"
                    "        // skip the ones without a value\n        if (item.value() > {n}) {{\n"
                    "            total += item.value();\n        }}\n    }}\n    return total;\n}}\n"]),
    "kotlin": ("Kotlin", "fun val var class data return if else for when import object",
               "//", ["data class {T}(val id: Long, val name: String)\n\nfun {f}({v}: List<{T}>): Int =\n"
                      "    {v}.filter {{ it.id > {n} }}.sumOf {{ it.name.length }} // \"sum\"\n"]),
    "python": ("Python", "def return if else elif for in import from class with as yield async await None True",
               "#", ["def {f}({v}):\n    # keep the ones above the limit\n    total = 0\n    for item in {v}:\n"
                     "        if item.value > {n}:\n            total += item.value\n    return total\n",
                     "from dataclasses import dataclass\n\n@dataclass\nclass {T}:\n    id: int\n    name: str = \"{v}\"\n"]),
    "javascript": ("JavaScript", "const let var function return if else for of async await import export new",
                   "//", ["export async function {f}({v}) {{\n  const response = await fetch(`/api/{v}?limit={n}`);\n"
                          "  // fail loudly on errors\n  if (!response.ok) throw new Error('status ' + response.status);\n"
                          "  return response.json();\n}}\n"]),
    "typescript": ("TypeScript", "const let function return if else interface type export import async await",
                   "//", ["interface {T} {{\n  id: number;\n  name: string;\n}}\n\nexport function {f}({v}: {T}[]): number {{\n"
                          "  return {v}.filter((x) => x.id > {n}).length; // count\n}}\n"]),
    "go": ("Go", "func package import return if else for range var type struct go chan defer",
           "//", ["func {f}({v} []{T}) (int, error) {{\n\ttotal := 0\n\tfor _, item := range {v} {{\n"
                  "\t\t// ignore small values\n\t\tif item.Value > {n} {{\n\t\t\ttotal += item.Value\n\t\t}}\n"
                  "\t}}\n\treturn total, nil\n}}\n"]),
    "rust": ("Rust", "fn let mut pub struct impl return if else for in match use",
             "//", ["pub fn {f}({v}: &[{T}]) -> u64 {{\n    // sum the values above the limit\n"
                    "    {v}.iter().filter(|x| x.value > {n}).map(|x| x.value).sum()\n}}\n"]),
    "sql": ("SQL", "SELECT FROM WHERE JOIN ON GROUP BY ORDER LIMIT INSERT INTO VALUES UPDATE SET AND AS COUNT",
            "--", ["SELECT a.id, a.title, COUNT(c.id) AS comments\nFROM article a\nJOIN comment c ON c.article_id = a.id\n"
                   "WHERE a.status = 'PUBLISHED' -- only live ones\nGROUP BY a.id, a.title\nORDER BY comments DESC\nLIMIT {n};\n"]),
    "bash": ("Bash", "if then else fi for do done echo export function return",
             "#", ["#!/usr/bin/env bash\nset -euo pipefail\n# build and run {v}\nfor i in $(seq 1 {n}); do\n"
                   "  echo \"run $i\"\n  ./mvnw -q -B test -Dtest='{T}Tests'\ndone\n"]),
    "yaml": ("YAML", "true false null", "#", ["services:\n  {v}:\n    image: \"quire/{v}:1.{n}\"\n    # restart on failure\n"
                                               "    restart: always\n    ports:\n      - \"80{n}:8080\"\n"]),
}
TAB_PAIRS = [("java", "kotlin"), ("javascript", "typescript"), ("python", "go")]

TOKEN = re.compile(r"(?P<com>(?://|#|--)[^\n]*)|(?P<str>\"[^\"\n]*\"|'[^'\n]*'|`[^`\n]*`)|(?P<num>\b\d+\b)"
                   r"|(?P<word>[A-Za-z_]\w*)|(?P<other>[^\w\"'`/#-]+|.)", re.S)


def html_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def highlight(code, keywords, comment):
    out = []
    for m in TOKEN.finditer(code):
        kind, text = m.lastgroup, m.group()
        if kind == "com" and not text.startswith(comment):
            out.append(html_escape(text))
        elif kind in ("com", "str", "num"):
            out.append('<span class="tok-%s">%s</span>' % ({"com": "com", "str": "str", "num": "num"}[kind],
                                                            html_escape(text)))
        elif kind == "word" and text in keywords:
            out.append('<span class="tok-kw">%s</span>' % text)
        else:
            out.append(html_escape(text))
    return "".join(out)


def heading_slug(text):
    decomposed = unicodedata.normalize("NFKD", text)
    slug, gap = [], False
    for c in decomposed.lower():
        if "a" <= c <= "z" or "0" <= c <= "9":
            if gap and slug:
                slug.append("-")
            slug.append(c)
            gap = False
        elif c not in "'’" and unicodedata.category(c) != "Mn":
            gap = True
    return "h-" + ("".join(slug)[:60] or "section")


def url_slug(text, limit=100):
    return heading_slug(text)[2:][:limit].strip("-")


def shorten(text, limit=160):
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(",;:.-") + "…"


class Corpus:
    """Pools of pre-rendered pieces (Markdown, HTML, plain text, words) that articles are assembled from."""

    def __init__(self, rnd):
        self.rnd = rnd
        self.sentences = [self._sentence() for _ in range(6000)]
        self.code = {lang: [self._code(lang) for _ in range(24)] for lang in LANGUAGES}
        self.langs = list(LANGUAGES)

    def _sentence(self):
        r = self.rnd
        words = [r.choice(WORDS) for _ in range(r.randint(7, 22))]
        # Two to four words are the article's subject words, filled in per article (Subjects.fill).
        for slot in r.sample(range(len(words)), min(len(words), r.randint(2, 4))):
            words[slot] = SUBJECT_MARKERS[r.randrange(len(SUBJECT_MARKERS))]
        md, html = list(words), list(words)
        roll = r.random()
        pos = r.randrange(1, len(words))
        if roll < 0.15:
            ident = r.choice(IDENTIFIERS)
            md[pos], html[pos], words[pos] = "`%s`" % ident, "<code>%s</code>" % ident, ident
        elif roll < 0.22:
            md[pos], html[pos] = "**%s**" % words[pos], "<strong>%s</strong>" % words[pos]
        elif roll < 0.27:
            href = "https://docs.example.org/%s/%s" % (r.choice(WORDS), r.choice(IDENTIFIERS).lower())
            md[pos] = "[%s](%s)" % (words[pos], href)
            html[pos] = '<a href="%s" rel="nofollow ugc noopener">%s</a>' % (href, words[pos])
        for seq in (md, html, words):
            if seq[0] not in SUBJECT_MARKERS:
                seq[0] = seq[0].capitalize()
        return " ".join(md) + ".", " ".join(html) + ".", " ".join(words) + ".", len(words)

    def _code(self, lang):
        r = self.rnd
        label, keywords, comment, templates = LANGUAGES[lang]
        v = r.choice(IDENTIFIERS)
        code = r.choice(templates).format(T=v[0].upper() + v[1:] + r.choice(["", "Row", "Event", "Item"]),
                                          f="compute" + v[0].upper() + v[1:], v=v, n=r.randint(1, 99))
        return code, highlight(code, set(keywords.split()), comment), len(code.split())

    def paragraph(self, n):
        picked = [self.rnd.choice(self.sentences) for _ in range(n)]
        return (" ".join(p[0] for p in picked), " ".join(p[1] for p in picked), " ".join(p[2] for p in picked),
                sum(p[3] for p in picked))


# Placeholders for subject words in the shared sentence pool; none can occur in generated text.
SUBJECT_MARKERS = ["\u27e6%d\u27e7" % i for i in range(12)]
SYLLABLES = ("ka vo ri n te lu xa mo da pe si ra go be ni tu za le fo mi ko ha ve yo di su ne pa ti ro "
             "ba me lo gu fi wa ze ci no ru").split()


class Subjects:
    """What articles are about, so their text is not all drawn from one small word list.

    A vocabulary of made-up words; each subject owns 25 of them, drawn Zipf-like, so a few words belong to many
    subjects and most to a handful. An article picks a subject (Zipf-like again: some subjects are popular) and
    fills the subject slots of its sentences with nine words of its subject and three of two other subjects.
    Real articles differ the same way: shared everyday words, plus a topic vocabulary with a long tail.
    """

    WORDS_PER_SUBJECT = 25

    def __init__(self, rnd, count):
        self.rnd = rnd
        vocabulary, seen = [], set()
        while len(vocabulary) < 40 * count:
            word = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4)))
            if len(word) >= 4 and word not in seen:
                seen.add(word)
                vocabulary.append(word)
        word_cumulative = cumulative(zipf_weights(len(vocabulary), 0.9))
        self.words = []
        for _ in range(count):
            own = []
            while len(own) < self.WORDS_PER_SUBJECT:
                word = vocabulary[rnd_index(rnd, word_cumulative)]
                if word not in own:
                    own.append(word)
            self.words.append(own)
        self.cumulative = cumulative(zipf_weights(count, 0.8))
        self.word_weights = cumulative(zipf_weights(self.WORDS_PER_SUBJECT, 0.7))

    def pick(self):
        return rnd_index(self.rnd, self.cumulative)

    def fillers(self, subject):
        """The twelve words that replace the markers in one article."""
        r = self.rnd
        own = self.words[subject]
        chosen = [own[rnd_index(r, self.word_weights)] for _ in range(9)]
        for other in (self.pick(), r.randrange(len(self.words))):
            chosen.append(r.choice(self.words[other]))
        chosen.append(r.choice(self.words[r.randrange(len(self.words))]))
        return chosen

    @staticmethod
    def fill(text, fillers):
        for marker, word in zip(SUBJECT_MARKERS, fillers):
            text = text.replace(marker, word)
        return text


def figure(lang, code_html):
    label = LANGUAGES[lang][0]
    return ('<figure class="code" data-lang="%s"><figcaption class="code-label">%s</figcaption>'
            '<button type="button" class="code-copy" hidden="hidden">Copy</button><pre><code class="language-%s">'
            '%s</code></pre></figure>\n' % (lang, label, lang, code_html))


def article_body(corpus, rnd, target_words, fillers):
    """Markdown, HTML, TOC lines, plain text, word count and excerpt of one article of about target_words, its
    subject slots filled with fillers."""
    md, html, plain, toc = [], [], [], []
    taken, words, excerpt_src = set(), 0, []
    since_heading = 10_000
    while words < target_words:
        if since_heading > rnd.randint(180, 420):
            level = 3 if toc and rnd.random() < 0.35 else 2
            text = rnd.choice(HEADINGS) + ("" if rnd.random() < 0.6 else " of " + rnd.choice(TOPICS).lower())
            anchor, n = heading_slug(text), 1
            while anchor in taken:
                n += 1
                anchor = "%s-%d" % (heading_slug(text), n)
            taken.add(anchor)
            md.append("#" * level + " " + text)
            html.append('<h%d id="%s">%s</h%d>\n' % (level, anchor, html_escape(text), level))
            plain.append(text)
            toc.append("%d\t%s\t%s\n" % (level, anchor, text))
            since_heading = 0
            words += len(text.split())
            continue
        roll = rnd.random()
        if roll < 0.62:
            p_md, p_html, p_plain, n = corpus.paragraph(rnd.randint(2, 6))
            md.append(p_md)
            html.append("<p>%s</p>\n" % p_html)
            plain.append(p_plain)
            if len(excerpt_src) < 2:
                excerpt_src.append(p_plain)
        elif roll < 0.80:
            if rnd.random() < 0.15:
                pair = rnd.choice(TAB_PAIRS)
                blocks = [(lang, rnd.choice(corpus.code[lang])) for lang in pair]
                tabs = "".join('<button type="button" class="code-tab" role="tab" data-lang="%s" aria-selected="%s">'
                               '%s</button>' % (lang, "true" if i == 0 else "false", LANGUAGES[lang][0])
                               for i, (lang, _) in enumerate(blocks))
                panels = "".join('<div class="code-panel" role="tabpanel" data-lang="%s">%s</div>'
                                 % (lang, figure(lang, c[1])) for lang, c in blocks)
                html.append('<div class="code-tabs" data-tabs=""><div class="code-tablist" role="tablist" '
                            'hidden="hidden">%s</div>%s</div>\n' % (tabs, panels))
            else:
                lang = rnd.choice(corpus.langs)
                blocks = [(lang, rnd.choice(corpus.code[lang]))]
                html.append(figure(lang, blocks[0][1][1]))
            for lang, (code, _, n) in blocks:
                md.append("```%s\n%s```" % (lang, code))
                plain.append(code.rstrip("\n"))
                words += n
            n = 0
        elif roll < 0.88:
            header = [rnd.choice(WORDS).capitalize() for _ in range(3)]
            rows = [[rnd.choice(WORDS), str(rnd.randint(1, 999)), rnd.choice(IDENTIFIERS)]
                    for _ in range(rnd.randint(3, 7))]
            md.append("| %s |\n| --- | ---: | --- |\n" % " | ".join(header)
                      + "\n".join("| %s |" % " | ".join(r) for r in rows))
            html.append("<table>\n<thead>\n<tr>\n%s</tr>\n</thead>\n<tbody>\n%s</tbody>\n</table>\n" % (
                "".join("<th>%s</th>\n" % h if i != 1 else '<th align="right">%s</th>\n' % h
                        for i, h in enumerate(header)),
                "".join("<tr>\n%s</tr>\n" % "".join("<td>%s</td>\n" % c if i != 1 else '<td align="right">%s</td>\n' % c
                                                      for i, c in enumerate(r)) for r in rows)))
            plain.append("\n".join(" ".join(r) for r in [header] + rows))
            n = 3 * (len(rows) + 1)
        else:
            items = [corpus.paragraph(1) for _ in range(rnd.randint(3, 6))]
            md.append("\n".join("- " + i[0] for i in items))
            html.append("<ul>\n%s</ul>\n" % "".join("<li>%s</li>\n" % i[1] for i in items))
            plain.append("\n".join(i[2] for i in items))
            n = sum(i[3] for i in items)
        words += n
        since_heading += n
    plain_text = Subjects.fill("\n".join(plain), fillers)
    return (Subjects.fill("\n\n".join(md) + "\n", fillers), Subjects.fill("".join(html), fillers), "".join(toc),
            plain_text, words, shorten(Subjects.fill(" ".join(excerpt_src), fillers) or plain_text))


def zipf_weights(n, s=1.07):
    return [1.0 / (k ** s) for k in range(1, n + 1)]


def cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def esc(value):
    if value is None:
        return "\\N"
    if isinstance(value, (int, float)):
        return str(value)
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def ts(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class Database:
    """Runs the mariadb command-line client; LOAD DATA LOCAL INFILE needs --local-infile=1 on both sides."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme not in ("mariadb", "mysql") or not parsed.path.strip("/"):
            sys.exit("--db-url must look like mariadb://user[:password]@host:port/database")
        self.name = parsed.path.strip("/")
        self.client = shutil.which("mariadb") or shutil.which("mysql")
        self.args = [self.client, "--local-infile=1", "-h", parsed.hostname or "127.0.0.1",
                     "-P", str(parsed.port or 3306), "-u", urllib.parse.unquote(parsed.username or "root"),
                     "--default-character-set=utf8mb4", "-N", "-B"]
        self.env = dict(os.environ)
        if parsed.password:
            self.env["MYSQL_PWD"] = urllib.parse.unquote(parsed.password)
        self.pending = None

    def query(self, sql):
        done = subprocess.run(self.args + [self.name, "-e", sql], env=self.env, capture_output=True, text=True)
        if done.returncode:
            sys.exit("SQL failed: %s\n%s" % (sql[:300], done.stderr))
        return [line.split("\t") for line in done.stdout.splitlines()]

    def tables(self):
        return {row[0] for row in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")}

    def columns(self, table):
        return {row[0] for row in self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
            "AND table_name = '%s'" % table)}

    def load_async(self, loads):
        """Loads [(table, columns, path)] in one session, after the previous load finished."""
        self.wait()
        script = ["SET SESSION unique_checks = 0;", "SET SESSION foreign_key_checks = 0;"]
        for table, columns, path in loads:
            script.append("LOAD DATA LOCAL INFILE '%s' INTO TABLE %s CHARACTER SET utf8mb4 "
                          "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (%s);"
                          % (path, table, ", ".join(columns)))
        script.append("SHOW WARNINGS LIMIT 5;")
        self.pending = (subprocess.Popen(self.args + [self.name], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE, env=self.env, text=True),
                        [path for _, _, path in loads])
        self.pending[0].stdin.write("\n".join(script))
        self.pending[0].stdin.close()

    def wait(self):
        if self.pending is None:
            return
        process, paths = self.pending
        out, err = process.stdout.read(), process.stderr.read()
        if process.wait():
            sys.exit("Loading %s failed:\n%s" % (paths, err))
        if out.strip():
            print("  warnings while loading %s:\n%s" % (paths, out.strip()), file=sys.stderr)
        for path in paths:
            os.remove(path)
        self.pending = None


class Writer:
    """One tab-separated file per table and chunk."""

    def __init__(self, directory, table, columns, chunk):
        self.table, self.columns = table, columns
        self.path = os.path.join(directory, "%s-%d.tsv" % (table, chunk))
        self.file = open(self.path, "w", encoding="utf-8", newline="\n")

    def row(self, *values):
        self.file.write("\t".join(esc(v) for v in values))
        self.file.write("\n")

    def close(self):
        self.file.close()
        return self.table, self.columns, self.path


def log(started, message):
    print("[%6.1fs] %s" % (time.monotonic() - started, message), flush=True)


def generate(db, profile, seed, workdir, started):
    rnd = random.Random(seed)
    now = datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc)
    epoch = now - timedelta(days=3 * 365)
    tables = db.tables()
    missing = {"member", "category", "tag", "article", "article_tag", "article_revision"} - tables
    if missing:
        sys.exit("Tables %s are missing: run bench/prepare-db.sh first" % sorted(missing))
    for table in ("member", "category", "article"):
        if db.query("SELECT COUNT(*) FROM %s" % table)[0][0] != "0":
            sys.exit("Table %s is not empty: generate into a freshly prepared database (--reset empties it)" % table)

    # Members: 1 admin, 2 moderators, the rest members; ids are assigned here so later steps can refer to them.
    w = Writer(workdir, "member", ["id", "username", "email", "display_name", "password_hash", "role", "bio",
                                   "created_at", "version"], 0)
    for mid in range(1, profile["members"] + 1):
        role = "ADMIN" if mid == 1 else "MODERATOR" if mid <= 3 else "MEMBER"
        name = "%s %s" % (rnd.choice(FIRST), rnd.choice(LAST))
        w.row(mid, "bench%d" % mid, "bench%d@bench.example" % mid, name, MEMBER_PASSWORD_HASH, role,
              "Writes about %s." % rnd.choice(TOPICS) if mid % 3 == 0 else None,
              ts(epoch + timedelta(minutes=mid)), 0)
    c = Writer(workdir, "category", ["id", "slug", "name", "description", "parent_id", "position"], 0)
    category_ids, positions = {}, {}
    for cid, (slug, name, description, parent) in enumerate(CATEGORIES, start=1):
        category_ids[slug] = cid
        positions[parent] = positions.get(parent, 0) + 1
        c.row(cid, slug, name, description, category_ids.get(parent), positions[parent])
    db.load_async([w.close(), c.close()])
    log(started, "members: %d, categories: %d" % (profile["members"], len(CATEGORIES)))

    # Tags: a long tail. Popular tags are real topics, the tail made-up compound names.
    base = sorted({t.split()[0].lower() for t in TOPICS} | {"performance", "testing", "security", "concurrency",
                                                           "sql", "css", "http", "docker", "interviews"})
    tags, slugs = [], set()
    for i in range(profile["tags"]):
        name = base[i] if i < len(base) else "%s %s %d" % (rnd.choice(WORDS), rnd.choice(base), i)
        slug = url_slug(name, 40)
        if slug in slugs:
            name, slug = "%s %d" % (name, i), "%s-%d" % (slug, i)
        slugs.add(slug)
        tags.append((len(tags) + 1, slug, (name[0].upper() + name[1:])[:40]))
    tag_cumulative = cumulative(zipf_weights(len(tags)))
    tag_counts = [0] * len(tags)

    corpus = Corpus(rnd)
    subjects = Subjects(rnd, profile["subjects"])
    authors = list(range(1, max(2, profile["members"] // 5) + 1))
    author_cumulative = cumulative(zipf_weights(len(authors), 0.8))
    article_slugs = []
    chunk = profile["chunk"]
    total_bytes = 0
    for first in range(1, profile["articles"] + 1, chunk):
        a = Writer(workdir, "article", ["id", "slug", "kind", "status", "author_id", "category_id", "title", "summary",
                                        "body_markdown", "tag_list", "html", "toc_json", "excerpt", "plain_text",
                                        "reading_minutes", "current_revision", "exp_company", "exp_role",
                                        "exp_rounds", "exp_year", "exp_outcome", "like_count", "comment_count",
                                        "save_count", "created_at", "updated_at", "submitted_at", "published_at",
                                        "version"], first)
        r = Writer(workdir, "article_revision", ["id", "article_id", "number", "title", "summary", "body_markdown",
                                                 "editor_id", "credited_id", "note", "created_at"], first)
        t = Writer(workdir, "article_tag", ["article_id", "tag_id"], first)
        for aid in range(first, min(first + chunk, profile["articles"] + 1)):
            subject = subjects.pick()
            fillers = subjects.fillers(subject)
            title = rnd.choice(TITLE_FORMS).format(t="%s %s" % (subjects.words[subject][0], rnd.choice(TOPICS)))
            title = title[0].upper() + title[1:]
            if rnd.random() < 0.5:
                title += " (%s)" % rnd.choice(["part %d" % rnd.randint(2, 5), "with benchmarks", "for beginners",
                                               "revisited", "%d" % rnd.randint(2019, 2026)])
            slug = "%s-%d" % (url_slug(title, 100), aid)
            article_slugs.append(slug)
            # 300 to 3,000 words, most articles short: log-uniform.
            target = int(300 * (10 ** rnd.random()))
            body_md, html, toc, plain, words, excerpt = article_body(corpus, rnd, target, fillers)
            summary = Subjects.fill(corpus.paragraph(1)[2], fillers)[:500]
            author = authors[rnd_index(rnd, author_cumulative)]
            chosen = sorted({rnd_index(rnd, tag_cumulative) for _ in range(rnd.randint(1, 5))})
            for index in chosen:
                tag_counts[index] += 1
                t.row(aid, tags[index][0])
            tag_list = "|".join("%s:%s" % (tags[i][1], tags[i][2]) for i in chosen)
            published = epoch + timedelta(seconds=rnd.randrange(int((now - epoch).total_seconds())))
            created = published - timedelta(hours=rnd.randint(2, 400))
            submitted = published - timedelta(hours=rnd.randint(1, 48))
            experience = [None] * 5
            if rnd.random() < 0.2:
                kind = rnd.choice(EXPERIENCE_KINDS)
                category = category_ids["interview-experiences" if kind == "INTERVIEW" else "career"]
                experience = ["%s Corp" % rnd.choice(LAST), rnd.choice(["Backend engineer", "Data analyst", "SRE"]),
                              rnd.randint(1, 6), rnd.randint(2018, 2025), rnd.choice(OUTCOMES)]
            else:
                kind, category = "TUTORIAL", category_ids[rnd.choice(TUTORIAL_CATEGORIES)]
            a.row(aid, slug, kind, "PUBLISHED", author, category, title, summary, body_md, tag_list, html, toc,
                  excerpt, plain, max(1, round(words / 220)), 1, *experience, 0, 0, 0, ts(created), ts(published),
                  ts(submitted), ts(published), 0)
            r.row(aid, aid, 1, title, summary, body_md, author, None, "", ts(published))
            total_bytes += len(body_md) * 2 + len(html) + len(plain)
        db.load_async([a.close(), r.close(), t.close()])
        log(started, "articles: %d (%.0f MB of text so far)" % (min(first + chunk - 1, profile["articles"]),
                                                                 total_bytes / 1e6))
    tw = Writer(workdir, "tag", ["id", "slug", "name", "article_count"], 0)
    for (tid, slug, name), count in zip(tags, tag_counts):
        tw.row(tid, slug, name, count)
    db.load_async([tw.close()])
    db.wait()
    log(started, "tags: %d" % len(tags))

    members = profile["members"]
    article_cumulative = cumulative(zipf_weights(profile["articles"], 0.9))
    # Shuffle which articles are popular so popularity is not tied to age.
    popularity = list(range(1, profile["articles"] + 1))
    rnd.shuffle(popularity)

    if "comment" in tables:
        check_columns(db, "comment")
        generate_comments(db, rnd, profile, corpus, subjects, popularity, article_cumulative, members, epoch, now,
                          workdir, started)
    else:
        log(started, "comments: skipped, no table 'comment' (comment module not merged)")
    if "article_like" in tables:
        check_columns(db, "article_like")
        generate_likes(db, rnd, profile, popularity, article_cumulative, members, epoch, now, workdir, started)
    else:
        log(started, "likes: skipped, no table 'article_like' (reaction module not merged)")
    if "search_document" in tables and "search_tag" in tables:
        check_columns(db, "search_document")
        db.query("SET SESSION foreign_key_checks = 0; "
                 "INSERT INTO search_document (article_id, slug, title, summary, body, category_id, kind, author_id, "
                 "tag_slugs, published_at, updated_at) SELECT a.id, a.slug, a.title, a.summary, a.plain_text, "
                 "a.category_id, a.kind, a.author_id, COALESCE((SELECT GROUP_CONCAT(t.slug ORDER BY t.slug "
                 "SEPARATOR ' ') FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id), ''), "
                 "a.published_at, a.updated_at FROM article a WHERE a.status = 'PUBLISHED'; "
                 "INSERT INTO search_tag (tag_slug, article_id) SELECT t.slug, x.article_id FROM article_tag x "
                 "JOIN tag t ON t.id = x.tag_id")
        log(started, "search documents: copied from article")
    else:
        log(started, "search documents: skipped, no table 'search_document'")
    db.query("ANALYZE TABLE member, category, tag, article, article_tag, article_revision")
    log(started, "done: %s" % ", ".join("%s=%s" % (t, db.query("SELECT COUNT(*) FROM %s" % t)[0][0])
                                        for t in ["member", "article", "article_revision", "article_tag", "tag"]
                                        + [x for x in ("comment", "article_like") if x in tables]))


def uuid_text(bits):
    h = "%032x" % bits
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rnd_index(rnd, cumulative_weights):
    return bisect_left(cumulative_weights, rnd.random() * cumulative_weights[-1])


def check_columns(db, table):
    missing = set(OPTIONAL_TABLES[table]) - db.columns(table)
    if missing:
        sys.exit("Table %s lacks the assumed columns %s: adjust OPTIONAL_TABLES and its step" % (table, sorted(missing)))


def generate_comments(db, rnd, profile, corpus, subjects, popularity, article_cumulative, members, epoch, now, workdir,
                      started):
    columns = OPTIONAL_TABLES["comment"]
    top_level = {}  # article id -> ids of its top-level comments
    replies = {}
    per_chunk = 200_000
    span = int((now - epoch).total_seconds())
    for first in range(1, profile["comments"] + 1, per_chunk):
        w = Writer(workdir, "comment", columns, first)
        for cid in range(first, min(first + per_chunk, profile["comments"] + 1)):
            article = popularity[rnd_index(rnd, article_cumulative)]
            parents = top_level.setdefault(article, [])
            parent = rnd.choice(parents) if parents and rnd.random() < 0.3 else None
            if parent is None:
                parents.append(cid)
            else:
                replies[parent] = replies.get(parent, 0) + 1
            md, html, _, _ = corpus.paragraph(rnd.randint(1, 4))
            # The shared sentences hold subject markers; a comment speaks some subject's words, as an article does.
            fillers = subjects.fillers(subjects.pick())
            md, html = Subjects.fill(md, fillers), Subjects.fill(html, fillers)
            created = epoch + timedelta(seconds=span * cid // (profile["comments"] + 1))
            w.row(cid, article, rnd.randint(1, members), parent, "VISIBLE", md, "<p>%s</p>\n" % html, 0, 0,
                  uuid_text(rnd.getrandbits(128)), ts(created), None, 0)
        db.load_async([w.close()])
        log(started, "comments: %d" % min(first + per_chunk - 1, profile["comments"]))
    db.wait()
    db.query("CREATE TEMPORARY TABLE reply_counts AS SELECT parent_id, COUNT(*) n FROM comment "
             "WHERE parent_id IS NOT NULL GROUP BY parent_id; "
             "UPDATE comment c JOIN reply_counts r ON r.parent_id = c.id SET c.reply_count = r.n; "
             "UPDATE article a JOIN (SELECT article_id, COUNT(*) n FROM comment WHERE status = 'VISIBLE' "
             "GROUP BY article_id) x ON x.article_id = a.id SET a.comment_count = x.n")
    log(started, "comments: counters updated (%d replies)" % sum(replies.values()))


def generate_likes(db, rnd, profile, popularity, article_cumulative, members, epoch, now, workdir, started):
    seen = set()
    per_chunk = 500_000
    span = int((now - epoch).total_seconds())
    target = min(profile["likes"], profile["articles"] * members // 2)
    made, part = 0, 0
    while made < target:
        part += 1
        w = Writer(workdir, "article_like", OPTIONAL_TABLES["article_like"], part)
        for _ in range(min(per_chunk, target - made)):
            while True:
                article = popularity[rnd_index(rnd, article_cumulative)]
                member = rnd.randint(1, members)
                key = article * (members + 1) + member
                if key not in seen:
                    seen.add(key)
                    break
            w.row(article, member, ts(epoch + timedelta(seconds=rnd.randrange(span))))
            made += 1
        db.load_async([w.close()])
        log(started, "likes: %d" % made)
    db.wait()
    db.query("UPDATE article a JOIN (SELECT article_id, COUNT(*) n FROM article_like GROUP BY article_id) x "
             "ON x.article_id = a.id SET a.like_count = x.n")
    log(started, "likes: counters updated")


def reset(db):
    tables = db.tables()
    order = ["search_tag", "search_document", "article_like", "comment_like", "comment", "article_tag",
             "article_slug_history", "article_revision", "article", "tag", "category", "persistent_logins",
             "SPRING_SESSION_ATTRIBUTES", "SPRING_SESSION", "EVENT_PUBLICATION", "member_role_change", "member"]
    statements = ["SET SESSION foreign_key_checks = 0;"] + ["TRUNCATE TABLE %s;" % t for t in order if t in tables]
    db.query(" ".join(statements))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db-url", required=True, help="mariadb://user[:password]@host:port/database")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="small")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--reset", action="store_true", help="empty the generated tables first")
    args = parser.parse_args()
    db = Database(args.db_url)
    started = time.monotonic()
    if args.reset:
        reset(db)
        log(started, "emptied the generated tables")
    workdir = tempfile.mkdtemp(prefix="quire-bench-")
    try:
        generate(db, PROFILES[args.profile], args.seed, workdir, started)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    log(started, "profile %s generated into %s; every member's password is '%s'"
        % (args.profile, db.name, MEMBER_PASSWORD))


if __name__ == "__main__":
    main()
