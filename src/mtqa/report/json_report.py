"""The JSON report (schema_version 1, see DESIGN.md) and the atomic writer every output uses."""

from __future__ import annotations

import json
import math
import os
import stat
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from json.encoder import encode_basestring as _string  # json's own (C) string writer
from pathlib import Path
from typing import Any, BinaryIO

from mtqa.errors import InputError
from mtqa.model import (
    Alignment,
    ArticleEstimate,
    ArticleReport,
    Bead,
    Document,
    Finding,
    InputIssue,
    ParagraphBead,
    Quality,
    Span,
)
from mtqa.report.common import SEVERITIES_WORST_FIRST, sorted_findings

SCHEMA_VERSION = 1


def report_to_dict(report: ArticleReport) -> dict[str, Any]:
    """The report as plain JSON data, keys in the documented order, floats rounded."""
    summary = report.summary
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "mtqa", "version": report.tool_version},
        "signature": str(report.signature),
        # Present only for a genre other than news (docs/profiles.md), so that news reports keep their bytes.
        **(
            {"profile": {"name": report.profile, "inferred": report.profile_inferred}}
            if report.profile != "news"
            else {}
        ),
        "source": _document(report.source),
        "target": _document(report.target),
        "summary": {
            "quality_score": _round(summary.quality_score, 2),
            "mqm_penalty_per_1000_words": _round(summary.mqm_penalty_per_1000_words, 2),
            "mean_similarity": _round(summary.mean_similarity, 4),
            "estimate": estimate_to_dict(summary.estimate),
            "findings": {severity: summary.findings.get(severity, 0) for severity in SEVERITIES_WORST_FIRST},
            "passed": summary.passed,
        },
        "alignment": alignment_to_data(report.alignment, quality=True),
        "findings": [
            finding_to_dict(finding, report.source, report.target) for finding in sorted_findings(report.findings)
        ],
        # Present only when a check crashed (``--keep-going``) or could not run, so that reports of
        # complete runs keep their shape.
        **(
            {
                "checks_not_run": [
                    {"check": e.check, "message": e.message, "crashed": e.crashed} for e in report.check_errors
                ]
            }
            if report.check_errors
            else {}
        ),
        # Present only for bilingual files with problems of their own (empty units, states, fuzzy entries).
        **({"input_issues": [issue_to_dict(i) for i in report.input_issues]} if report.input_issues else {}),
    }
    if report.reference_scores:  # only with --reference, so reports without one keep their bytes
        data["reference_metrics"] = [
            {
                "name": score.name,
                "label": score.label,
                "score": _round(score.score, 4),
                "signature": score.signature,
                "segments": score.segments,
                "unit": score.unit,
            }
            for score in report.reference_scores
        ]
    return data


def issue_to_dict(issue: InputIssue) -> dict[str, Any]:
    where = issue.location
    return {
        "kind": issue.kind,
        "message": issue.message,
        "unit": issue.unit,
        "side": issue.side,
        "location": None if where is None else {"line": where.line, "column": where.column},
    }


def finding_to_dict(finding: Finding, source: Document | None = None, target: Document | None = None) -> dict[str, Any]:
    """A finding as JSON data; with the documents, also where its spans are in the files
    (``target_location``/``source_location``: 1-based lines, code-point columns, unit id)."""
    data = {
        "check": finding.check,
        "category": finding.category,
        "severity": finding.severity,
        "mqm": finding.mqm,
        "message": finding.message,
        "excerpt": finding.excerpt,
        "target_span": _span(finding.target_span),
        "source_span": _span(finding.source_span),
        "target_paragraph": finding.target_paragraph,
        "source_paragraph": finding.source_paragraph,
        "suggestion": finding.suggestion,
    }
    if source is not None and target is not None:
        data["target_location"] = _location(target, finding.target_span)
        data["source_location"] = _location(source, finding.source_span)
    return data


