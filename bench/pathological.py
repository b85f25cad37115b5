"""Pathological inputs: time per character relative to an ordinary article (target: none above 10x).

    nice -n 10 python bench/pathological.py [--timeout 300] [--encoder use-m3] [--only NAME ...]

Each case is a translated article paired with the seed source (``corpora/china-us-ai-talks/en.txt``),
or, for the cases named "both sides", a source and a translation that are both pathological (what
grows with the product of the two sides shows only there). It is checked the way ``mtqa check`` does
(read, segment, align, checks), in a child process with a time limit, stage by stage. The yardstick
is the seed pair itself, measured in the same run (each child process first checks the seed once, so
model loading is not counted); the ratio is (seconds per target character of the case) / (seconds
per target character of the seed).
The 5 MB case is checked against the default input size limit (refused at once) and, with
``--with-5mb``, without a limit. Also timed: each reader on a large file of its format, per
character, against the plain-text reader. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "china-us-ai-talks"


def _cases(seed: str) -> dict[str, str]:
    paragraphs = seed.split("\n\n")
    middle = len(paragraphs) // 2

    def inserted(block: str) -> str:
        return "\n\n".join([*paragraphs[:middle], block, *paragraphs[middle:]])

    return {
        "seed (yardstick)": seed,
        "a line of 100,000 spaces": inserted("Texte " + " " * 100_000 + "fin."),
        "a 40,000-character word": inserted("Un mot " + "a" * 40_000 + " ici."),
        "the article on one line x40": " ".join(seed.replace("\n", " ") for _ in range(40)),
        "20,000 full stops": inserted(". " * 10_000 + "fin."),
        "4,000 one-word paragraphs": seed + "\n\n" + "\n\n".join(f"Mot{n}." for n in range(4_000)),
        "10,000 digits and separators": inserted(" ".join(f"{n:,}.{n % 97}" for n in range(10_000))),
        "deep quotes and brackets": inserted("«" * 5_000 + "(" * 5_000 + "texte" + ")" * 5_000 + "»" * 5_000),
        "30,000 URLs and e-mails": inserted(" ".join(f"https://ex{n}.org/a?b=c a{n}@b.fr" for n in range(3_000))),
        "mixed scripts and combining marks": inserted(("e\u0301" * 50 + " 漢字かな " + "עברית ") * 400),
    }


_FIRST_NAMES = ("Marta", "Jan", "Luis", "Aiko", "Pierre", "Sven", "Olga", "Ravi", "Chen", "Fatima", "Diego", "Ingrid")
_LAST_NAMES = ("Kowalczyk", "Nowak", "Garcia", "Tanaka", "Dubois", "Larsen", "Petrova", "Sharma", "Haddad", "Berg")
_ORGANISATIONS = ("Pinewood Robotics", "Nordic Steel", "Blue River Bank", "Sunrise Media Group", "Atlas Motors")


def _both_sides(seed_en: str, seed_fr: str) -> dict[str, tuple[str, str]]:
    """Cases where the source is as pathological as the translation."""

    def one_line(text: str, times: int) -> str:
        return " ".join(text.replace("\n", " ") for _ in range(times))

    def price_list(decimal: str, words: tuple[str, str]) -> str:
        item, weighs = words
        return "; ".join(f"{item} {n} {weighs} {n * 37 % 1000}{decimal}{n % 10} kg" for n in range(4_000)) + "."

    def meetings(words: tuple[str, str, str]) -> str:
        of, met, day = words
        people = [f"{first} {last}" for first in _FIRST_NAMES for last in _LAST_NAMES]
        return (
            ", ".join(
                f"{people[n % len(people)]} {of} {_ORGANISATIONS[n % 5]} {met} {people[(n * 7) % len(people)]} {day}"
                for n in range(1_500)
            )
            + "."
        )

    return {
        "both sides: 1,500 meetings of names on one line": (
            meetings(("of", "met", "on Monday")),
            meetings(("de", "a rencontré", "lundi")),
        ),
        "both sides: the article on one line x40": (one_line(seed_en, 40), one_line(seed_fr, 40)),
        "both sides: 4,000 numbers in one paragraph": (
            price_list(".", ("item", "weighs")),
            price_list(",", ("article", "pèse")),
        ),
        # Longer than AlignParams.long_table (10,000 units): aligned in pieces cut at anchors.
        "both sides: one sentence 20,000 times on one line": (
            "The cat sleeps on the red mat. " * 20_000,
            "Le chat dort sur le tapis rouge. " * 20_000,
        ),
        "both sides: 12,000 one-line paragraphs": (
            "\n\n".join(f"Item {n}." for n in range(12_000)),
            "\n\n".join(f"Élément {n}." for n in range(12_000)),
        ),
    }


def _run_case(source_text: str, target_text: str, encoder_name: str, max_bytes: int | None, out: Any) -> None:
    """Check the seed once (loads the models and caches), then time the case stage by stage."""
    from mtqa.embed import get_encoder
    from mtqa.errors import MtqaError

    encoder = get_encoder(encoder_name, cache=False)
    seed = (SEED / "fr.txt").read_text(encoding="utf-8").strip()
    _stages(source_text, seed, encoder, None)
    try:
        out.put({"stages": _stages(source_text, target_text, encoder, max_bytes)})
    except MtqaError as error:
        out.put({"stages": {}, "refused": str(error)})


def _stages(source_text: str, target_text: str, encoder: Any, max_bytes: int | None) -> dict[str, float]:
    from mtqa.align import align_documents
    from mtqa.checks.base import CheckContext
    from mtqa.checks.registry import select_checks
    from mtqa.checks.runner import run_checks
    from mtqa.config import Config
    from mtqa.io.decoding import check_size
    from mtqa.io.text import document_from_text
    from mtqa.segment import segment_document

    stages: dict[str, float] = {}
    start = time.perf_counter()
    check_size(target_text, "target", max_bytes)
    source = document_from_text(source_text, "en.txt")
    target = document_from_text(target_text, "fr.txt")
    stages["read"] = time.perf_counter() - start
    start = time.perf_counter()
    source, target = segment_document(source, "en"), segment_document(target, "fr")
    stages["segment"] = time.perf_counter() - start
    start = time.perf_counter()
    alignment = align_documents(source, target, encoder)
    stages["align"] = time.perf_counter() - start
    config = Config()
    start = time.perf_counter()
    checks = select_checks(config.checks.enable, config.checks.disable)
    run_checks(CheckContext(source, target, alignment, config.checks, encoder), checks)
    stages["checks"] = time.perf_counter() - start
    return stages


def _timed(source: str, target: str, encoder: str, timeout: float, max_bytes: int | None) -> dict[str, Any]:
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_run_case, args=(source, target, encoder, max_bytes, queue))
    start = time.perf_counter()
    process.start()
    process.join(timeout)
    elapsed = time.perf_counter() - start
    if process.is_alive():
        process.kill()
        process.join()
        return {"timeout": True, "elapsed": elapsed, "stages": {}}
    result: dict[str, Any] = queue.get() if not queue.empty() else {"stages": {}, "crashed": process.exitcode}
    result["elapsed"] = elapsed
    return result


def _readers(seed_en: str, seed_fr: str) -> list[tuple[str, float]]:
    """Seconds per character of each reader on ~1 MB of its format, over the plain-text reader's."""
    import csv
    import io
    import xml.etree.ElementTree as ET

    import polib

    from mtqa.io.html import parse_html
    from mtqa.io.markdown import parse_markdown
    from mtqa.io.po import parse_po
    from mtqa.io.tabular import parse_csv
    from mtqa.io.text import decode, document_from_text
    from mtqa.io.xliff import parse_xliff

    en, fr = seed_en.split("\n\n"), seed_fr.split("\n\n")
    pairs = list(zip(en, fr, strict=False)) * 90
    root = ET.Element("xliff", version="1.2")
    body = ET.SubElement(ET.SubElement(root, "file"), "body")
    for n, (s, t) in enumerate(pairs):
        unit = ET.SubElement(body, "trans-unit", id=str(n))
        ET.SubElement(unit, "source").text = s
        ET.SubElement(unit, "target").text = t
    xliff = ET.tostring(root, encoding="utf-8")
    catalog = polib.POFile()
    for n, (s, t) in enumerate(pairs):
        catalog.append(polib.POEntry(msgctxt=str(n), msgid=s, msgstr=t))
    po = str(catalog).encode()
    table = io.StringIO()
    csv.writer(table).writerows([("source", "target"), *pairs])
    text = "\n\n".join(t for _, t in pairs)
    html = "".join(f"<p>{t}</p>\n" for _, t in pairs).encode()
    files = {
        "text": (text.encode(), lambda d: document_from_text(decode(d, "a"), "a")),
        "xliff": (xliff, lambda d: parse_xliff(d, "a")),
        "po": (po, lambda d: parse_po(d, "a")),
        "csv": (table.getvalue().encode(), lambda d: parse_csv(d, "a")),
        "markdown": (text.encode(), lambda d: parse_markdown(d, "a")),
        "html": (html, lambda d: parse_html(d, "a")),
    }
    results = []
    for name, (data, parse) in files.items():
        start = time.perf_counter()
        parse(data)
        results.append((name, (time.perf_counter() - start) / len(data)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--encoder", default="use-m3")
    parser.add_argument("--only", nargs="*", default=None, help="case names (substrings) to run")
    parser.add_argument("--with-5mb", action="store_true", help="also check a 5 MB article without a size limit")
    parser.add_argument("--readers-only", action="store_true", help="time only the readers")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from mtqa.io.decoding import DEFAULT_MAX_BYTES

    source = (SEED / "en.txt").read_text(encoding="utf-8").strip()
    target = (SEED / "fr.txt").read_text(encoding="utf-8").strip()
    cases: dict[str, str | tuple[str, str]] = dict(_cases(target))
    cases.update(_both_sides(source, target))
    big = "\n\n".join([target] * (5_000_000 // len(target.encode()) + 1))
    cases["a 5 MB article (default size limit)"] = big
    if args.with_5mb:
        cases["a 5 MB article (no size limit)"] = big
    yardstick = None
    if args.readers_only:
        cases = {}
    print(f"{'case':42} {'chars':>10} {'seconds':>8} {'s/Mchar':>9} {'ratio':>7}  stages")
    for name, case in cases.items():
        if args.only and name != "seed (yardstick)" and not any(o in name for o in args.only):
            continue
        limit = None if "no size limit" in name else DEFAULT_MAX_BYTES
        case_source, text = case if isinstance(case, tuple) else (source, case)
        result = _timed(case_source, text, args.encoder, args.timeout, limit)
        # Time of the case's own stages (models already loaded); the time limit when it did not finish.
        seconds = result["elapsed"] if result.get("timeout") else sum(result["stages"].values())
        per_char = seconds / len(text)
        if yardstick is None:
            yardstick = per_char
        stages = " ".join(f"{k} {v:.2f}" for k, v in result["stages"].items())
        status = "TIMEOUT" if result.get("timeout") else f"refused: {result['refused']}" if "refused" in result else ""
        ratio = "-" if "refused" in result else f"{per_char / yardstick:.2f}"
        print(f"{name:42} {len(text):>10,} {seconds:>8.2f} {per_char * 1e6:>9.2f} {ratio:>7}  {stages} {status}")
        sys.stdout.flush()
    print("\nreaders, seconds per character relative to the plain-text reader (~1 MB each):")
    timings = _readers(source, target)
    base = timings[0][1]
    for name, per_char in timings:
        print(f"  {name:10} {per_char / base:6.2f}x  ({per_char * 1e6:.3f} s per million characters)")


if __name__ == "__main__":
    main()
