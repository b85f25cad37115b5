"""Source words with no counterpart in their translation: a phrase dropped inside a translated sentence.

The signal is a bilingual lexicon induced from the encoder: every word is embedded alone, and a source
content word counts as rendered when some target word of the same bead is close to it (cosine at least
``match``) or is the same word (a copied name). A run of consecutive source words none of whose
content words is rendered (function words may sit inside the run, a rendered content word ends it)
is a candidate when it holds at least ``min_words`` content words. :func:`deficit` and :func:`without`
give the two tests that make a candidate a finding (``omission.dropped_phrase`` in
:mod:`mtqa.checks.omission`, which holds the thresholds): the translation is short by the run's length,
and the source without the run is closer to the translation than the whole source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mtqa.lang import Language

# words x words -> a matrix of similarities (a numpy array)
Similarity = Callable[[Sequence[str], Sequence[str]], Any]
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Punctuation that closes a sentence or a parenthesis ends a run: the words after it are another unit.
# So does a spaced dash, which sets off a dateline ("WARSAW, Poland – The ...") or an aside.
_BREAK = re.compile(r"[.;:!?()\[\]]|\s[–—]\s")
MIN_LETTERS = 3


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DroppedRun:
    """Consecutive source words whose content words have no counterpart in the target."""

    start: int  # character offsets in the source text
    end: int
    content: tuple[str, ...]  # the unmatched content words
    best: float  # the closest any of them comes to a target word


def words(text: str) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def function_words(language: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in language.data.strings("terminology", "function_words"))


def is_content(word: str, function: frozenset[str]) -> bool:
    return len(word) >= MIN_LETTERS and word.casefold() not in function


def best_matches(
    source: Sequence[Word],
    target: Sequence[Word],
    similarity: Similarity,
) -> list[float]:
    """For every source word, its highest similarity to a target word (1.0 when the word is copied)."""
    if not source:
        return []
    if not target:
        return [0.0] * len(source)
    import numpy as np

    copied = {w.text.casefold() for w in target}
    best = np.asarray(similarity([w.text for w in source], [w.text for w in target])).max(axis=1)
    return [1.0 if w.text.casefold() in copied else float(b) for w, b in zip(source, best, strict=True)]


def dropped_runs(
    text: str,
    source: Sequence[Word],
    best: Sequence[float],
    function: frozenset[str],
    *,
    match: float,
    min_words: int,
) -> list[DroppedRun]:
    """The maximal runs of ``source`` (words of ``text``) whose content words all score below ``match``."""
    runs: list[DroppedRun] = []
    current: list[int] = []  # indices of the run's unmatched content words

    def close() -> None:
        if len(current) >= min_words:
            first, last = source[current[0]], source[current[-1]]
            runs.append(
                DroppedRun(first.start, last.end, tuple(source[i].text for i in current), max(best[i] for i in current))
            )
        current.clear()

    previous_end = 0
    for index, word in enumerate(source):
        if current and _BREAK.search(text, previous_end, word.start):
            close()
        previous_end = word.end
        if not is_content(word.text, function):
            continue
        if best[index] < match:
            current.append(index)
        else:
            close()
    close()
    return runs


def without(text: str, run: DroppedRun) -> str:
    """``text`` with the run cut out: what the translation says if the run was dropped."""
    return f"{text[: run.start].rstrip()} {text[run.end :].lstrip()}".strip()


def deficit(source_chars: int, target_chars: int, run: DroppedRun, ratio: float) -> float:
    """How much shorter the target is than ``ratio`` predicts, in units of the run's own expected length
    (1.0: the translation lacks as many characters as the run would take)."""
    return (source_chars * ratio - target_chars) / max(1.0, (run.end - run.start) * ratio)


def vector_similarity(vectors: Mapping[str, Any]) -> Similarity:
    """A similarity function over words whose unit vectors (numpy rows) are in ``vectors``."""
    import numpy as np

    def similarity(left: Sequence[str], right: Sequence[str]) -> Any:
        # Bead-sized matrices: a multithreaded BLAS call costs more in wake-ups than the product itself.
        return np.einsum("ik,jk->ij", np.stack([vectors[w] for w in left]), np.stack([vectors[w] for w in right]))

    return similarity


def distinct(texts: Iterable[str]) -> list[str]:
    """The distinct words of ``texts``, in first-seen order (what to embed)."""
    return list(dict.fromkeys(m.group() for text in texts for m in _WORD.finditer(text)))
