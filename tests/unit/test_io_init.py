"""The readers' entry points (mtqa.io): what any file format can do to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io import read_bilingual

DEPTH = 5_000  # deeper than Python's recursion limit
NESTED_CODES = '<g id="1">' * DEPTH + "x" + "</g>" * DEPTH
NESTED_HIGHLIGHTS = "<hi>" * DEPTH + "x" + "</hi>" * DEPTH


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "deep.xlf",
            '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body>'
            f'<trans-unit id="1"><source>{NESTED_CODES}</source><target>y</target></trans-unit></body></file></xliff>',
        ),
        (
            "deep.tmx",
            '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en">'
            f'<seg>{NESTED_HIGHLIGHTS}</seg></tuv><tuv xml:lang="fr"><seg>y</seg></tuv></tu></body></tmx>',
        ),
    ],
)
def test_a_file_nested_deeper_than_the_readers_recurse_is_bad_input(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.\w+: nested too deeply to read"):
        read_bilingual(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [("en.json", "resource file pairs with the same resource file in the other language"), ("a.xlf", "check it alone")],
)
def test_a_bilingual_or_resource_file_given_as_an_article_says_what_it_pairs_with(
    tmp_path: Path, name: str, message: str
) -> None:
    from mtqa.io import read_document

    path = tmp_path / name
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(tmp_path: Path) -> None:
    import os

    from mtqa.io import read_document

    name = os.fsdecode(b"caf\xe9-\xff.txt")
    (tmp_path / name).write_text("Bonjour le monde.\n", encoding="utf-8")
    document = read_document(tmp_path / name)
    assert document.path.endswith("caf\\xe9-\\xff.txt")
    document.path.encode("utf-8")  # a report can be written