def _location(document: Document, span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    start, end = document.locate_span(span)
    return {
        "line": start.line,
        "column": start.column,
        "end_line": end.line,
        "end_column": end.column,
        "unit": start.unit,
    }


def dumps(data: Any) -> str:
    """Stable JSON text: insertion order kept, UTF-8 as is, 2-space indent, trailing newline.

    The text is ``json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)``. With an indent,
    ``json`` takes its pure-Python encoder, whose nested generators cost about 1 ms an article; reports
    hold only dicts with string keys, lists, strings, numbers, booleans and None, which
    :func:`_indented` writes the same way in one pass. Anything else goes to ``json.dumps`` itself."""
    parts: list[str] = []
    try:
        _indented(data, "\n", parts, 0)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    parts.append("\n")
    return "".join(parts)


class _NotPlain(Exception):
    """A value :func:`_indented` leaves to ``json.dumps`` (which writes it, or raises its own error)."""


# Deeper than this is no report: json.dumps then finds the circular reference, if that is what it is.
_DEPTH = 100


def _indented(value: Any, newline: str, parts: list[str], depth: int) -> None:
    """Append the JSON text of ``value`` as ``json.dumps(indent=2, ensure_ascii=False)`` writes it at the
    nesting whose line break and indent is ``newline``. Only exact built-in types: a subclass (an enum,
    a numpy float) might print otherwise, so it raises :class:`_NotPlain` as a NaN or infinity does."""
    kind = type(value)
    if kind is dict or kind is list or kind is tuple:
        if not value:
            parts.append("{}" if kind is dict else "[]")
            return
        if depth > _DEPTH:
            raise _NotPlain
        inner = newline + "  "
        separator = ("{" if kind is dict else "[") + inner
        items = value.items() if kind is dict else ((None, item) for item in value)
        for key, item in items:
            parts.append(separator)
            if kind is dict:
                if type(key) is not str:
                    raise _NotPlain
                parts.append(_string(key))
                parts.append(": ")
            item_kind = type(item)
            if item_kind is str:
                parts.append(_string(item))
            elif item_kind is int or item_kind is float or item is None or item_kind is bool:
                parts.append(_scalar(item))
            else:
                _indented(item, inner, parts, depth + 1)
            separator = "," + inner
        parts.append(newline + ("}" if kind is dict else "]"))
    elif kind is str:
        parts.append(_string(value))
    else:
        parts.append(_scalar(value))


def _scalar(value: Any) -> str:
    kind = type(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _NotPlain


def report_to_json(report: ArticleReport) -> str:
    return dumps(report_to_dict(report))


def write_atomic(
    path: str | os.PathLike[str],
    data: str | bytes | Iterable[str],
    *,
    within: Path | None = None,
    durable: bool = True,
) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part.

    ``data`` may be text in pieces (an iterator), written as they come: a run-wide report of any size
    never has to be held in memory whole.

    The text goes to a temporary file in the same folder (same file system, so the final
    ``os.replace`` is atomic), which is flushed to disk first; parent folders are created. Text is
    written as UTF-8 with newlines untranslated, so output is byte-identical across platforms.

    A symbolic link is kept: the file it points to is replaced. A path that is not a regular file
    (``/dev/stdout``, a named pipe, a device) is written to directly, as ``cat > path`` would: replacing
    it would put a plain file where the pipe or device was.

    ``within`` names a folder mtqa owns (``--out``) that ``path`` lies in: nothing there is written
    through. A symbolic link (or pipe, device) at ``path`` is replaced by the new file, its target left
    alone; a symbolic link among the folders between ``within`` and ``path`` is refused
    (:class:`~mtqa.errors.InputError`), as the report would land outside ``within``.

    ``durable=False`` skips the flush to disk: the file still appears whole or not at all to readers,
    but a power cut may leave it empty. A folder run's per-article reports are written so: the flush
    cost 3.5 ms of waiting a file (two files an article, a quarter of a warm run's time per article),
    and ``--resume`` checks again any report it cannot read.
    """
    given = Path(path)
    if within is not None:
        target = owned_path(within, given)
    elif _is_special(given):
        _write_through(given, data)
        return
    else:
        target = Path(os.path.realpath(given))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise InputError(f"{given}: cannot write: {error.strerror or error}") from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            _write_pieces(stream, data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        # mkstemp creates the file for its owner only: give it the mode the file had, or the one a new
        # file gets under the user's umask (0o666 less the umask), as any other tool would.
        temporary.chmod(_mode_for(target))
        temporary.replace(target)
    except BaseException as error:
        with suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise InputError(f"{given}: cannot write: {error.strerror or error}") from None
        raise


def owned_path(folder: Path, path: Path) -> Path:
    """``path``, checked to lie in ``folder`` with no symbolic link among the folders between them; a
    :class:`~mtqa.errors.InputError` otherwise. ``folder`` itself may be a link (the user gave it)."""
    try:
        inside = path.relative_to(folder)
    except ValueError:
        raise InputError(f"{path}: not inside the report folder {folder}") from None
    if not inside.parts or ".." in inside.parts:
        raise InputError(f"{path}: not inside the report folder {folder}")
    here = folder
    for part in inside.parts[:-1]:
        here = here / part
        if here.is_symlink():
            raise InputError(
                f"{here}: a symbolic link in the report folder; mtqa does not write through links there: "
                "remove it or give another --out"
            )
    if path.is_dir() and not path.is_symlink():
        raise InputError(f"{path}: a folder stands where the report goes; remove it or give another --out")
    return path


def _is_special(path: Path) -> bool:
    """An existing path that is neither a regular file nor a folder (follows symbolic links)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_through(path: Path, data: str | bytes | Iterable[str]) -> None:
    try:
        with path.open("wb") as stream:
            _write_pieces(stream, data)
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from None


def _write_pieces(stream: BinaryIO, data: str | bytes | Iterable[str]) -> None:
    if isinstance(data, str | bytes):
        stream.write(data.encode("utf-8") if isinstance(data, str) else data)
    else:
        for piece in data:
            stream.write(piece.encode("utf-8"))


ALIGNMENT_SCHEMA_VERSION = 1


def alignment_to_dict(source: Document, target: Document, alignment: Alignment) -> dict[str, Any]:
    """The ``mtqa align`` JSON of an article pair: the same beads as in the check report."""
    return {
        "schema_version": ALIGNMENT_SCHEMA_VERSION,
        "signature": alignment.signature,
        "source": _side(source),
        "target": _side(target),
        "alignment": alignment_to_data(alignment),
    }


def alignment_to_data(alignment: Alignment, *, quality: bool = False) -> list[dict[str, Any]]:
    """The beads as JSON data; with ``quality`` (check reports), each bead's estimate too."""
    return [_paragraph_bead(bead, quality) for bead in alignment.beads]


def bead_to_data(bead: Bead, *, quality: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "source": list(bead.source),
        "target": list(bead.target),
        "similarity": _round(bead.similarity, 4),
    }
    if quality:
        data["quality"] = quality_to_dict(bead.quality)
    return data


def quality_to_dict(quality: Quality | None) -> dict[str, Any] | None:
    """A bead's estimate: score 0-100, expected MQM points, the features and the drivers (worst first)."""
    if quality is None:
        return None
    return {
        "score": _round(quality.score, 2),
        "penalty": _round(quality.penalty, 4),
        "features": {name: _round(value, 4) for name, value in quality.features},
        "drivers": list(quality.drivers),
    }


def estimate_to_dict(estimate: ArticleEstimate | None) -> dict[str, Any] | None:
    """The article's estimate: expected MQM penalty per 1,000 words and its score (None without one)."""
    if estimate is None:
        return None
    return {
        "mqm_per_1000_words": _round(estimate.penalty_per_1000_words, 2),
        "score": _round(estimate.score, 2),
    }


def _mode_for(target: Path) -> int:
    with suppress(OSError):
        mode = target.lstat().st_mode  # a link being replaced lends no mode: the new file is a new file
        if stat.S_ISREG(mode):
            return stat.S_IMODE(mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _document(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "lang": document.lang,
        "sha256": document.sha256,
        "paragraphs": len(document.paragraphs),
        "words": document.word_count,
    }


def _side(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "lang": document.lang,
        "paragraphs": len(document.paragraphs),
        "sentences": len(document.sentences),
    }


def _paragraph_bead(bead: ParagraphBead, quality: bool) -> dict[str, Any]:
    return {
        **bead_to_data(bead, quality=quality),
        "sentences": [bead_to_data(sentence, quality=quality) for sentence in bead.sentences],
    }


def _span(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end}


def _round(value: float | None, digits: int) -> float | None:
    """Round for stable output; NaN or infinity (never valid JSON) becomes null."""
    if value is None or not math.isfinite(value):
        return None
    rounded = round(float(value), digits)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in reports
