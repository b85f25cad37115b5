"""Languages and scripts: does a clean translation stay clean, are planted artefacts found?

    python bench/encoder_languages.py [--encoder use-m3 --encoder e5-small --encoder auto]
        [--lang ru --lang zh ...] [--reverse] [-v]

For each translation in bench/languages/ (cs, da, el, fi, hu, ro, sv, uk: none among use-m3's 16 training
languages; ru, zh, ja, ko, ar, tr: other scripts and typography) it checks the clean article and a copy with
five planted artefacts, and prints per encoder: the paragraph beads aligned 1-1 (the gold is 5/5), the
findings on the clean translation (all false), the planted artefacts found, and the findings on the planted
copy beyond them. ``--reverse`` checks the translation as the source and the English article (planted) as
the target; ``-v`` prints each false or extra finding and each artefact missed. Asserts nothing.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtqa import ArticleReport, Checker

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "languages"
# The planted artefacts and the checks that report each: a sentence cut in two is a mid-sentence stop
# where letters have case, and can only be a fragment where they have none (Chinese, Japanese, Arabic,
# Korean: no lower-case word follows the stop).
PLANTED = {
    "stray full stop": {"punctuation.stray"},
    "sentence cut in two": {"sentence_boundary.mid_sentence_stop", "sentence_boundary.fragment"},
    "changed number": {"numbers.mismatch"},
    "sentence left untranslated": {"untranslated.copied_sentence"},
    "doubled word": {"repetition.word"},
}
_PLANTED_CHECKS = frozenset().union(*PLANTED.values())


# Chinese and Japanese write no spaces between words and end sentences with "。": there the planted
# artefacts are what MT makes of them in that typography. A doubled token is a word written twice with
# nothing between ("会谈会谈"); a sentence cut in two is a clause-ending comma ("，", "、") turned into a full stop
# ("据《中国日报》报道。会谈", "によると。会談": the clause before it cannot stand alone); a stray stop
# is a doubled "。". The token doubled is named per language: without a word segmenter the bench cannot
# find one, and a doubled character ("会会") would be a different artefact.
UNSPACED_TOKEN = {"zh": "会谈", "ja": "会談"}
_LAST_SENTENCE = re.compile(r"(?<=[.!?]) [^.!?]+[.!?]$")
_LAST_SENTENCE_UNSPACED = re.compile(r"(?<=[。！？])[^。！？]+[。！？]$")


ENGLISH_SENTENCE = "Others are less optimistic."


def plant(text: str, lang: str = "", copied: str = ENGLISH_SENTENCE) -> str:
    """The translation with the five artefacts of ``PLANTED``, one per paragraph; ``copied`` is the
    sentence left untranslated (a source sentence: English, or the source language in reverse)."""
    if lang in UNSPACED_TOKEN:
        return _plant_unspaced(text, UNSPACED_TOKEN[lang], copied)
    paragraphs = text.strip().split("\n\n")
    paragraphs[0] = paragraphs[0].rstrip() + " ."
    words = paragraphs[1].split(" ")
    words[4] += "."
    paragraphs[1] = " ".join(words)
    paragraphs[2] = _change_number(paragraphs[2])
    paragraphs[3] = _LAST_SENTENCE.sub(" " + copied, paragraphs[3])
    words = paragraphs[4].split(" ")
    words.insert(3, words[2])
    paragraphs[4] = " ".join(words)
    return "\n\n".join(paragraphs)


def _plant_unspaced(text: str, token: str, copied: str) -> str:
    paragraphs = text.strip().split("\n\n")
    paragraphs[0] = paragraphs[0].rstrip() + "。"
    paragraphs[1] = re.sub("[，、]", "。", paragraphs[1], count=1)
    paragraphs[2] = _change_number(paragraphs[2])
    paragraphs[3] = _LAST_SENTENCE_UNSPACED.sub(copied, paragraphs[3])
    paragraphs[4] = paragraphs[4].replace(token, token * 2, 1)
    return "\n\n".join(paragraphs)


def _last_sentence(text: str, lang: str) -> str:
    """The last sentence of the fourth paragraph, the one the plant leaves untranslated."""
    paragraph = text.strip().split("\n\n")[3]
    pattern = _LAST_SENTENCE_UNSPACED if lang in UNSPACED_TOKEN else _LAST_SENTENCE
    match = pattern.search(paragraph)
    if match is None:
        raise ValueError(f"no last sentence in {paragraph!r}")
    return match.group().strip()


def _change_number(paragraph: str) -> str:
    """ "25" becomes "52" (Arabic-Indic digits: "٢٥" becomes "٥٢")."""
    for before, after in (("25", "52"), ("٢٥", "٥٢")):
        if before in paragraph:
            return paragraph.replace(before, after, 1)
    raise ValueError(f"no 25 to change in {paragraph!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", action="append")
    parser.add_argument("--lang", action="append", help="only these translations (default: all)")
    parser.add_argument("--reverse", action="store_true", help="the translation as source, English as target")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each false or extra finding")
    args = parser.parse_args()
    from mtqa import Checker, Config

    english = (DATA / "en.txt").read_text(encoding="utf-8")
    languages = args.lang or sorted(path.stem for path in DATA.glob("*.txt") if path.stem != "en")
    print(f"{'encoder':<10} {'lang':<5} {'1-1':>4} {'clean: false findings':<40} {'planted':>7}  extra findings")
    for name in args.encoder or ["use-m3", "e5-small", "auto"]:
        checker = Checker(Config(encoder=name))
        totals = [0, 0, 0, 0]
        for lang in languages:
            translation = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
            pair = ("en", english, lang, translation)
            reports = [_check(checker, pair, args.reverse, planted) for planted in (False, True)]
            ones = sum(1 for bead in reports[0].alignment.beads if len(bead.source) == len(bead.target) == 1)
            fired = {f.check for f in reports[1].findings}
            found = sum(1 for checks in PLANTED.values() if checks & fired)
            extra = [f for f in reports[1].findings if f.check not in _PLANTED_CHECKS]
            false = list(reports[0].findings)
            totals = [totals[0] + ones, totals[1] + len(false), totals[2] + found, totals[3] + len(extra)]
            false_text = ", ".join(f.check for f in false) or "-"
            extra_text = ", ".join(f.check for f in extra) or "-"
            label = f"{lang}>en" if args.reverse else lang
            print(f"{name:<10} {label:<5} {ones:>2}/5 {false_text:<40} {found:>5}/5  {extra_text}")
            if args.verbose:
                for artefact, checks in PLANTED.items():
                    if not checks & fired:
                        print(f"    missed: {artefact}")
                for kind, finding in [("false", f) for f in false] + [("extra", f) for f in extra]:
                    print(f"    {kind}: {finding.check}: {finding.message} [{finding.excerpt}]")
        count = len(languages)
        print(
            f"{name:<10} {'all':<5} {totals[0]:>2}/{5 * count} false findings {totals[1]}, planted found "
            f"{totals[2]}/{5 * count}, extra {totals[3]}\n"
        )


def _check(checker: Checker, pair: tuple[str, str, str, str], reverse: bool, planted: bool) -> ArticleReport:
    from mtqa.io.text import document_from_text

    english_lang, english, lang, translation = pair
    if reverse:
        source, source_lang, target, target_lang = translation, lang, english, english_lang
    else:
        source, source_lang, target, target_lang = english, english_lang, translation, lang
    if planted:
        target = plant(target, target_lang, _last_sentence(source, source_lang) if reverse else ENGLISH_SENTENCE)
    return checker.check(
        document_from_text(source, f"{source_lang}.txt"),
        document_from_text(target, f"{target_lang}.txt"),
        source_lang=source_lang,
        target_lang=target_lang,
    )


if __name__ == "__main__":
    main()
