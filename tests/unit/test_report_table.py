from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from mtqa.errors import UsageError
from mtqa.report import findings_frame, write_findings_table
from mtqa.report.table import COLUMNS
from tests.factories import finding, make_document, make_report


def test_one_row_per_finding_across_articles() -> None:
    frame = findings_frame([make_report(), make_report(findings=[])])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 4
    assert frame["article"].unique().tolist() == ["out/fr/article.txt"]
    assert frame["check"].tolist() == [
        "names.literal_translation",
        "numbers.mismatch",
        "typography.percent_space",
        "omission.paragraph",
    ]
    assert str(frame["target_start"].dtype) == "Int64"
    omission = frame.iloc[3]
    assert pd.isna(omission["target_start"]) and omission["source_start"] == 100
    assert frame.iloc[0]["suggestion"] == "China Daily"


def test_empty_frame_has_the_columns() -> None:
    frame = findings_frame([])
    assert list(frame.columns) == list(COLUMNS)
    assert frame.empty


def test_csv_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out" / "findings.csv"
    write_findings_table([make_report()], path)
    back = pd.read_csv(path)
    assert back["check"].tolist()[0] == "names.literal_translation"
    assert back["excerpt"].tolist()[3] == "Officials in Beijing welcomed the figures."
    assert path.read_bytes().count(b"\r") == 0


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_quoted(tmp_path: Path) -> None:
    # OWASP's CSV injection advice: a cell starting with = + - @ (or tab, CR) is prefixed with a quote.
    text = '=HYPERLINK("http://example.invalid") mardi. +33 1 23 -5 % @ici vu.\n'
    target = make_document(text, "fr.txt", "fr")
    hostile = [
        finding(target, '=HYPERLINK("http://example.invalid")', message="=1+1 is odd", suggestion="@SUM(A1)"),
        finding(target, "+33 1 23", message="-5 lost"),
        finding(target, "mardi."),
    ]
    path = tmp_path / "f.csv"
    write_findings_table([make_report(make_document("On Tuesday.\n"), target, hostile)], path)
    back = pd.read_csv(path, keep_default_na=False)
    assert sorted(back["excerpt"]) == ["'+33 1 23", '\'=HYPERLINK("http://example.invalid")', "mardi."]
    assert sorted(back["message"]) == ["'-5 lost", "'=1+1 is odd", "a message"]
    assert "'@SUM(A1)" in back["suggestion"].tolist()
    frame = findings_frame([make_report(make_document("On Tuesday.\n"), target, hostile)])
    assert '=HYPERLINK("http://example.invalid")' in frame["excerpt"].tolist()  # the table keeps the text


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="pyarrow is not installed")
def test_parquet_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "findings.parquet"
    write_findings_table([make_report()], path)
    back = pd.read_parquet(path)
    assert back["severity"].tolist() == ["major", "critical", "minor", "major"]


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    with pytest.raises(UsageError, match="pyarrow"):
        write_findings_table([make_report()], tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()


@pytest.mark.parametrize("name", ["findings.xlsx", "findings.txt", "findings"])
def test_a_table_name_of_another_format_is_refused_before_writing(tmp_path: Path, name: str) -> None:
    with pytest.raises(UsageError, match=r"\.csv or \.parquet"):
        write_findings_table([make_report()], tmp_path / name)
    assert list(tmp_path.iterdir()) == []
