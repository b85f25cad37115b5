"""Calibrate the thresholds of :mod:`mtqa.checks.omission` on human MQM annotations.

Data: ``../shared/external/bio-mqm-enfr`` (WMT21 biomedical, en->fr and fr->en, 8-11 MT systems and
2 human references on the same segments, expert MQM spans; see its SOURCE.md). A segment is a
*gross omission* when its annotations hold an Accuracy/Omission error (source side) of severity Major
or Critical covering at least ``MIN_OMITTED`` of the source characters, and a *gross mistranslation*
when it holds a Critical accuracy error.

1. ``short_translation``: the target/source length ratio of a segment divided by the median ratio of
   its system (the "article" ratio); flagged below a threshold. Printed: precision and recall of gross
   omissions, and the share of human-reference segments flagged (false alarms on good translations).
2. ``low_similarity`` (needs the encoder, ``--similarity``): cosine(source, target) with use-m3,
   compared with the median of the system; flagged below ``median - margin`` and below a floor.

Run: ``.venv/bin/python bench/calibrate_omission.py [--similarity]`` (about 4 minutes with the
encoder the first time; the embedding cache makes later runs fast). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "external" / "bio-mqm-enfr"
MIN_OMITTED = 0.15


@dataclass
class Segment:
    system: str
    direction: str
    source: str
    target: str
    omission: bool
    critical: bool
    reference: bool


def load() -> list[Segment]:
    segments = []
    for direction in ("en2fr", "fr2en"):
        for path in sorted((DATA / direction).glob("*.json")):
            for row in json.loads(path.read_text(encoding="utf-8")):
                source, target = row["source"], row["target"]
                omitted = sum(
                    len(e["term"])
                    for e in row["source_errors"] + row["target_errors"]
                    if e["error_subcategory"] == "Omission" and e["severity"] in ("Major", "Critical")
                )
                critical = any(
                    e["error_category"] == "Accuracy" and e["severity"] == "Critical" for e in row["target_errors"]
                )
                segments.append(
                    Segment(
                        path.stem,
                        direction,
                        source,
                        target,
                        omission=omitted >= MIN_OMITTED * max(1, len(source)),
                        critical=critical,
                        reference=path.stem.startswith("reference"),
                    )
                )
    return segments


def relative(values: list[float], groups: list[str]) -> list[float]:
    medians = {g: statistics.median([v for v, h in zip(values, groups, strict=True) if h == g]) for g in set(groups)}
    return [v / medians[g] if medians[g] else 1.0 for v, g in zip(values, groups, strict=True)]


def report(name: str, flagged: list[bool], positive: list[bool], reference: list[bool]) -> None:
    tp = sum(f and p for f, p in zip(flagged, positive, strict=True))
    fp = sum(f and not p for f, p in zip(flagged, positive, strict=True))
    fn = sum(p and not f for f, p in zip(flagged, positive, strict=True))
    ref_flags = sum(f for f, r in zip(flagged, reference, strict=True) if r)
    refs = sum(reference)
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    print(
        f"{name:34s} flagged {tp + fp:4d}  P {precision:5.2f}  R {recall:5.2f}  references flagged {ref_flags}/{refs}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--similarity", action="store_true", help="also calibrate low_similarity (encoder)")
    args = parser.parse_args()
    segments = [s for s in load() if len(s.source) >= 40]
    groups = [f"{s.direction}/{s.system}" for s in segments]
    positive = [s.omission for s in segments]
    reference = [s.reference for s in segments]
    print(
        f"{len(segments)} segments of >= 40 source characters, {sum(positive)} gross omissions "
        f"(Major/Critical Omission >= {MIN_OMITTED:.0%} of the source)"
    )
    ratios = relative([len(s.target) / len(s.source) for s in segments], groups)
    for threshold in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
        report(f"short_translation ratio < {threshold}", [r < threshold for r in ratios], positive, reference)
    if not args.similarity:
        return
    from mtqa.embed import get_encoder

    encoder = get_encoder("use-m3")
    sources = encoder.encode([s.source for s in segments])
    targets = encoder.encode([s.target for s in segments])
    similarity = [float(a @ b) for a, b in zip(sources, targets, strict=True)]
    medians = {
        g: statistics.median([v for v, h in zip(similarity, groups, strict=True) if h == g]) for g in set(groups)
    }
    bad = [s.omission or s.critical for s in segments]
    print(
        f"{sum(bad)} segments with a gross omission or a critical accuracy error; "
        f"median similarity {statistics.median(similarity):.2f}"
    )
    for floor in (0.3, 0.4, 0.5):
        for margin in (0.2, 0.3, 0.4):
            flagged = [v < floor and v < medians[g] - margin for v, g in zip(similarity, groups, strict=True)]
            report(f"low_similarity < {floor} & med-{margin}", flagged, bad, reference)


if __name__ == "__main__":
    main()
