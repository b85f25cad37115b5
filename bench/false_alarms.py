"""False alarms of mtqa's checks on real news articles: human references vs MT systems (WMT21).

Articles are rebuilt from ``wmt21-news-systems`` under ``--external`` (default ``../shared/external``
relative to the repository root):

- ``de-fr``: ``xml/newstest2021.de-fr.all.xml`` (61 documents with ``<p>`` paragraphs). A paragraph is the
  segments of one ``<p>`` joined by spaces; paragraphs are separated by blank lines. The target is the
  human reference (translator A) or a system output laid out the same way.
- ``fr-de``: ``xml/newstest2021.fr-de.all.xml`` (74 documents, one ``<p>`` each, so no paragraph
  information: a single-``<p>`` document is cut into paragraphs of ``--per-paragraph`` segments, and a
  segment without final punctuation, a headline, makes a paragraph of its own).
- ``en-de``: ``txt/`` (line-parallel, no document or paragraph information): documents of
  ``--per-document`` consecutive segments, paragraphs of ``--per-paragraph`` segments.

Every finding on a professional reference is presumably a false alarm (apart from real reference
errors), so the per-check rate on references should be near 0; the MT columns show what the checks
catch. Prints findings per 1,000 target words per check, and the time::

    .venv/bin/python bench/false_alarms.py [--external DIR] [--pair de-fr ...] [--system NAME ...]
        [--examples N] [--example-target ref|NAME] [--check ID ...]
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mtqa.config import CheckConfig, Config
from mtqa.embed import get_encoder
from mtqa.io.text import document_from_text
from mtqa.model import Finding
from mtqa.pipeline import check_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
REF = "ref"
PAIRS = ("de-fr", "fr-de", "en-de")
DEFAULT_SYSTEMS = ("Online-B", "talp_upc", "Manifold")


@dataclass(frozen=True)
class Article:
    pair: str
    doc_id: str
    target_name: str  # REF or a system name
    source: str
    target: str
    # The (source, target) segment pairs in document order, and the reference's segments, for tools
    # that work on segments (bench/throughput.py runs pofilter and sacrebleu on them).
    segments: tuple[tuple[str, str], ...] = ()
    reference: tuple[str, ...] = ()


_SENTENCE_END = tuple(".!?…:;\"'»“”’)")


def _groups(sources: Sequence[str], per_paragraph: int) -> list[list[int]]:
    """Indices of segments per paragraph when the data has no paragraphs: ``per_paragraph`` segments,
    and a segment without final punctuation (a headline or subheading) is a paragraph of its own."""
    groups: list[list[int]] = [[]]
    for index, segment in enumerate(sources):
        headline = not segment.rstrip().endswith(_SENTENCE_END)
        if headline and groups[-1]:
            groups.append([])
        groups[-1].append(index)
        if headline or len(groups[-1]) >= per_paragraph:
            groups.append([])
    return [g for g in groups if g]


def _paragraphs(segments: Sequence[str], groups: Sequence[Sequence[int]]) -> list[str]:
    return [" ".join(segments[i] for i in group) for group in groups]


def _layout(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"


def _segments(element: ET.Element) -> dict[str, str]:
    return {seg.get("id", ""): " ".join((seg.text or "").split()) for seg in element.iter("seg")}


def _source_layout(src: ET.Element, per_paragraph: int) -> list[list[str]]:
    """Segment ids per source paragraph; a lone ``<p>`` is cut into groups of ``per_paragraph``."""
    groups = [[seg.get("id", "") for seg in p.iter("seg")] for p in src.iter("p")]
    if len(groups) == 1:
        text = {seg.get("id", ""): " ".join((seg.text or "").split()) for seg in src.iter("seg")}
        ids = groups[0]
        return [[ids[i] for i in group] for group in _groups([text[i] for i in ids], per_paragraph)]
    return groups


def xml_articles(path: Path, pair: str, targets: Sequence[str] | None, per_paragraph: int) -> Iterator[Article]:
    """Articles of a WMT XML file. Hypotheses come as one ``<p>``: they take the source's layout.

    ``targets`` None: the reference and every system of each document."""
    for doc in ET.parse(path).getroot().iter("doc"):
        src = doc.find("src")
        if src is None:
            continue
        layout = _source_layout(src, per_paragraph)
        source_segments = _segments(src)
        ref = doc.find("ref")
        reference_segments = _segments(ref) if ref is not None else {}
        names = targets if targets is not None else [REF, *(h.get("system", "") for h in doc.iter("hyp"))]
        for name in names:
            element = doc.find("ref") if name == REF else doc.find(f"hyp[@system='{name}']")
            if element is None:
                continue
            target_segments = _segments(element)
            source = [[source_segments.get(i, "") for i in group] for group in layout]
            target = [[target_segments.get(i, "") for i in group] for group in layout]
            ids = [i for group in layout for i in group]
            yield Article(
                pair,
                doc.get("id", "?"),
                name,
                _layout([" ".join(s for s in g if s) for g in source]),
                _layout([" ".join(s for s in g if s) for g in target]),
                tuple((source_segments.get(i, ""), target_segments.get(i, "")) for i in ids),
                tuple(reference_segments.get(i, "") for i in ids),
            )


def txt_articles(
    folder: Path, pair: str, targets: Sequence[str], per_document: int, per_paragraph: int
) -> Iterator[Article]:
    src_lang, tgt_lang = pair.split("-")
    sources = (folder / "sources" / f"newstest2021.{pair}.src.{src_lang}").read_text("utf-8").splitlines()
    for name in targets:
        if name == REF:
            path = folder / "references" / f"newstest2021.{pair}.ref.A.{tgt_lang}"
        else:
            path = folder / "system-outputs" / f"newstest2021.{pair}.hyp.{name}.{tgt_lang}"
        if not path.is_file():
            continue
        lines = path.read_text("utf-8").splitlines()
        for start in range(0, len(sources), per_document):
            src = [" ".join(s.split()) for s in sources[start : start + per_document]]
            tgt = [" ".join(s.split()) for s in lines[start : start + per_document]]
            keep = [i for i in range(len(src)) if src[i] and tgt[i]]
            src, tgt = [src[i] for i in keep], [tgt[i] for i in keep]
            if src:
                yield Article(
                    pair,
                    f"lines {start + 1}-{start + len(sources[start : start + per_document])}",
                    name,
                    _layout(_paragraphs(src, _groups(src, per_paragraph))),
                    _layout(_paragraphs(tgt, _groups(src, per_paragraph))),
                )


def articles(
    external: Path, pairs: Sequence[str], targets: Sequence[str], per_document: int, per_paragraph: int
) -> Iterator[Article]:
    base = external / "wmt21-news-systems"
    for pair in pairs:
        if pair in ("de-fr", "fr-de"):
            yield from xml_articles(base / "xml" / f"newstest2021.{pair}.all.xml", pair, targets, per_paragraph)
        else:
            yield from txt_articles(base / "txt", pair, targets, per_document, per_paragraph)


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ⏎ ")
    right = text[end : end + width].replace("\n", " ⏎ ")
    return f"…{left}⟦{text[start:end]}⟧{right}…"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--pair", action="append", choices=PAIRS, help="language pair(s); default all")
    parser.add_argument(
        "--system",
        action="append",
        help=f"MT system(s) to compare with the reference; default {', '.join(DEFAULT_SYSTEMS)} where present",
    )
    parser.add_argument("--encoder", default="use-m3")
    parser.add_argument("--per-document", type=int, default=30, help="en-de: segments per document")
    parser.add_argument("--per-paragraph", type=int, default=3, help="segments per paragraph without <p> info")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print N findings per check")
    parser.add_argument("--example-target", default=REF, help="whose findings --examples prints (ref or a system)")
    parser.add_argument("--check", action="append", default=[], help="only print examples of these checks")
    parser.add_argument("--french-plain-space", action="store_true", help="set checks.french_plain_space in the config")
    args = parser.parse_args(argv)
    external = args.external if args.external.is_absolute() else ROOT / args.external
    if not (external / "wmt21-news-systems").is_dir():
        sys.exit(f"{external / 'wmt21-news-systems'}: not found (use --external DIR)")
    pairs = args.pair or list(PAIRS)
    targets = [REF, *(args.system or DEFAULT_SYSTEMS)]

    started = time.perf_counter()
    encoder = get_encoder(args.encoder)
    config = Config(checks=CheckConfig(french_plain_space=args.french_plain_space))
    words: Counter[tuple[str, str]] = Counter()
    counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    examples: dict[str, list[tuple[Article, Finding, str, str]]] = defaultdict(list)
    documents: Counter[tuple[str, str]] = Counter()
    check_time = 0.0
    for article in articles(external, pairs, targets, args.per_document, args.per_paragraph):
        src_lang, tgt_lang = article.pair.split("-")
        source = document_from_text(article.source, f"{article.pair}/{article.doc_id}.{src_lang}", src_lang)
        target = document_from_text(
            article.target, f"{article.pair}/{article.doc_id}.{article.target_name}.{tgt_lang}", tgt_lang
        )
        t0 = time.perf_counter()
        report = check_article(source, target, config, source_lang=src_lang, target_lang=tgt_lang, encoder=encoder)
        check_time += time.perf_counter() - t0
        column = (article.pair, article.target_name)
        documents[column] += 1
        words[column] += report.target.word_count
        for finding in report.findings:
            counts[finding.check][column] += 1
            if article.target_name == args.example_target and (not args.check or finding.check in args.check):
                if finding.target_span is not None:
                    ctx = _context(article.target, finding.target_span.start, finding.target_span.end)
                else:
                    ctx = ""
                src_ctx = ""
                if finding.source_span is not None:
                    src_ctx = _context(article.source, finding.source_span.start, finding.source_span.end)
                elif finding.source_paragraph is not None:
                    src_ctx = source.paragraphs[finding.source_paragraph].text[:200]
                examples[finding.check].append((article, finding, ctx, src_ctx))

    columns = [c for c in ((p, t) for p in pairs for t in targets) if documents[c]]
    all_ref = ("all", REF)
    for column in columns:
        if column[1] == REF:
            words[all_ref] += words[column]
            for check in counts:
                counts[check][all_ref] += counts[check][column]
    columns.append(all_ref)

    def label(column: tuple[str, str]) -> str:
        pair, name = column
        return f"{pair}:{'ref' if name == REF else name[:8]}"

    print("findings per 1,000 target words (ref = human reference, translator A)")
    print(f"{'check':34}" + "".join(f"{label(c):>17}" for c in columns))
    print(
        f"{'(documents / target words)':34}"
        + "".join(
            f"{f'{documents[c] or sum(documents[x] for x in columns if x[1] == REF)}/{words[c]}':>17}" for c in columns
        )
    )
    totals: Counter[tuple[str, str]] = Counter()
    for check in sorted(counts, key=lambda c: -counts[c][all_ref]):
        cells = []
        for column in columns:
            n = counts[check][column]
            totals[column] += n
            cells.append(f"{1000 * n / max(1, words[column]):10.2f} ({n:3})")
        print(f"{check:34}" + "".join(f"{cell:>17}" for cell in cells))
    print(
        f"{'all checks':34}"
        + "".join(f"{f'{1000 * totals[c] / max(1, words[c]):10.2f} ({totals[c]:3})':>17}" for c in columns)
    )
    print(
        f"\n{sum(documents.values())} articles in {time.perf_counter() - started:.1f} s "
        f"(check_article {check_time:.1f} s)"
    )

    if args.examples:
        for check in sorted(examples):
            found = examples[check]
            print(f"\n== {check}: {len(found)} findings on {args.example_target}")
            # spread the examples over the list rather than taking the first N of one document
            step = max(1, len(found) // args.examples)
            for article, finding, ctx, src_ctx in found[::step][: args.examples]:
                print(f"  [{article.pair} {article.doc_id} p{finding.target_paragraph}] {finding.message}")
                if ctx:
                    print(f"      tgt: {ctx}")
                if src_ctx:
                    print(f"      src: {src_ctx}")


if __name__ == "__main__":
    main()
