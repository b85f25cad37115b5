"""Proper names that the translation renders word by word, or drops.

How it works, without a named-entity model (third-party uploads of spaCy models are a supply-chain
risk, and a dictionary-free method also works on names nobody has seen):

The family is a package: :mod:`.extract` (names of the source), :mod:`.lexicon` (language data and
Babel), :mod:`.renderings` (accepted renderings), :mod:`.literal` (literal renderings), :mod:`.missing`
(missing names) and :mod:`.analysis`, which runs them once per article for both checks.

1. **Names of the source** come from capitalisation: runs of capitalised tokens, with connectors
   inside (``Bank of America``), split at titles (``President``) and day or month names (Babel), a
   sentence-initial word kept only when the article also capitalises it mid-sentence. Headlines in
   title case are skipped, and so are runs of common words written all in capitals (``LIRE AUSSI``:
   emphasis). A person joined to their body by a connector (``Anna Berg of Northfield University``)
   is two names, the body's descriptive (a bank stays whole: ``Royal Bank of Canada`` may be a
   company's). In German every noun is capitalised, so only multi-word runs count there. A public
   body's head keeps its remit after a connector and an article (``Ministry for the Ecological
   Transition``: ``remit_heads``); a portfolio after ``portfolio_titles`` is skipped, all of it where
   every word of a portfolio is capitalised (Spanish ``ministro de Desarrollo Económico``).
2. A name is **rendered correctly** when the aligned target paragraph holds it verbatim (case and
   accents ignored), one of its established renderings (``data/names.toml`` exonym groups in several
   languages, Babel's country, language and city names, the config's ``[names]``), or for a
   descriptive name (its head word is ``Ministry``, ``University``, ``Commission``... which are
   normally translated, after a leading article: ``Le Festival d'Avignon``; or an agency named by its
   field and its country: ``Environment and Climate Change Canada``) anything at all. Provinces,
   states and regions, which Babel lacks, are exonym groups of ``names.toml``. In English, the
   capitalised words right before ``Minister`` or ``Secretary`` are a portfolio, not a name.
3. Otherwise a **literal rendering** is looked for in the aligned target sentences: a capitalised
   target n-gram that is neither in the source nor explained by another name's rendering, whose words
   are not the name's words in the name's order (nor the name's words merely reordered). The n-gram is
   capitalised words joined by connectors (``Tribune du Lac d'Argent``) or, in French, Spanish and
   Italian, sentence case: a capitalised word and lower-case words (``Presse atlantique``, ``Registre
   du matin``), no more words than the name, not opening with an article; a lower-case word that is no
   connector ends the capitalised part (``Feux de forêt en Colombie-Britannique`` is a phrase).
   With an encoder, the best such n-gram is reported
   when its similarity to the name reaches ``LITERAL_SIMILARITY`` (0.5), or ``STEM_SIMILARITY`` (0.4)
   when it also shares a word stem with the name (``Chine``/``China``). The thresholds were set on
   invented and real examples: literal renderings score 0.52-0.98 (``Chine Direct`` 0.60, ``Temps
   financiers`` 0.84, ``Acier Nordique`` 0.64, ``Miroir Quotidien`` 0.52), unrelated capitalised
   words 0.15-0.39 (``Pékin``, ``Washington Post`` for ``China Daily``). A word glued to another with
   a capital (``BlueHarbor``) counts as two capitalised words. Without an encoder only the
   stem rule applies (as many capitalised words as the name, one stem shared, one word new).
4. A **missing name** is a multi-word name, or a one-word name the article capitalises at least twice
   mid-sentence, absent from the target paragraph with none of its words (by stem, a hard ``c`` matching a
   ``k``: ``Confederate``/``Konföderierten``) there either, and not a possessive owning a public body or
   a title (``Germany's health ministry``: the country is left implied or folded into the body's name,
   ``Bundesgesundheitsministerium``), in a 1-1 sentence bead whose similarity is at least
   ``MISSING_MIN_SIMILARITY``: a low similarity means the sentence is omitted or mistranslated, which
   other checks report; so does a bead whose translation is much shorter than the article's length
   ratio predicts (the name went with the rest of its clause: ``names.missing`` defers to
   ``omission.short_translation``). With an encoder, a name that a target n-gram renders by meaning
   (similarity ``TRANSLATED_SIMILARITY``, 0.5: ``Scharfe Regeln``/``règles strictes`` 0.67, ``Capitol
   Hill``... a dropped ``Hanna Lindqvist`` scores 0.27) is translated, not missing; in a language that
   writes compounds (``[traits] compounds``), a word of the article that opens a longer word of the
   sentence is such an n-gram too (``Mailand`` of ``Mailandreisen``, where the article writes ``Mailand``
   alone: the compound as a whole may score below 0.5). A German run (every
   noun is capitalised, so runs such as ``Wahlperiode Ende`` or ``ihr Mann Bestechungsgelder`` span two
   phrases) is also translated when all its words but at most one are rendered by meaning by some target
   n-gram: what is left is one capitalised word, which is no evidence of a name in German.
5. A run that ends with two or more capitalised words kept verbatim in the target is rendered: the
   words before them are a title or a descriptor, which is translated (``House Speaker Nancy
   Pelosi``, ``Landesparteiobmann Norbert Hofer``); a name that keeps its first words and translates
   its head (``Journal de Wall Street``) is still a literal rendering. A candidate that is the name word
   for word and in order, with only its head words (``heads``: ``River``, ``Lake``) translated, is how
   the target names it (``Fluss Wyre`` for ``River Wyre``); ``Air Sommet`` for ``Summit Air`` is not.
   A one-word name rebuilt from its own parts in another order and hyphenated (``Ville-Marchand`` for a
   town ``Marchandville``) is a literal rendering too: no correct rendering moves a name's letters around.
6. **Between scripts** (:mod:`.scripts`, ``names.translated_across_scripts``), where capitals and
   spelling say nothing, a company's, a brand's or a newspaper's name is judged word by word by sound
   (romanised with anyascii, a consonant key) and by sense (a common target word nearest in meaning by
   the encoder): ``Steppe Analytics`` -> ``Степная аналитика`` is rendered by sense. Descriptive names,
   places and names that no word marks as a company's or a publication's are left alone, except a
   one-word name that the translation transliterates elsewhere in the article and replaces in one
   sentence by capitalised common words that render nothing else of the source (the town ``Сокол`` is
   ``Sokol`` twice and ``Falcon`` once). In Japanese
   (:mod:`.japanese`, ``names.japanese_in_katakana``), a Japanese person's name written in katakana in
   the English order, where the article writes such names in kanji.
7. **Diacritics** (:mod:`.diacritics`, ``names.lost_diacritics``): a name word of the source written
   without its marks (``Zak`` for ``Žák``) in a language that writes the lost letters itself (CLDR), or
   in a translation that keeps another name's marks.
8. **Misspelt surnames** (:mod:`.misspelt`, ``names.misspelt``): the last word of a person's name
   written with a letter or two changed while the words before it are kept (``Thierry Valon`` for
   ``Thierry Vallon``), unless the difference is an ending, accents alone or a transcription habit.
"""

