"""False friends: a source word rendered by the target word that looks like it and means something else.

French "éventuellement" (possibly) is not "eventually", German "aktuell" (current) is not "actually",
Spanish "librería" (bookshop) is no "library": an engine that copies the shape of the word keeps the
sentence fluent and close to its source in an encoder's eyes. The pairs are listed per language pair in
``[terminology.false_friends.<target code>]`` of the source language's ``data/lang/<code>.toml``: a
source word (lower case, whole word) and the target words that are its false friends. Only pairs whose
look-alike is wrong in nearly every sentence are listed (not French "location", which may be a place).

A finding needs the source word in a source sentence and one of its false friends in the target sentence
that corresponds to it one to one, the source sentence not holding that look-alike itself (a quoted
word), nor a word that the look-alike renders rightly (``[terminology.false_friend_senses.<target code>]``:
"Actually, we are currently closed" may say "actuellement" for "currently"). German "bekommen" is no
false friend of "become" here: it renders "get", which sentences holding "become" often hold too. A
sentence pair without a listed source word costs one regular-expression search: the gate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from mtqa.checks._textutil import alternation
from mtqa.checks.base import Check, CheckContext, CheckInfo, Scope, SentencePair, fails, paired_sentences, passes
from mtqa.lang import Language
from mtqa.model import Finding, Span


@dataclass(frozen=True)
class _Table:
    gate: re.Pattern[str] | None  # any listed source word, as a whole word
    friends: Mapping[str, tuple[str, ...]]  # source word -> its false friends (lower case)
    senses: Mapping[str, tuple[str, ...]]  # false friend -> source words it renders rightly


@cache
def _table(source: Language, target: Language) -> _Table:
    listed = source.data.table_of("terminology", "false_friends").get(target.code, {})
    friends = {str(k).lower(): tuple(str(v).lower() for v in values) for k, values in dict(listed).items()}
    if not friends:
        return _Table(None, {}, {})
    senses = source.data.table_of("terminology", "false_friend_senses").get(target.code, {})
    gate = re.compile(rf"(?<![\w'’-])({alternation(friends)})(?![\w'’-])", re.IGNORECASE)
    return _Table(gate, friends, {str(k).lower(): tuple(str(v) for v in values) for k, values in dict(senses).items()})


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?:{alternation(words)})(?![\w'’-])", re.IGNORECASE)


class FalseFriend(Check):
    info = CheckInfo(
        id="terminology.false_friend",
        category="mistranslation",
        severity="major",
        description="A source word rendered by its look-alike that means something else (French "
        "`éventuellement` as `eventually`, German `aktuell` as `actually`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Le club envisage éventuellement de vendre le stade.",
                "The club is eventually considering selling the stadium.",
                finds="eventually",
                source_lang="fr",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "Le club envisage éventuellement de vendre le stade.",
                "The club may consider selling the stadium.",
                source_lang="fr",
                target_lang="en",
            ),
            passes(
                "Le club a finalement vendu le stade.",
                "The club eventually sold the stadium.",
                source_lang="fr",
                target_lang="en",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        table = _table(context.source_language, context.target_language)
        if table.gate is None:
            return
        for source, target in paired_sentences(pair):
            for match in table.gate.finditer(source.text):
                word = match.group(1).lower()
                friends = _word_pattern(table.friends[word])
                if friends.search(source.text):
                    continue  # the source writes the look-alike too: a quoted or foreign word
                found = friends.search(target.text)
                if found is None:
                    continue
                rightly = table.senses.get(found.group().lower(), ())
                if rightly and _word_pattern(rightly).search(source.text):
                    continue  # the source says what the look-alike means too ("Actually, we are currently …")
                start = target.span.start + found.start()
                yield self.finding(
                    context,
                    f"{found.group()!r} looks like the source's {match.group(1)!r} but means something else",
                    target_span=Span(start, start + len(found.group())),
                    source_span=Span(source.span.start + match.start(1), source.span.start + match.end(1)),
                )
