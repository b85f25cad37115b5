"""Word frequencies of a language (wordfreq)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.lang import Language
from mtqa.lang.lexicon import Lexicon, _buckets, lexicon, word_key, word_lists


def test_common_words_are_common_and_foreign_words_rare() -> None:
    english, french = lexicon(Language.parse("en")), lexicon(Language.parse("fr"))
    assert english is not None and french is not None
    assert french.zipf("maison") > 4.5 > english.zipf("maison")
    assert english.zipf("powerful") - french.zipf("powerful") > 1.5
    assert french.zipf("Maison") == french.zipf("maison")
    assert french.zipf("aujourd’hui") == french.zipf("aujourd'hui") > 4
    assert "maison" in french and "xqzvwrt" not in french and french.zipf("xqzvwrt") == 0.0


def test_a_language_wordfreq_does_not_know_has_no_lexicon() -> None:
    assert lexicon(Language.parse("eu")) is None
    assert lexicon(Language.parse("und")) is None


def test_every_word_keeps_its_most_frequent_bucket_and_look_alike_buffers_stay_apart() -> None:
    # 'n0' and 'の' have the same internal bytes (6e 30) in CPython, hence the same str hash.
    buckets = [["le"], ["n0", "maison"], [], ["の", "le"]]
    words = Lexicon.from_buckets("xx", [[word.encode() for word in bucket] for bucket in buckets])
    assert len(words) == 4
    assert words.zipf("LE") == 9.0 and words.zipf("n0") == 8.99 == words.zipf("maison")
    assert words.zipf("の") == 8.97 and words.zipf("absent") == 0.0 and "absent" not in words


def test_a_word_listed_in_many_buckets_keeps_the_first_whatever_the_sort_order() -> None:
    # Many words sharing buckets, one listed in every other bucket: the sort is not stable, the kept
    # bucket must still be the word's first.
    buckets = [[f"w{i}".encode(), f"w{i + 1}".encode()] + ([b"haus"] if i % 2 else []) for i in range(300)]
    words = Lexicon.from_buckets("xx", buckets)
    assert len(words) == 302
    assert words.zipf("Haus") == 8.99 and words.zipf("w0") == 9.0 and words.zipf("w300") == 6.01


def test_the_sliced_look_up_finds_every_word_and_no_other() -> None:
    # 20,000 words over 100 buckets: a look-up bisects one slice of the hashes, which must hold the word.
    buckets = [[f"mot{i}-{j}".encode() for j in range(200)] for i in range(100)]
    words = Lexicon.from_buckets("xx", buckets)
    assert len(words) == 20_000
    for i in range(0, 100, 7):
        for j in range(0, 200, 13):
            assert words.zipf(f"MOT{i}-{j}") == round(9 - i / 100, 2) and f"mot{i}-{j}" in words
    assert all(words.zipf(f"mot{i}-x") == 0.0 and f"mot{i}-x" not in words for i in range(500))
    empty = Lexicon.from_buckets("xx", [])
    assert len(empty) == 0 and empty.zipf("mot") == 0.0 and "mot" not in empty


def test_a_word_key_looks_a_word_up_in_any_lexicon() -> None:
    english, german = lexicon(Language.parse("en")), lexicon(Language.parse("de"))
    assert english is not None and german is not None
    for word in ("Haus", "house", "l’homme", "Straße", "xqzvwrt"):
        key = word_key(word)
        assert english.zipf_of_key(key) == english.zipf(word) and german.zipf_of_key(key) == german.zipf(word)
    assert german.zipf_of_key(word_key("HAUS")) > english.zipf_of_key(word_key("haus"))


def test_a_lexicon_means_the_same_in_another_process_with_another_hash_seed() -> None:
    script = (
        "import pickle, sys; from mtqa.lang import Language; from mtqa.lang.lexicon import lexicon;"
        "french = pickle.loads(sys.stdin.buffer.read()); print(french.zipf('maison'), len(french))"
    )
    french = lexicon(Language.parse("fr"))
    assert french is not None
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-c", script], input=pickle.dumps(french), capture_output=True, env=environment, check=True
    )
    assert done.stdout.decode().split() == [str(french.zipf("maison")), str(len(french))]


def test_the_lists_read_one_bucket_at_a_time_are_wordfreqs_lists() -> None:
    from wordfreq import available_languages, get_frequency_list

    path = available_languages("best")["vi"]
    streamed = _buckets(path)
    assert not isinstance(streamed, list)
    assert [[word.decode() for word in bucket] for bucket in streamed] == get_frequency_list.__wrapped__("vi", "best")


def test_the_list_files_are_the_ones_wordfreq_would_read() -> None:
    from wordfreq import available_languages

    assert word_lists() == available_languages("best")
    assert "de" in word_lists() and "large_de" in word_lists()["de"]


def test_a_lexicon_is_built_without_importing_wordfreq() -> None:
    # wordfreq's import (langcodes' data, ftfy) was a quarter of a second of every worker process.
    script = (
        "import sys; from mtqa.lang import Language; from mtqa.lang.lexicon import lexicon;"
        "assert lexicon(Language.parse('fr')).zipf('maison') > 4; print('wordfreq' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    assert done.stdout.decode().split() == ["False"]


def test_a_file_that_is_not_a_wordfreq_list_is_refused(tmp_path: Path) -> None:
    import gzip

    import msgpack

    path = tmp_path / "other.msgpack.gz"
    path.write_bytes(gzip.compress(msgpack.packb([{"format": "other"}, ["word"]])))
    with pytest.raises(ValueError, match="unexpected wordfreq file header"):
        list(_buckets(str(path)))