from __future__ import annotations

from collections.abc import Iterable

from mtqa.checks.base import Check, CheckContext, CheckInfo, Scope, SentencePair, fails, passes
from mtqa.checks.names.analysis import analyse_names
from mtqa.checks.names.diacritics import stripped_names
from mtqa.checks.names.japanese import katakana_japanese_names
from mtqa.checks.names.kept import kept_exonyms
from mtqa.checks.names.misspelt import misspelt_names
from mtqa.checks.names.order import source_order_names
from mtqa.checks.names.persons import person_words
from mtqa.checks.names.renderings import name_text
from mtqa.checks.names.replaced import replaced_names
from mtqa.checks.names.scripts import meaning_renderings, renderings_beside_transliterations
from mtqa.model import Finding


class LiteralTranslation(Check):
    """A proper name rendered word by word (``China Daily`` -> ``Chine Direct``)."""

    info = CheckInfo(
        id="names.literal_translation",
        category="name",
        severity="major",
        description="A proper name of the source (newspaper, company, person...) is translated word by word.",
        requires=("same_script",),
        failing=(
            fails("China Daily reported it on Tuesday.", "Chine Direct l'a rapporté mardi.", finds="Chine Direct"),
            fails(
                "Shares of Nordic Steel rose after the deal.",
                "Die Aktien von Nordischer Stahl stiegen nach dem Geschäft.",
                finds="Nordischer Stahl",
                target_lang="de",
            ),
        ),
        passing=(
            passes("The Washington Post reported it.", "Le Washington Post l'a rapporté."),
            passes("The Swiss Red Cross sent aid.", "La Croix-Rouge suisse a envoyé de l'aide."),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for result in context.analysis(analyse_names).literal:
            name = name_text(context, result.name)
            yield self.finding(
                context,
                f"{name!r} is a proper name; the translation renders it as {result.candidate.text!r}",
                target_span=result.candidate.span,
                source_span=result.name.span,
                suggestion=name,
            )


class MissingName(Check):
    """A person or organisation name of the source is absent from an otherwise aligned translation."""

    info = CheckInfo(
        id="names.missing",
        category="name",
        severity="major",
        description="A proper name of the source sentence does not appear in its translation.",
        requires=("same_script",),
        defers_to=("omission.short_translation",),
        failing=(
            fails(
                "Marta Kowalczyk, an engineer at Pinewood Robotics, presented the prototype.",
                "Ingénieure chez Pinewood Robotics, elle a présenté le prototype.",
                finds="Ingénieure chez Pinewood Robotics, elle a présenté le prototype.",
            ),
        ),
        passing=(
            passes(
                "Marta Kowalczyk, an engineer at Pinewood Robotics, presented the prototype.",
                "Marta Kowalczyk, ingénieure chez Pinewood Robotics, a présenté le prototype.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for result in context.analysis(analyse_names).missing:
            name = name_text(context, result.name)
            yield self.finding(
                context,
                f"the name {name!r} of the source does not appear in the translation of its sentence",
                source_span=result.name.span,
                target_span=result.where,
                suggestion=name,
            )


class TranslatedAcrossScripts(Check):
    """A name rendered by what its words mean where the translation is in another script
    (``Steppe Analytics`` -> ``Степная аналитика``): see :mod:`.scripts`."""

    info = CheckInfo(
        id="names.translated_across_scripts",
        category="name",
        severity="major",
        description=(
            "Between two scripts, a company, brand or newspaper name is rendered by what its words mean"
            " instead of transliterated or kept, or a name the article transliterates elsewhere is."
        ),
        requires=("encoder",),
        failing=(
            fails(
                "Shares of Harbor Logistics rose after the deal.",
                "Акции компании «Портовая логистика» выросли после сделки.",
                finds="Портовая логистика",
                target_lang="ru",
            ),
        ),
        passing=(
            passes(
                "Shares of Harbor Logistics rose after the deal.",
                "Акции компании «Харбор Лоджистикс» выросли после сделки.",
                target_lang="ru",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        by_meaning = context.analysis(meaning_renderings)
        taken = [r.span for r in by_meaning]
        beside = [
            r
            for r in context.analysis(renderings_beside_transliterations)
            if not any(r.span.overlaps(s) for s in taken)
        ]
        for result in (*by_meaning, *beside):
            name = name_text(context, result.name)
            yield self.finding(
                context,
                f"{name!r} is a proper name; the translation renders it by meaning as {result.text!r}"
                " instead of transliterating or keeping it",
                target_span=result.span,
                source_span=result.name.span,
                suggestion=name,
            )


class KatakanaJapaneseName(Check):
    """A Japanese person's name written in katakana, given name first (``サチコ・ヒラノ``): see
    :mod:`.japanese`."""

    info = CheckInfo(
        id="names.japanese_in_katakana",
        category="name",
        severity="minor",
        description=(
            "In a Japanese translation, a Japanese person's name is written in katakana in the English order"
            " where the article writes such names in kanji, family name first."
        ),
        failing=(
            fails(
                "Kenji Morikawa, the mayor, met Haruka Tanabe on Friday.",
                "金曜日、森川健二市長はハルカ・タナベと会談した。",
                finds="ハルカ・タナベ",
                target_lang="ja",
            ),
        ),
        passing=(
            passes(
                "Kenji Morikawa, the mayor, met Haruka Tanabe on Friday.",
                "金曜日、森川健二市長は田辺遥と会談した。",
                target_lang="ja",
            ),
            passes(
                "Kenji Morikawa, the mayor, met Tina Romano on Friday.",
                "金曜日、森川健二市長はティナ・ロマーノと会談した。",
                target_lang="ja",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for result in context.analysis(katakana_japanese_names):
            name = name_text(context, result.name)
            yield self.finding(
                context,
                f"{name!r} reads as a Japanese name; the translation writes it in katakana in the English order"
                f" ({result.text!r}) where the article writes Japanese names in kanji, family name first",
                target_span=result.span,
                source_span=result.name.span,
            )


class PersonWordByMeaning(Check):
    """A word of a person's name translated as a common word (``Light Marina Cárdenas`` for ``Luz
    Marina Cárdenas``, ``Kim Sky`` for ``김하늘``): see :mod:`.persons`."""

    info = CheckInfo(
        id="names.person_by_meaning",
        category="name",
        severity="major",
        description=(
            "A given name or surname that is also a common word is translated by its meaning while the"
            " rest of the person's name is kept."
        ),
        requires=("encoder",),
        failing=(
            fails(
                "La jueza Paz Quintero Ferrán leyó la sentencia el martes.",
                "Judge Peace Quintero Ferrán read the ruling on Tuesday.",
                finds="Peace Quintero Ferrán",
                source_lang="es",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "La jueza Paz Quintero Ferrán leyó la sentencia el martes.",
                "Judge Paz Quintero Ferrán read the ruling on Tuesday.",
                source_lang="es",
                target_lang="en",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        found = context.analysis(person_words)
        if not found:
            return
        # The same words reported by the literal or across-scripts checks are one artefact.
        if _same_script(context):
            taken = [r.candidate.span for r in context.analysis(analyse_names).literal]
        else:
            taken = [r.span for r in context.analysis(meaning_renderings)]
        for result in found:
            if any(result.target.overlaps(span) for span in taken):
                continue
            yield self.finding(
                context,
                f"{result.word!r} translates the name word {result.source_word!r} as a common word; a person's"
                f" name is kept or transliterated, not translated ({result.text!r})",
                target_span=result.target,
                source_span=result.source,
                suggestion=None,
            )


def _same_script(context: CheckContext) -> bool:
    from mtqa.lang.script import dominant_script

    return dominant_script(context.source.text) == dominant_script(context.target.text)


class LostDiacritics(Check):
    """A name written without the diacritics the target language writes itself: see :mod:`.diacritics`."""

    info = CheckInfo(
        id="names.lost_diacritics",
        category="name",
        severity="minor",
        description=(
            "A name of the source is written without its diacritics (`Zak` for `Žák`) in a language that"
            " writes those letters itself."
        ),
        scope=Scope.SENTENCE,
        requires=("same_script",),
        failing=(
            fails(
                "Striker Tomasz Łęcki scored twice.",
                "Napastnik Tomasz Lecki strzelił dwa gole.",
                finds="Lecki",
                target_lang="pl",
            ),
        ),
        passing=(
            passes(
                "Striker Tomasz Łęcki scored twice.",
                "Napastnik Tomasz Łęcki strzelił dwa gole.",
                target_lang="pl",
            ),
            passes("Ana Pérez scored twice.", "Ana Perez scored twice.", source_lang="es", target_lang="en"),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        for result in stripped_names(context, pair):
            yield self.finding(
                context,
                f"{result.word!r} is written without its diacritics",
                target_span=result.span,
                source_span=result.source_span,
                suggestion=result.word,
            )


class MisspeltSurname(Check):
    """A surname written with a letter or two changed while the rest of the name is kept: see
    :mod:`.misspelt`."""

    info = CheckInfo(
        id="names.misspelt",
        category="name",
        severity="major",
        description=(
            "A person's surname is written with a letter or two changed (`Anna Bergmann` for `Anna Berkmann`)"
            " while the rest of the name is kept as in the source."
        ),
        requires=("same_script",),
        # A part of the name rendered by meaning ("Davies-Prix" for "Davies-Price") is that check's.
        defers_to=("names.person_by_meaning", "names.lost_diacritics"),
        failing=(
            fails(
                "The ruling was read by judge Marta Kowalczyk on Tuesday.",
                "La sentence a été lue mardi par la juge Marta Kowalczak.",
                finds="Kowalczak",
            ),
        ),
        passing=(
            passes(
                "The ruling was read by judge Marta Kowalczyk on Tuesday.",
                "La sentence a été lue mardi par la juge Marta Kowalczyk.",
            ),
            passes(
                "President Volodymyr Zelensky spoke on Tuesday.",
                "Le président Volodymyr Zelenski s’est exprimé mardi.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for result in context.analysis(misspelt_names):
            yield self.finding(
                context,
                f"the surname {result.source_word!r} is written {result.word!r}",
                target_span=result.span,
                source_span=result.source_span,
                suggestion=result.source_word,
            )


class KeptExonym(Check):
    """A place name kept in the source language's form where the target language has its own: see
    :mod:`.kept`."""

    info = CheckInfo(
        id="names.kept_exonym",
        category="name",
        severity="minor",
        description=(
            "A place name is kept in the source language's form (`à Sitten`) where the target language has"
            " an established name of its own (`Sion`)."
        ),
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Die Kantonsregierung in Sitten prüft das Urteil.",
                "Le gouvernement cantonal à Sitten examine l’arrêt.",
                finds="Sitten",
                source_lang="de",
                target_lang="fr",
            ),
        ),
        passing=(
            passes(
                "Die Kantonsregierung in Sitten prüft das Urteil.",
                "Le gouvernement cantonal à Sion examine l’arrêt.",
                source_lang="de",
                target_lang="fr",
            ),
            passes("Officials in Beijing said so.", "Les responsables à Beijing l’ont dit."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        for result in kept_exonyms(context, pair):
            yield self.finding(
                context,
                f"{result.word!r} is the source language's name; the translation's language writes "
                + " or ".join(repr(form) for form in result.forms[:3]),
                target_span=result.span,
                suggestion=result.forms[0],
            )


class ReplacedKeptName(Check):
    """A name the translation keeps as written elsewhere, replaced in one paragraph by another word: see
    :mod:`.replaced`."""

    info = CheckInfo(
        id="names.replaced_kept_name",
        category="name",
        severity="major",
        description=(
            "A name the translation keeps as written elsewhere is translated or respelt in one paragraph"
            " (`Højderyg 3L` where the title keeps `Ridgeline 3L`), or transliterated where it keeps it in"
            " Latin letters (`Ντριφτ 2` beside `Drift 2`: product, interface and documentation texts), or half"
            " translated beside its other word kept in Latin letters (`Lumora Наставник` for `Lumora Mentor`)."
        ),
        failing=(
            fails(
                "The Summitline 2X tent.\n\nThe Summitline 2X weighs 2 kg.",
                "La tente Summitline 2X.\n\nLa Ligne-de-crête 2X pèse 2 kg.",
                finds="Ligne-de-crête",
            ),
            fails(
                "La poêle Élégance de Lunor.\n\nLa poêle Élégance chauffe vite.",
                "The Lunor Élégance pan.\n\nThe Elegance pan heats fast.",
                finds="Elegance",
                source_lang="fr",
                target_lang="en",
                config={"profile": "product"},
            ),
            fails(
                "Lumora 3 Watch\n\nAfter a workout, the Lumora Mentor app suggests a rest.",
                "Часы Lumora 3\n\nПосле тренировки приложение Lumora Наставник предлагает отдых.",
                finds="Наставник",
                target_lang="ru",
                config={"profile": "product"},
            ),
        ),
        passing=(
            passes(
                "The Summitline 2X tent.\n\nThe Summitline 2X weighs 2 kg.",
                "La tente Summitline 2X.\n\nLa Summitline 2X pèse 2 kg.",
            ),
            passes(
                "The Summitline 2X tent.\n\nThe Summitline 2X weighs 2 kg.",
                "La tente Summitline 2X.\n\nElle pèse 2 kg.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for result in context.analysis(replaced_names):
            kept = (
                f"the name '{result.beside} {result.name}' keeps {result.beside!r} as written, but"
                f" {result.name!r} is translated as {result.word!r}"
                if result.beside
                else f"the name {result.name!r}, kept as written elsewhere in the translation, is {result.word!r} here"
            )
            yield self.finding(
                context,
                kept,
                target_span=result.span,
                source_span=result.source_span,
                suggestion=result.name,
            )


class SourceNameOrder(Check):
    """A person's name left in the source's order where the target language writes the family name
    first (Hungarian "Váradi Eszter"): see :mod:`.order`."""

    info = CheckInfo(
        id="names.name_order",
        category="name",
        severity="minor",
        description=(
            "A person's name kept given name first (`Zsófia Kertész`) where the target language writes its"
            " people's family name first (Hungarian `Kertész Zsófia`)."
        ),
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The architect Zsófia Kertész designed the new library.",
                "Az új könyvtárat Zsófia Kertész építész tervezte.",
                finds="Zsófia Kertész",
                target_lang="hu",
            ),
        ),
        passing=(
            passes(
                "The architect Zsófia Kertész designed the new library.",
                "Az új könyvtárat Kertész Zsófia építész tervezte.",
                target_lang="hu",
            ),
            passes(
                "The architect Anna Smith designed the new library.",
                "Az új könyvtárat Anna Smith építész tervezte.",
                target_lang="hu",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        for found in source_order_names(context, pair):
            yield self.finding(
                context,
                f"this language writes the family name first: {found.family} {found.given}",
                target_span=found.span,
                suggestion=f"{found.family} {found.given}",
            )


CHECKS: tuple[type[Check], ...] = (
    LiteralTranslation,
    MissingName,
    TranslatedAcrossScripts,
    KatakanaJapaneseName,
    LostDiacritics,
    PersonWordByMeaning,
    MisspeltSurname,
    KeptExonym,
    ReplacedKeptName,
    SourceNameOrder,
)
