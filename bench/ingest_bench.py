"""Ingest speed: K generated articles through `ingest_articles` into a fresh database, then again.

    .venv/bin/python bench/ingest_bench.py                 # 1,000 articles of about 4 KB
    .venv/bin/python bench/ingest_bench.py -k 200 --out /tmp/ingest.duckdb

Prints articles/s and mentions/s, wall and CPU time, and how long the database file was held
open (the sum over every connection the run opened: what another process waits on), then
ingests the same articles a second time to show that duplicates are skipped, and how fast.

The articles are half Arabic and half English, built from sentences written for this benchmark:
forecasts about a few well-known actors (so later articles restate earlier claims and linking
has work to do), attribution, outcome reports and background sentences with no claim.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtracker.ingest import ingest_articles  # noqa: E402
from claimtracker.models import ArticleInput  # noqa: E402
from claimtracker.store import Database  # noqa: E402

EN_CLAIMS = [
    "{a} is expected to meet {b} in {city} {when_en}, a source familiar with the plans said.",
    "Officials said {a} will visit {city} {when_en} for talks on trade and security.",
    "{a} could sign a border agreement with {b} {when_en}, diplomats said.",
    "Analysts believe early elections may be called {when_en} if the coalition breaks up.",
    "A ceasefire is likely to be announced {when_en}, according to mediators in {city}.",
    "{a} said on Monday that new sanctions would take effect {when_en}.",
    "The meeting between {a} and {b} in {city} was postponed, the foreign ministry said.",
]
AR_CLAIMS = [
    "من المتوقع أن يلتقي {a_ar} مع {b_ar} في {city_ar} {when_ar} بحسب مصدر مطلع.",
    "قال مسؤولون إن {a_ar} سيزور {city_ar} {when_ar} لبحث ملفات التجارة والأمن.",
    "قد يوقع {a_ar} اتفاقا حدوديا مع {b_ar} {when_ar} وفق دبلوماسيين.",
    "يرجح محللون الدعوة إلى انتخابات مبكرة {when_ar} إذا انهار الائتلاف.",
    "يمكن أن يعلن وقف لإطلاق النار {when_ar} بحسب الوسطاء في {city_ar}.",
    "أعلن {a_ar} يوم الاثنين أن العقوبات الجديدة ستدخل حيز التنفيذ {when_ar}.",
    "أعلنت وزارة الخارجية تأجيل اللقاء بين {a_ar} و{b_ar} في {city_ar}.",
]
EN_BACKGROUND = [
    "The two countries have held several rounds of talks over the past year.",
    "Traffic in the capital was heavy on Sunday as schools reopened.",
    "The ministry published its annual report on agriculture and water use.",
    "Local markets were busy ahead of the holiday weekend.",
    "The committee has met four times since it was formed in the spring.",
    "Rain is forecast across the north of the country.",
]
AR_BACKGROUND = [
    "وعقد البلدان عدة جولات من المحادثات خلال العام الماضي.",
    "وشهدت شوارع العاصمة ازدحاما كبيرا يوم الأحد مع عودة المدارس.",
    "ونشرت الوزارة تقريرها السنوي حول الزراعة واستخدام المياه.",
    "وشهدت الأسواق المحلية حركة نشطة قبيل عطلة نهاية الأسبوع.",
    "واجتمعت اللجنة أربع مرات منذ تشكيلها في الربيع.",
    "ويتوقع هطول أمطار في شمال البلاد.",
]
PEOPLE = [  # (English, Arabic)
    ("Vladimir Putin", "فلاديمير بوتين"), ("Ahmed al-Sharaa", "أحمد الشرع"),
    ("Recep Tayyip Erdogan", "رجب طيب أردوغان"), ("Emmanuel Macron", "إيمانويل ماكرون"),
    ("Abdel Fattah al-Sisi", "عبد الفتاح السيسي"), ("Joseph Aoun", "جوزيف عون"),
    ("Sergei Lavrov", "سيرغي لافروف"), ("Hakan Fidan", "هاكان فيدان"),
]
CITIES = [("Moscow", "موسكو"), ("Ankara", "أنقرة"), ("Cairo", "القاهرة"), ("Paris", "باريس"),
          ("Beirut", "بيروت"), ("Damascus", "دمشق"), ("Doha", "الدوحة")]
WHEN = [("next week", "الأسبوع المقبل"), ("next month", "الشهر المقبل"), ("in October", "في أكتوبر المقبل"),
        ("before the end of the year", "قبل نهاية العام"), ("within days", "خلال أيام")]
OUTLETS = ["Levant Monitor", "Gulf Wire", "Nile Daily", "Beirut Post"]
FIRST_DAY = date(2025, 1, 1)


def build_articles(k: int, size: int = 4096, seed: int = 3) -> list[ArticleInput]:
    """K articles of about `size` bytes, alternately Arabic and English, one day apart in pairs."""
    rng = random.Random(seed)
    articles = []
    for i in range(k):
        lang = "ar" if i % 2 == 0 else "en"
        claims, background = (AR_CLAIMS, AR_BACKGROUND) if lang == "ar" else (EN_CLAIMS, EN_BACKGROUND)
        a, b = rng.sample(PEOPLE, 2)
        city, when = rng.choice(CITIES), rng.choice(WHEN)
        fill = {"a": a[0], "b": b[0], "a_ar": a[1], "b_ar": b[1], "city": city[0], "city_ar": city[1],
                "when_en": when[0], "when_ar": when[1]}
        title = claims[0].format(**fill)[:90]
        # The article number in the text keeps every article distinct, as real articles are.
        parts = [title, "", f"({i + 1})"]
        length = sum(len(p.encode()) for p in parts)
        while length < size:
            pool = claims if rng.random() < 0.3 else background
            sentence = rng.choice(pool).format(**fill)
            parts.append(sentence)
            length += len(sentence.encode()) + 1
        articles.append(ArticleInput(
            text=" ".join(parts[:2]) + "\n\n" + " ".join(parts[2:]), title=title,
            url=f"https://bench.example/{lang}/{i + 1}", outlet=OUTLETS[i % len(OUTLETS)],
            published=FIRST_DAY + timedelta(days=i // 2), lang=lang, source=f"bench article {i + 1}",
        ))
    return articles


class HeldTimeDatabase(Database):
    """A Database that adds up how long its connections hold the file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.held_s = 0.0
        self.connections = 0

    @contextmanager
    def _connection(self) -> Iterator:
        with super()._connection() as con:
            t0 = time.perf_counter()
            try:
                yield con
            finally:
                self.held_s += time.perf_counter() - t0
                self.connections += 1


