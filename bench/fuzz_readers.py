"""Coverage-guided fuzzing of the readers with atheris (Google's libFuzzer for Python, Apache-2.0).

    pip install atheris==3.0.0          # not a project dependency; a wheel for CPython 3.11 on Linux
    python bench/fuzz_readers.py -max_total_time=600 -rss_limit_mb=4096 [corpus-dir]

Each input's first byte chooses a reader (XLIFF, TMX, PO, CSV, TSV, JSONL, Markdown, HTML, a YAML or
JSON resource, SubRip, WebVTT); the rest is the file. A reader must return a document or raise
:class:`mtqa.errors.InputError` with a one-line message; anything else is a crash that atheris
reports with the input that caused it. Seed inputs are the test fixtures (``tests/data``).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from mtqa.errors import InputError
    from mtqa.io.html import parse_html
    from mtqa.io.markdown import parse_markdown
    from mtqa.io.po import parse_po
    from mtqa.io.resource import read_resource
    from mtqa.io.subtitles import parse_subtitles
    from mtqa.io.tabular import parse_csv, parse_jsonl
    from mtqa.io.tmx import parse_tmx
    from mtqa.io.xliff import parse_xliff

_TMP = Path(tempfile.mkdtemp(prefix="mtqa-fuzz-"))


def _resource(suffix: str) -> Callable[[bytes, str], object]:
    def read(data: bytes, name: str) -> object:
        path = _TMP / f"r{suffix}"
        path.write_bytes(data)
        return read_resource(path)

    return read


READERS: list[Callable[[bytes, str], object]] = [
    parse_xliff,
    lambda d, n: parse_tmx(d, n, source_lang="en", target_lang="fr"),
    parse_po,
    parse_csv,
    lambda d, n: parse_csv(d, n, delimiter="\t"),
    parse_jsonl,
    parse_markdown,
    parse_html,
    _resource(".yml"),
    _resource(".json"),
    parse_subtitles,
    lambda d, n: parse_subtitles(d, n + ".vtt"),
]


def test_one_input(data: bytes) -> None:
    if not data:
        return
    reader = READERS[data[0] % len(READERS)]
    try:
        reader(data[1:], "fuzz")
    except InputError as error:
        if "\n" in str(error):
            raise AssertionError(f"multi-line error message: {error!r}") from None


def seed_corpus(folder: Path) -> None:
    """Write the test fixtures as seeds, each prefixed with the byte of its reader."""
    root = Path(__file__).resolve().parents[1] / "tests" / "data"
    by_suffix = {".xlf": 0, ".tmx": 1, ".po": 2, ".csv": 3, ".tsv": 4, ".jsonl": 5, ".md": 6, ".html": 7}
    by_suffix |= {".srt": 10, ".vtt": 11}
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(root.rglob("*")):
        if path.suffix in by_suffix and path.stat().st_size < 20_000:
            (folder / f"seed-{path.name}").write_bytes(bytes([by_suffix[path.suffix]]) + path.read_bytes())


if __name__ == "__main__":
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    if corpus:
        seed_corpus(Path(corpus[0]))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
