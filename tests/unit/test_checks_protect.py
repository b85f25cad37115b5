"""Protected spans (code, placeholders, tags) are masked for every check but those comparing markup."""

from __future__ import annotations

from pathlib import Path

from mtqa.checks.protect import MASK, masked
from mtqa.io import read_document
from mtqa.pipeline import Checker
from tests.fakes import BagOfWords


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_masking_keeps_offsets_and_spaces(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path, "g.fr.md", "# Guide\n\nLancez `git log --format=%h:%s` ici.\n"))
    hidden = masked(document)
    assert len(hidden.text) == len(document.text)
    assert hidden.text == f"Guide\n\nLancez {MASK * 4} {MASK * 3} {MASK * 15} ici."  # the backticks too
    assert [p.text for p in hidden.paragraphs] == [hidden.text[p.span.start : p.span.end] for p in hidden.paragraphs]
    plain = "Nothing to hide: here."
    assert masked(read_document(_write(tmp_path, "plain.txt", plain))).text == plain


def test_checks_do_not_look_into_code_but_markup_checks_compare_it(tmp_path: Path) -> None:
    source = _write(tmp_path, "g.en.md", "# Guide\n\nRun `git log --format=%h:%s` and read `{name}` now.\n")
    target = _write(tmp_path, "g.fr.md", "# Guide\n\nLancez `git log --format=%h:%s` et lisez `{nom}` maintenant.\n")
    report = Checker(encoder=BagOfWords()).check(source, target, source_lang="en", target_lang="fr")
    checks = {(f.check, f.excerpt) for f in report.findings}
    # ":" inside the code would be a missing French space; masked, it is not seen ...
    assert not any(check == "typography.french_spacing" for check, _ in checks)
    # ... while the placeholder changed inside the code is still compared, and quoted as written.
    assert ("markup.placeholder", "{nom}") in checks