def _timed_ingest(db: HeldTimeDatabase, articles: list[ArticleInput]) -> dict:
    db.held_s, db.connections = 0.0, 0
    t0, c0 = time.perf_counter(), time.process_time()
    summary = ingest_articles(db, articles, source="ingest bench")
    return {"summary": summary, "wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0,
            "held_s": db.held_s, "connections": db.connections}


def main(argv: list[str] | None = None, out=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", "--articles", type=int, default=1000, help="articles to ingest (default 1000)")
    ap.add_argument("--size", type=int, default=4096, help="bytes per article (default 4096)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/claimtracker-ingest-bench.duckdb"),
                    help="database file (replaced; default /tmp/claimtracker-ingest-bench.duckdb)")
    args = ap.parse_args(argv)
    out = out or sys.stdout

    articles = build_articles(args.articles, args.size)
    if args.out.exists():
        args.out.unlink()
    db = HeldTimeDatabase(args.out)
    with db.read():
        pass  # create and migrate the file outside the timed run
    mb = sum(len(a.text.encode()) for a in articles) / 1e6
    out.write(f"{len(articles)} articles, {mb:.1f} MB, into {args.out}\n")
    first = _timed_ingest(db, articles)
    s = first["summary"]
    out.write(f"first ingest: {s.articles_new} new, {s.articles_duplicate} duplicate, {s.articles_failed} failed; "
              f"{s.mentions_new} mentions, {s.claims_new} claims new, {s.claims_updated} updated\n")
    out.write(f"  wall {first['wall_s']:.2f} s, CPU {first['cpu_s']:.2f} s; "
              f"{s.articles_new / first['wall_s']:.1f} articles/s, {s.mentions_new / first['wall_s']:.1f} mentions/s "
              f"(wall); {mb / first['wall_s']:.2f} MB/s\n")
    out.write(f"  database file held {first['held_s']:.2f} s over {first['connections']} connections "
              f"({100 * first['held_s'] / first['wall_s']:.0f}% of the run)\n")
    second = _timed_ingest(db, articles)
    s2 = second["summary"]
    out.write(f"again: {s2.articles_new} new, {s2.articles_duplicate} duplicate, {s2.mentions_new} mentions; "
              f"wall {second['wall_s']:.2f} s, CPU {second['cpu_s']:.2f} s "
              f"({s2.articles_duplicate / second['wall_s']:.0f} duplicates/s); "
              f"file held {second['held_s']:.2f} s over {second['connections']} connections\n")
    out.write(f"database size: {args.out.stat().st_size / 1e6:.1f} MB\n")
    return {"first": first, "second": second}


if __name__ == "__main__":
    main()
