from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from mtqa.errors import InputError
from mtqa.model import Alignment, ArticleEstimate, Bead, ParagraphBead, Quality
from mtqa.report import dumps, report_to_dict, report_to_json, write_atomic
from mtqa.report.json_report import alignment_to_dict
from tests.factories import default_alignment, finding, make_report


def test_top_level_contract() -> None:
    data = report_to_dict(make_report())
    assert list(data) == ["schema_version", "tool", "signature", "source", "target", "summary", "alignment", "findings"]
    assert data["schema_version"] == 1
    assert data["tool"] == {"name": "mtqa", "version": "0.1.0"}
    assert list(data["source"]) == ["path", "lang", "sha256", "paragraphs", "words"]
    assert data["source"]["path"] == "src/en/article.txt"
    assert data["target"]["paragraphs"] == 2
    assert list(data["summary"]) == [
        "quality_score",
        "mqm_penalty_per_1000_words",
        "mean_similarity",
        "estimate",
        "findings",
        "passed",
    ]
    assert data["summary"]["estimate"] is None  # a report made without the estimate
    assert list(data["summary"]["findings"]) == ["critical", "major", "minor"]


def test_findings_follow_the_contract_and_are_sorted() -> None:
    report = make_report()
    data = report_to_dict(report)
    first = data["findings"][0]
    assert list(first) == [
        "check",
        "category",
        "severity",
        "mqm",
        "message",
        "excerpt",
        "target_span",
        "source_span",
        "target_paragraph",
        "source_paragraph",
        "suggestion",
        "target_location",
        "source_location",
    ]
    assert first["target_span"] == {"start": 0, "end": 12}
    assert first["target_location"] == {"line": 1, "column": 1, "end_line": 1, "end_column": 13, "unit": None}
    assert first["source_location"] is None
    assert first["source_span"] is None
    assert first["mqm"] == "Accuracy/Mistranslation"
    # Target-anchored findings by position, then the source-only omission.
    assert [f["check"] for f in data["findings"]] == [
        "names.literal_translation",
        "numbers.mismatch",
        "typography.percent_space",
        "omission.paragraph",
    ]
    omission = data["findings"][-1]
    assert omission["target_span"] is None and omission["source_span"] == {"start": 100, "end": 142}


def test_output_does_not_depend_on_finding_order() -> None:
    report = make_report()
    shuffled = replace(report, findings=tuple(reversed(report.findings)))
    assert report_to_json(report) == report_to_json(shuffled)


def test_alignment_beads_and_rounding() -> None:
    report = make_report()
    beads = (
        ParagraphBead((0,), (0,), 0.912345678, (Bead((0,), (0,), 0.98765432),)),
        ParagraphBead((1,), (), None, ()),
        ParagraphBead((), (1,), float("nan"), ()),
    )
    report = replace(report, alignment=Alignment(beads, "align:test"))
    data = report_to_dict(report)
    assert data["alignment"][0] == {
        "source": [0],
        "target": [0],
        "similarity": 0.9123,
        "quality": None,
        "sentences": [{"source": [0], "target": [0], "similarity": 0.9877, "quality": None}],
    }
    assert data["alignment"][1] == {
        "source": [1],
        "target": [],
        "similarity": None,
        "quality": None,
        "sentences": [],
    }
    assert data["alignment"][2]["similarity"] is None  # NaN is not JSON


def test_beads_and_summary_carry_the_estimate() -> None:
    report = make_report()
    quality = Quality(61.23456, 1.234567, (("similarity", -0.51234), ("copy_rate", 0.25)), ("copy_rate",))
    beads = (ParagraphBead((0,), (0,), 0.9, (Bead((0,), (0,), 0.9, quality=quality),), quality=quality),)
    estimate = ArticleEstimate(penalty_per_1000_words=42.456, score=71.654)
    report = replace(report, alignment=Alignment(beads), summary=replace(report.summary, estimate=estimate))
    data = report_to_dict(report)
    expected = {
        "score": 61.23,
        "penalty": 1.2346,
        "features": {"similarity": -0.5123, "copy_rate": 0.25},
        "drivers": ["copy_rate"],
    }
    assert data["alignment"][0]["quality"] == expected
    assert data["alignment"][0]["sentences"][0]["quality"] == expected
    assert data["summary"]["estimate"] == {"mqm_per_1000_words": 42.46, "score": 71.65}


def test_the_align_json_has_no_estimate() -> None:
    report = make_report()
    data = alignment_to_dict(report.source, report.target, report.alignment)
    assert all("quality" not in bead for bead in data["alignment"])


def test_summary_rounding() -> None:
    report = make_report()
    summary = replace(report.summary, quality_score=87.456, mqm_penalty_per_1000_words=12.3456, mean_similarity=0.81237)
    data = report_to_dict(replace(report, summary=summary))
    assert data["summary"]["quality_score"] == 87.46
    assert data["summary"]["mqm_penalty_per_1000_words"] == 12.35
    assert data["summary"]["mean_similarity"] == 0.8124


