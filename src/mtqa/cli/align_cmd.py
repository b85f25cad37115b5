"""``mtqa align``: align a source article with its translation and print the beads."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mtqa.cli.app import app, user_errors
from mtqa.cli.options import (
    ConfigPath,
    EncoderName,
    NoCache,
    SourceLang,
    TargetLang,
    guard_outputs,
    require_stdout,
    resolve_config,
)
from mtqa.errors import InputError, UsageError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from mtqa.model import Alignment, Bead

ALIGN_SCHEMA_VERSION = 1


class OutputFormat(str, enum.Enum):
    text = "text"
    vecalign = "vecalign"
    json = "json"


@app.command("align")
def align(
    source: Annotated[Path, typer.Argument(help="Source article (text or Markdown).")],
    target: Annotated[Path, typer.Argument(help="Translated article.")],
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    encoder: EncoderName = None,
    presplit: Annotated[
        bool,
        typer.Option("--presplit", help="Inputs hold one sentence a line (no paragraphs); align the lines."),
    ] = False,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f", help="text: readable beads; vecalign: '[0]:[0, 1]' lines; json: the beads as JSON."
        ),
    ] = OutputFormat.text,
    derive_groups: Annotated[
        bool,
        typer.Option(
            "--derive-groups",
            help="With --presplit: derive the vectors of 2-5 line groups from the line vectors, embed none "
            "(fastest; Text+Berg strict F1 0.897 instead of 0.913).",
        ),
    ] = False,
    embed_all_groups: Annotated[
        bool,
        typer.Option(
            "--embed-all-groups",
            help="With --presplit: embed the joined text of every 2-5 line group, as bertalign does (about "
            "ten times the encoding of the default, which embeds only the groups a close alignment uses).",
        ),
    ] = False,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the alignment as JSON here.")] = None,
    no_cache: NoCache = False,
    config_path: ConfigPath = None,
) -> None:
    """Align paragraphs, then sentences, and print one bead per line."""
    with user_errors():
        require_stdout("the beads")
        guard_outputs([source, target], [json_path])
        config = resolve_config(config_path, target, encoder, no_cache)
        from mtqa.embed import get_encoder

        model = get_encoder(config.encoder, cache=config.cache, cache_dir=config.cache_dir)
        if (derive_groups or embed_all_groups) and not presplit:
            raise UsageError(
                "--derive-groups and --embed-all-groups apply to --presplit input (articles derive groups)"
            )
        if derive_groups and embed_all_groups:
            raise UsageError("give --derive-groups or --embed-all-groups, not both")
        if presplit:
            groups = "derived" if derive_groups else "embedded" if embed_all_groups else "refined"
            payload, beads, lines = _align_lines(source, target, model, groups)
        else:
            payload, beads, lines = _align_articles(source, target, source_lang, target_lang, model)
        if json_path is not None:
            from mtqa.report.json_report import write_atomic

            write_atomic(json_path, _dumps(payload))
    if output_format is OutputFormat.json:
        typer.echo(_dumps(payload), nl=False)
    elif output_format is OutputFormat.vecalign:
        for bead in beads:
            typer.echo(vecalign_line(bead))
    else:
        for line in lines:
            typer.echo(line)


def vecalign_line(bead: Bead) -> str:
    """The vecalign / Bleualign gold format: ``[0]:[0, 1]``, ``[3]:[]``."""
    return f"{list(bead.source)}:{list(bead.target)}"


def _align_lines(source: Path, target: Path, model: Any, groups: str) -> tuple[dict[str, Any], list[Bead], list[str]]:
    """Align one-sentence-a-line files. ``groups``: how the vectors of 2-5 line groups are made: embedded
    from the joined lines (bertalign's method), derived from the line vectors (mtqa's shortcut for
    articles), or refined: derived, then embedded for the groups an alignment close to the best one uses
    (the default: the quality of embedding them all at about a tenth of the encoding; bench/align_book.py)."""
    from mtqa.align import REFINE_MARGIN, SENTENCE_PARAMS, align_sentences, alignment_signature
    from mtqa.report.json_report import bead_to_data

    source_lines = _read_lines(source)
    target_lines = _read_lines(target)
    largest = SENTENCE_PARAMS.max_group if groups == "embedded" else 1
    refine = REFINE_MARGIN if groups == "refined" else None
    beads = align_sentences(source_lines, target_lines, model, embed_groups=largest, refine=refine)
    payload: dict[str, Any] = {
        "schema_version": ALIGN_SCHEMA_VERSION,
        "signature": f"{alignment_signature(model)}|groups:{groups}",
        "source": {"path": str(source), "sentences": len(source_lines)},
        "target": {"path": str(target), "sentences": len(target_lines)},
        "alignment": [bead_to_data(bead) for bead in beads],
    }
    return payload, beads, [_text_line(bead, source_lines, target_lines, "") for bead in beads]


def _align_articles(
    source: Path, target: Path, source_lang: str | None, target_lang: str | None, model: Any
) -> tuple[dict[str, Any], list[Bead], list[str]]:
    from mtqa.align import align_documents
    from mtqa.embed.auto import for_languages
    from mtqa.pipeline import load_pair
    from mtqa.report.json_report import alignment_to_dict

    pair = load_pair(source, target, source_lang, target_lang)
    alignment = align_documents(pair.source, pair.target, for_languages(model, pair.source.lang, pair.target.lang))
    source_texts = [sentence.text for sentence in pair.source.sentences]
    target_texts = [sentence.text for sentence in pair.target.sentences]
    payload = alignment_to_dict(pair.source, pair.target, alignment)
    return payload, list(alignment.sentence_beads), _article_lines(alignment, source_texts, target_texts)


def _article_lines(alignment: Alignment, source_texts: Sequence[str], target_texts: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for bead in alignment.beads:
        lines.append(
            f"¶ {bead.kind:<4} {_similarity(bead.similarity)}  paragraphs {list(bead.source)} -> {list(bead.target)}"
        )
        lines.extend(_text_line(sentence, source_texts, target_texts, "  ") for sentence in bead.sentences)
    return lines


def _text_line(bead: Bead, source_texts: Sequence[str], target_texts: Sequence[str], indent: str) -> str:
    left = " ".join(source_texts[i].strip() for i in bead.source) or "∅"
    right = " ".join(target_texts[j].strip() for j in bead.target) or "∅"
    return f"{indent}{bead.kind:<4} {_similarity(bead.similarity)}  {left} | {right}"


def _similarity(value: float | None) -> str:
    return "  —   " if value is None else f"{value:6.3f}"


def _dumps(payload: dict[str, Any]) -> str:
    from mtqa.report.json_report import dumps

    return dumps(payload)


def _read_lines(path: Path) -> list[str]:
    """One sentence a line, as in the vecalign and Bleualign files; a final newline ends the last line."""
    from mtqa.io.text import decode, read_bytes

    text = decode(read_bytes(path), str(path))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not any(line.strip() for line in lines):  # every line would be a 1-0 or 0-1 bead: nothing aligned
        raise InputError(f"{path}: the file is {'empty' if not text else 'only blank lines'} (no text)")
    return lines
