"""Extraction speed on one core: articles/s, MB/s, and resident memory over a long stream.

    .venv/bin/python bench/extract_bench.py            # 1,000 articles of about 4 KB
    .venv/bin/python bench/extract_bench.py -n 5000 --size 4096
    .venv/bin/python bench/extract_bench.py --articles ../shared/eval/dev   # real articles

The articles are built from sentences written for this benchmark (Arabic and English, half
each): 40% drawn from sentences with claims, quotes and boilerplate, the rest background
sentences with none, shuffled and with names and dates varied, so no two articles are alike.
With `--articles SETDIR` the stream cycles through the real articles of an evaluation set instead
(`articles.jsonl` and `articles/<id>.txt`, read at run time and never copied here). They are
shorter and denser in claims than the synthetic ones, so the script also prints the rate in
4 KB-equivalents (bytes per CPU second / 4,096) and the mentions per KB, to compare the two.
Memory is read from /proc/self/status (VmRSS) at ten points of the stream: it should stay flat.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtracker.extract import Resources, extract  # noqa: E402

AR_SENTENCES = [
    "أكدت مصادر دبلوماسية مطلعة أن وزير الخارجية {ar_name} سيزور {ar_city} الأسبوع المقبل لبحث ملف التعاون الأمني.",
    "ومن المتوقع أن يلتقي الرئيس {ar_name} نظيره الروسي فلاديمير بوتين على هامش القمة المقررة في شهر {ar_month} المقبل.",
    "وقال المتحدث باسم الحكومة إن الانتخابات البرلمانية قد تؤجل إلى موعد لم يحدد بعد.",
    "ونقلت وكالة الأنباء الرسمية عن مصدر رفيع أن جولة جديدة من المفاوضات ستنطلق يوم الأحد في الدوحة.",
    "ويرى مراقبون أن الاتفاق المرتقب يمكن أن يمهد لوقف إطلاق النار خلال الأيام المقبلة.",
    "وكان الرئيس {ar_name} قد استقبل في القصر الجمهوري وفدا برلمانيا أوروبيا الأسبوع الماضي.",
    "وأعلنت وزارة الخارجية في بيان أن الوزير سيتوجه غدا إلى {ar_city} في زيارة رسمية تستمر يومين.",
    "وتشهد الأسواق المحلية ارتفاعا ملحوظا في أسعار المواد الغذائية منذ مطلع العام.",
    "وتتواتر معلومات عن تعديل وزاري محتمل يشمل عدة حقائب قبل نهاية العام.",
    "ولم يصدر أي تعليق رسمي من الجانب الآخر حتى الآن على هذه التقارير.",
    "اقرأ أيضًا: تطورات جديدة في ملف المفاوضات الإقليمية",
    "وفرض الاتحاد الأوروبي حزمة جديدة من العقوبات على شركات الطاقة في أيار الماضي.",
]
EN_SENTENCES = [
    "Foreign Minister {en_name} will visit {en_city} next week for talks on border security, officials said.",
    "The summit is expected to take place in {en_month}, according to a source familiar with the preparations.",
    "Analysts say a snap election could be called as early as next spring if the coalition collapses.",
    "{en_name} said on Tuesday that a ceasefire agreement may be signed within days.",
    "The central bank is likely to cut interest rates at its next meeting, economists said.",
    "Last month, {en_name} received the visiting delegation at the presidential palace.",
    "The ministry said in a statement that new sanctions on the steel sector would take effect on 1 {en_month}.",
    "Prices of basic goods have risen sharply since the start of the year.",
    "It remains unclear whether the two leaders will meet before the end of the year.",
    "Read more: regional talks enter a new phase",
    "The opposition leader is reportedly considering a bid for the presidency.",
    "Troops were deployed along the northern border in late May, the army confirmed.",
]
# Background sentences with no claim, as most of a news article is.
AR_FILLER = [
    "وتعاني المنطقة منذ سنوات من أزمة اقتصادية خانقة أثرت على حياة السكان.",
    "وشهدت العاصمة خلال الصيف موجة حر شديدة ارتفعت فيها درجات الحرارة.",
    "ويعمل في القطاع الزراعي نحو ربع السكان بحسب الإحصاءات الرسمية.",
    "وتعود العلاقات بين البلدين إلى عقود طويلة من التعاون في مجالات التعليم والصحة.",
    "ويضم المتحف الوطني آلاف القطع الأثرية من حقب تاريخية مختلفة.",
    "وارتفع عدد الطلاب في الجامعات الحكومية بشكل ملحوظ خلال العقد الأخير.",
    "وتنتشر في المدينة القديمة أسواق شعبية يقصدها الزوار من مختلف المناطق.",
    "وكانت الحكومة السابقة قد واجهت انتقادات واسعة بسبب ارتفاع الأسعار.",
]
EN_FILLER = [
    "The region has struggled with a deep economic crisis for years.",
    "Temperatures in the capital reached record levels during the summer.",
    "About a quarter of the population works in agriculture, according to official figures.",
    "Relations between the two countries go back decades, with close ties in education and health.",
    "The national museum holds thousands of objects from many periods.",
    "University enrolment has grown steadily over the past decade.",
    "The old city is known for its markets, which draw visitors from across the country.",
    "The previous government faced wide criticism over rising prices.",
]
AR_NAMES = ["أحمد الشرع", "عبد الفتاح السيسي", "رجب طيب أردوغان", "أسعد الشيباني", "جوزيف عون", "محمد بن سلمان"]
EN_NAMES = ["Sergei Lavrov", "Antony Blinken", "Hakan Fidan", "Asaad al-Shaibani", "Emmanuel Macron", "Ahmed al-Sharaa"]
AR_CITIES = ["موسكو", "القاهرة", "أنقرة", "الرياض", "باريس", "بيروت"]
EN_CITIES = ["Moscow", "Cairo", "Ankara", "Riyadh", "Paris", "Beirut"]
AR_MONTHS = ["أكتوبر", "تشرين الثاني", "كانون الأول", "يناير", "آذار", "جوان"]
EN_MONTHS = ["October", "November", "December", "January", "March", "June"]


CLAIM_SHARE = 0.4  # share of sentences drawn from the claim pool


def build_article(rng: random.Random, lang: str, size: int) -> str:
    sentences = AR_SENTENCES if lang == "ar" else EN_SENTENCES
    filler = AR_FILLER if lang == "ar" else EN_FILLER
    fill = {
        "ar_name": rng.choice(AR_NAMES), "en_name": rng.choice(EN_NAMES),
        "ar_city": rng.choice(AR_CITIES), "en_city": rng.choice(EN_CITIES),
        "ar_month": rng.choice(AR_MONTHS), "en_month": rng.choice(EN_MONTHS),
    }
    headline = "هل يلتقي الرئيسان قريبا؟" if lang == "ar" else "Will the two leaders meet soon?"
    parts = [headline, ""]
    length = len(headline.encode())
    while length < size:
        paragraph = " ".join(
            (rng.choice(sentences) if rng.random() < CLAIM_SHARE else rng.choice(filler)).format(**fill)
            for _ in range(rng.randint(1, 3))
        )
        parts.append(paragraph)
        parts.append("")
        length += len(paragraph.encode()) + 2
    return "\n".join(parts)


def set_articles(folder: Path) -> list[tuple[str, str, date | None]]:
    """(text, lang, published) of every article of an evaluation set."""
    out = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        meta = json.loads(line)
        text = (folder / "articles" / f"{meta['id']}.txt").read_text(encoding="utf-8")
        published = date.fromisoformat(meta["published"][:10]) if meta.get("published") else None
        out.append((text, meta["lang"], published))
    return out


def rss_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def machine_reference_ms() -> float:
    """CPU ms of a fixed workload of the kinds extraction does (calls, dicts, slicing, `re`).

    Machines, and one machine from hour to hour, differ: printing this beside articles/s lets two
    runs be compared. Best of seven, so a busy moment does not count.
    """
    word = re.compile(r"\w+")
    text = "The summit is expected to take place in October, officials said. " * 4
    best = float("inf")
    for _ in range(7):
        c = time.process_time()
        counts: dict[str, int] = {}
        for _ in range(2000):
            for m in word.finditer(text):
                w = m.group().lower()
                counts[w] = counts.get(w, 0) + 1
        best = min(best, time.process_time() - c)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="articles to extract (default 1000)")
    ap.add_argument("--size", type=int, default=4096, help="bytes per article (default 4096)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--articles", type=Path, metavar="SETDIR",
                    help="cycle through the real articles of an evaluation set instead")
    args = ap.parse_args(argv)
    real = set_articles(args.articles) if args.articles else []
    if args.articles and not real:
        ap.error(f"no articles in {args.articles}")

    t0 = time.perf_counter()
    res = Resources.load()
    load_s = time.perf_counter() - t0
    rng = random.Random(args.seed)
    base = date(2025, 8, 3)
    # Build lazily so the stream, not a list of texts, is what memory sees.
    stream = (
        real[i % len(real)] if real else
        (build_article(rng, "ar" if i % 2 == 0 else "en", args.size), "ar" if i % 2 == 0 else "en",
         base + timedelta(days=i % 365))
        for i in range(args.n)
    )
    # warm caches, and build both languages' lexicons (built on first use) before the clock starts;
    # the build is what a one-article command-line run pays on top of loading, so it is printed
    first: dict[str, float] = {}
    for warm_lang in ("ar", "en"):
        c = time.process_time()
        extract(build_article(random.Random(0), warm_lang, args.size), base, warm_lang, res)
        first[warm_lang] = time.process_time() - c
    rss_points: list[int] = []
    total_bytes = mentions = 0
    step = max(1, args.n // 10)
    elapsed = cpu = 0.0
    for i, (text, lang, published) in enumerate(stream):
        t, c = time.perf_counter(), time.process_time()
        ex = extract(text, published, lang, res)
        elapsed += time.perf_counter() - t
        cpu += time.process_time() - c
        total_bytes += len(text.encode())
        mentions += len(ex.mentions)
        if (i + 1) % step == 0:
            rss_points.append(rss_kb())
    out = sys.stdout
    out.write(f"resources loaded in {load_s:.2f} s\n")
    out.write("first article, which builds its language's lexicons: "
              + ", ".join(f"{lang} {sec:.2f} s CPU" for lang, sec in first.items()) + "\n")
    out.write(f"machine reference: {machine_reference_ms():.0f} ms of CPU for a fixed Python workload "
              "(lower is a faster machine)\n")
    source = f"real articles of {args.articles} ({len(real)}, cycled)" if real else "synthetic articles"
    out.write(f"articles: {args.n} {source}, mean size {total_bytes / args.n / 1024:.1f} KB, "
              f"mentions {mentions} ({mentions / (total_bytes / 1024):.1f} per KB)\n")
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    out.write(f"extraction time: {elapsed:.2f} s wall, {cpu:.2f} s CPU (one process, one core)\n")
    out.write(f"articles/s: {args.n / cpu:.0f} per CPU second ({args.n / elapsed:.0f} wall)\n")
    out.write(f"MB/s: {total_bytes / cpu / 1e6:.2f} per CPU second ({total_bytes / elapsed / 1e6:.2f} wall)\n")
    out.write(f"4 KB-equivalent articles/s: {total_bytes / 4096 / cpu:.0f} per CPU second\n")
    out.write("RSS (MB) at each tenth of the stream: " + " ".join(f"{kb / 1024:.0f}" for kb in rss_points) + "\n")
    if rss_points:
        out.write(f"peak RSS: {max(rss_points) / 1024:.0f} MB; growth over the stream: "
                  f"{(rss_points[-1] - rss_points[0]) / 1024:+.1f} MB\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
