"""How common a word is in a language: word frequencies from wordfreq, read once per process.

wordfreq (code Apache-2.0; its data CC-BY-SA 4.0, used as installed, not copied into mtqa) ships
frequency lists of about 40 languages built from subtitles, Wikipedia, news, books and the web, so a
word's frequency says whether it is a word of the language at all and how common it is there. mtqa uses
the lists as they are installed: the large list where wordfreq has one (``fr``, ``de``, ``en`` …), the
small one (words down to about one in a million) elsewhere; for a language wordfreq does not know, or
without wordfreq, :func:`lexicon` is None and the checks that need one say nothing.

The values are Zipf frequencies: ``log10`` of a word's frequency per billion words (``le`` 7.4,
``maison`` 5.2, a word seen once in a million words 3.0); 0 for a word the list does not have. Keys are
lower case, with typographic apostrophes made plain.

A large list held as a dict of its words costs about 100 bytes a word (66 MiB for German's 634,502
words), the largest single term of a folder run's memory; it is held instead as the words' sorted hashes
beside their frequency buckets, 10 bytes a word, looked up by bisection. Python's string hash differs
between processes (PYTHONHASHSEED), so a lexicon is rebuilt, not copied, in another process (``__reduce__``). Two of a
list's words share a 64-bit hash with a probability of about 10^-8, and a word the list lacks takes
another's frequency with about 3·10^-14.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from mtqa.lang.tag import Language

# Zipf frequency of a word once in a billion words: the lists' floor.
_FLOOR = 0.0
# The look-up index's slices: 65,536 of them, about ten words each in the largest lists.
_INDEX_BITS = 16


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The word frequencies of one language."""

    code: str
    _hashes: array[int]  # sorted, one per distinct word of the list
    _buckets: array[int]  # at the same position: the word's Zipf frequency is 9 - bucket/100
    # Where the hashes of each value of their top _INDEX_BITS bits start (one more entry: the end): a
    # look-up bisects the few hashes of its key's slice, not the whole list (each step of a bisection
    # of an array makes an int object: 20 steps for 634,502 words, 4 in a slice).
    _starts: array[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        import numpy as np

        hashes = np.frombuffer(self._hashes, dtype=np.int64) if len(self._hashes) else np.zeros(0, np.int64)
        bounds = (np.arange(1 << _INDEX_BITS, dtype=np.int64) - (1 << (_INDEX_BITS - 1))) << (64 - _INDEX_BITS)
        starts = np.append(np.searchsorted(hashes, bounds, side="left"), len(hashes)).astype(np.int64)
        object.__setattr__(self, "_starts", array("q", starts.tobytes()))

    @classmethod
    def from_buckets(cls, code: str, buckets: Iterable[Sequence[bytes]]) -> Lexicon:
        """A lexicon from wordfreq's bucketed list (bucket i: the words of Zipf frequency 9 - i/100, as
        UTF-8 bytes), read one bucket at a time; a word listed twice keeps its most frequent bucket."""
        import numpy as np

        parts, sizes = [], []
        for words in buckets:
            # map, not a generator calling _hash: the same hashes without a Python call per word. The
            # words come as the bytes _hash hashes, so no list is decoded and encoded again (the build
            # is a fixed cost of every worker process).
            parts.append(np.fromiter(map(hash, words), np.int64, len(words)))
            sizes.append(len(words))
        hashes = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        del parts
        indexes = np.repeat(np.arange(len(sizes), dtype=np.uint16), sizes)
        # Sorted by hash alone (quicksort: a stable sort of 634,502 hashes cost four times as much); a word
        # listed twice keeps its smallest bucket index, its most frequent bucket.
        order = np.argsort(hashes)
        hashes, indexes = hashes[order], indexes[order]
        first = np.ones(len(hashes), dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        starts = np.flatnonzero(first)
        kept = np.minimum.reduceat(indexes, starts) if len(starts) else indexes[:0]
        return cls(code, array("q", hashes[first].tobytes()), array("H", kept.astype(np.uint16).tobytes()))

    def zipf(self, word: str) -> float:
        """The Zipf frequency of ``word`` (any case); 0 when the language's list does not have it."""
        return self.zipf_of_key(word_key(word))

    def zipf_of_key(self, key: int) -> float:
        """:meth:`zipf` of the word whose :func:`word_key` is ``key``: a word looked up in two languages'
        lexicons is folded and hashed once."""
        hashes, starts = self._hashes, self._starts
        top = (key >> (64 - _INDEX_BITS)) + (1 << (_INDEX_BITS - 1))
        position = bisect_left(hashes, key, starts[top], starts[top + 1])
        if position < len(hashes) and hashes[position] == key:
            return round(9 - self._buckets[position] / 100, 2)
        return _FLOOR

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._position(word) >= 0

    def __len__(self) -> int:
        return len(self._hashes)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return _rebuilt, (self.code,)

    def _position(self, word: str) -> int:
        wanted = word_key(word)
        top = (wanted >> (64 - _INDEX_BITS)) + (1 << (_INDEX_BITS - 1))
        position = bisect_left(self._hashes, wanted, self._starts[top], self._starts[top + 1])
        return position if position < len(self._hashes) and self._hashes[position] == wanted else -1


def word_key(word: str) -> int:
    """What a lexicon looks ``word`` up by (any case, typographic apostrophes made plain): the same in
    every language's lexicon."""
    return _hash(word.casefold().replace("’", "'"))


def _hash(word: str) -> int:
    # Of the UTF-8 bytes: CPython hashes a str's internal buffer, so 'n0' and 'の' (bytes 6e 30 in one and
    # two bytes a character) hash alike, and wordfreq's lists hold both.
    return hash(word.encode())


def _rebuilt(code: str) -> Lexicon | None:
    return lexicon(Language.parse(code))


@cache
def lexicon(language: Language) -> Lexicon | None:
    """The lexicon of ``language``; None when wordfreq is not installed or does not know the language."""
    path = word_lists().get(language.code)
    return None if path is None else Lexicon.from_buckets(language.code, _buckets(path))


@cache
def word_lists() -> dict[str, str]:
    """wordfreq's list file of each language, the large list where there is one: what
    ``wordfreq.available_languages("best")`` answers, without importing wordfreq (with langcodes and ftfy
    that costs ~0.25 s of every worker process, and only its data files are used here)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    found: dict[str, dict[str, str]] = {"small": {}, "large": {}}
    for path in folder.glob("*.msgpack.gz"):
        kind, _, code = path.name.split(".")[0].partition("_")
        if not path.name.startswith("_") and kind in found:
            found[kind][code] = str(path)
    return {**found["small"], **found["large"]}


def _buckets(path: str) -> Iterator[list[bytes]]:
    """The word lists of a wordfreq file, one bucket at a time.

    wordfreq's own reader (``get_frequency_list``) decodes the whole file at once: 634,502 strings for
    German, about 70 MiB at their peak, a high-water mark a folder run keeps (freed small objects do not go
    back to the system). Read as a stream, only one bucket's words (at most ~9,000) live at a time. The
    format is the one ``wordfreq.read_cBpack`` documents: a gzipped msgpack list, a header, then the buckets.
    """
    import gzip

    import msgpack

    with gzip.open(path, "rb") as stream:
        # raw: the words stay the UTF-8 bytes of the file, which is what the lexicon hashes.
        unpacker = msgpack.Unpacker(stream, raw=True)
        count = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get(b"format") != b"cB" or header.get(b"version") != 1:
            raise ValueError(f"unexpected wordfreq file header {header!r} in {path}")
        for _ in range(count - 1):
            yield unpacker.unpack()