def test_json_text_is_stable_unicode_with_trailing_newline() -> None:
    report = make_report()
    text = report_to_json(report)
    assert text.endswith("}\n")
    accented = make_report(findings=[finding(report.target, "économie")])
    assert '"excerpt": "économie"' in report_to_json(accented)  # ensure_ascii=False: readable
    assert "Chine Direct" in text
    assert json.loads(text) == report_to_dict(report)
    assert text == report_to_json(make_report())


def test_dumps_rejects_nan_rather_than_writing_invalid_json() -> None:
    with pytest.raises(ValueError):
        dumps({"x": float("nan")})


def test_write_atomic_creates_parents_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "report.json"
    write_atomic(path, "first\n")
    write_atomic(path, "second ü\n")
    assert path.read_bytes() == "second ü\n".encode()
    assert [p.name for p in path.parent.iterdir()] == ["report.json"]


def test_write_atomic_accepts_bytes(tmp_path: Path) -> None:
    write_atomic(tmp_path / "x.bin", b"\x00\x01")
    assert (tmp_path / "x.bin").read_bytes() == b"\x00\x01"


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.json"
    path.write_text("old\n")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(InputError, match="No space left"):
        write_atomic(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_write_atomic_not_durable_skips_only_the_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.json"
    path.write_text("old\n")
    flushed: list[int] = []
    monkeypatch.setattr(os, "fsync", flushed.append)
    write_atomic(path, "new\n", durable=False)
    assert path.read_text() == "new\n" and flushed == []
    write_atomic(path, "newer\n")
    assert path.read_text() == "newer\n" and len(flushed) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_write_atomic_into_a_file_path_is_a_domain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(InputError):
        write_atomic(blocker / "report.json", "x")


def test_write_atomic_keeps_a_symbolic_link_and_replaces_its_file(tmp_path: Path) -> None:
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("old\n")
    link.symlink_to(real.name)
    write_atomic(link, "new\n")
    assert link.is_symlink()
    assert real.read_text() == "new\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_write_atomic_writes_through_a_named_pipe_instead_of_replacing_it(tmp_path: Path) -> None:
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, ["a", "b\n"])
    reader.join(timeout=10)
    assert received == [b"ab\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_default_alignment_factory_has_gaps() -> None:
    report = make_report()
    kinds = [bead.kind for bead in default_alignment(report.source, report.target).beads]
    assert kinds == ["1-1", "1-1", "1-0"]


def test_importing_mtqa_report_imports_neither_pandas_nor_jinja2() -> None:
    code = (
        "import sys, mtqa.report, mtqa.score; "
        "heavy = [m for m in ('pandas', 'jinja2', 'rich') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_write_atomic_within_a_report_folder_replaces_a_link_and_leaves_its_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.html").symlink_to(victim)
    write_atomic(out / "a.html", "<!DOCTYPE html>\n", within=out)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (out / "a.html").is_symlink() and (out / "a.html").read_text(encoding="utf-8") == "<!DOCTYPE html>\n"


def test_write_atomic_within_a_report_folder_refuses_a_linked_subfolder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "news").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(InputError, match="a symbolic link in the report folder"):
        write_atomic(out / "news" / "a.html", "x", within=out)
    with pytest.raises(InputError, match="not inside the report folder"):
        write_atomic(out / ".." / "a.html", "x", within=out)
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "a.html").exists()


def test_a_genre_other_than_news_is_recorded_after_the_signature() -> None:
    data = report_to_dict(replace(make_report(), profile="product", profile_inferred=True))
    assert list(data)[:4] == ["schema_version", "tool", "signature", "profile"]
    assert data["profile"] == {"name": "product", "inferred": True}
    assert "profile" not in report_to_dict(replace(make_report(), profile="news", profile_inferred=True))


def _json_values() -> SearchStrategy[object]:
    from enum import IntEnum

    class Level(IntEnum):
        LOW = 1

    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(),
        st.just(Level.LOW),  # an int subclass: json.dumps decides how it prints
    )
    return st.recursive(
        leaves,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.lists(children, max_size=4).map(tuple),
            st.dictionaries(st.one_of(st.text(), st.integers(), st.booleans()), children, max_size=4),
        ),
        max_leaves=30,
    )


@settings(max_examples=400, deadline=None)
@given(_json_values())
def test_dumps_writes_what_json_dumps_writes(value: object) -> None:
    try:
        expected = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:  # NaN or infinity: the same error
        with pytest.raises(ValueError):
            dumps(value)
        return
    assert dumps(value) == expected


def test_dumps_of_a_report_is_json_dumps_of_its_dict() -> None:
    data = report_to_dict(make_report())  # findings, spans, an estimate: every kind of field
    assert dumps(data) == json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
