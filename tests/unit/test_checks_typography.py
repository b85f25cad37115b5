"""Golden table and properties of the typography family."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from tests.checks_helpers import STRESS_ALPHABET, assert_matches_as_before, assert_robust, failing_ids, findings_for

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "china-us-ai-talks"

SPACING = "typography.french_spacing"
PERCENT = "typography.percent_space"
APOSTROPHE = "typography.apostrophe_style"
QUOTES = "typography.quote_style"
DOUBLE = "typography.double_space"
QUOTE_STOP = "typography.quote_punctuation"
DOUBLE_HYPHEN = "typography.double_hyphen"
UNKNOWN = "typography.unknown_character"
SEPARATORS = "typography.number_separators"
CALENDAR = "typography.calendar_case"
SIGN = "typography.sign_space"
NBSP, NNBSP = "\u00a0", "\u202f"

# (source, target, target language, expected failing check ids of the family); the source is English
# unless the target is, then French.
CASES = [
    # typography.french_spacing
    ("He said: no.", "Il a dit: non.", "fr", {SPACING}),
    ("Why?", "Pourquoi?", "fr", {SPACING}),
    ('"Hello"', f"«Bonjour{NBSP}»", "fr", {SPACING}),
    ("He said: no. Why?", f"Il a dit : non. Pourquoi{NNBSP}? Et alors{NNBSP}?", "fr", {SPACING}),
    # a publisher that types plain spaces throughout: its convention, not an artefact
    ("He said: no. Why?", "Il a dit : « non ». Pourquoi ? Et alors ?", "fr", set()),
    ("He said: no.", "Il a dit : non.", "fr", set()),
    ("He said: no.", f"Il a dit{NBSP}: non{NNBSP}; et alors{NNBSP}?!", "fr", set()),
    ("At 10:30, a 3:1 ratio.", "À 10:30, un ratio de 3:1.", "fr", set()),
    ("See https://example.com/a:b?c=d.", "Voir https://example.com/a:b?c=d.", "fr", set()),
    ("He said: no.", "Er sagte: nein.", "de", set()),
    ('"Hello"', f"«{NBSP}Bonjour{NNBSP}»", "fr", set()),
    # typography.percent_space
    ("38% of voters", f"38% des votants, 40{NNBSP}% des élus", "fr", {PERCENT}),
    ("38% of voters", f"38 % des votants, 40{NNBSP}% des élus, 2{NNBSP}% des maires", "fr", {PERCENT}),
    ("38% of voters", "38 % des votants, 40 % des élus", "fr", set()),
    ("38% of voters", f"38{NNBSP}% des votants", "fr", set()),
    ("38% der Wähler", "38% of voters", "en", set()),
    # typography.apostrophe_style
    ("AI and the State agree.", "L'IA et l'État s'accordent sur l’essentiel.", "fr", {APOSTROPHE}),
    ("AI and the State agree.", "L’IA et l’État s’accordent.", "fr", set()),
    ("Das geht nicht.", "It's not what they're doing.", "en", set()),
    ("Das geht nicht.", "It's the ‘right’ thing.", "en", set()),
    # typography.quote_style
    ('"a" and "b"', f"«{NBSP}a{NBSP}» et “b”, puis «{NBSP}c{NBSP}».", "fr", {QUOTES}),
    ('"a"', 'Il a dit "oui".', "fr", {QUOTES}),
    ('"a"', 'Er sagte "ja".', "de", {QUOTES}),
    ('"a"', "Elle a écrit “enfin une balance précise”.", "fr", {QUOTES}),  # English marks open the quotation
    ('"a"', f"«{NBSP}Il a dit “oui”{NBSP}».", "fr", set()),
    ('"a"', "Er sagte „ja“, dann »nein« und „vielleicht“.", "de", {QUOTES}),
    ('"a"', "Er sagte „ja“ und „nein“.", "de", set()),
    # English “…” in German and Greek (Greek quotes with « »): the source's marks kept
    ('"a"', "Der Modus “Eco Plus” spart Strom.", "de", {QUOTES}),
    ('"a"', "Der Modus »Eco Plus« spart Strom.", "de", set()),
    ('"a"', "Η λειτουργία “Eco Plus” εξοικονομεί ενέργεια.", "el", {QUOTES}),
    ('"a"', "Η λειτουργία «Eco Plus» εξοικονομεί ενέργεια.", "el", set()),
    ("« a »", 'He said "yes."', "en", set()),
    ("'stupid mistake'", "Der Chef nennt die Kampagne 'dummen Fehler'.", "de", {QUOTES}),
    # a lone straight quotation mark (the quotation goes on in another paragraph) is straight style too
    ('Tokayev. "Sport knows no borders.', 'Tokajew. "Sport kennt keine Grenzen.', "de", {QUOTES}),
    ("a 12-inch screen", 'ein 12" Bildschirm', "de", set()),  # an inch mark
    ("the economy is strong", 'l"économie est forte', "fr", set()),  # a mistyped apostrophe
    ('Tokayev. "Sport knows no borders.', "Tokajew. „Sport kennt keine Grenzen.", "de", set()),
    ("It's rock 'n' roll.", "Es ist Rock 'n' Roll, so geht's.", "de", set()),
    ("the players' union", "Er sagte „ja“ und ging's an.", "de", set()),
    # one paragraph with two quotations in a style against two paragraphs with one each in another
    ('"a"', '"Hola", dijo. "Adiós", añadió.\n\n«Sí».\n\n«No».', "es", {QUOTES}),
    ('"a"', '"Hola", dijo.\n\n«Sí».', "es", {QUOTES}),  # a tie: Spanish prefers « »
    ('"a"', "«Ciao», disse.\n\n“Sì”.", "it", {QUOTES}),
    ('"a"', "«Hola», dijo.\n\n«Sí».", "es", set()),
    # typography.quote_punctuation (American English: the stop inside the closing quotation mark)
    ("les « lignes ».", "the so-called “whistleblowing lines”.", "en", {QUOTE_STOP}),
    ("« s'exprimer », ainsi", 'wanted to "express themselves", making', "en", {QUOTE_STOP}),
    ("les « lignes ».", "the so-called “whistleblowing lines.”", "en", set()),
    ("les « lignes ».", "the so-called “whistleblowing lines”.", "en-GB", set()),
    ("un écran de 12 pouces.", 'a 12" screen, then a 15" one.', "en", set()),
    ("« Pourquoi ? » dit-il.", "“Why?”, he said.", "en", set()),
    # an "en" text that spells as British English keeps logical punctuation; an American one does not
    ("les « lignes ».", "The programme set up “whistleblowing lines” for the organisation.", "en", set()),
    ("les « lignes ».", "The organisation analysed “tip lines”.", "en", set()),
    ("les « lignes ».", "The programme set up “tip lines”.", "en", {QUOTE_STOP}),  # one spelling is not enough
    ("les « lignes ».", "The program set up “tip lines”. Its color changed.", "en", {QUOTE_STOP}),
    ("les « lignes ».", "The Labour Party set up “tip lines”.", "en", {QUOTE_STOP}),  # a name, no spelling
    ("Il a dit « oui ».", "Er sagte „ja“.", "de", set()),
    # typography.number_separators: a number kept with the source's separators
    ("Sales reached 2.7 million units.", "Les ventes ont atteint 2.7 millions d'unités.", "fr", {SEPARATORS}),
    ("Sales reached 2.7 million units.", "Les ventes ont atteint 2,7 millions d'unités.", "fr", set()),
    ("Ils étaient 12,5 millions.", "There were 12,5 million of them.", "en", {SEPARATORS}),
    ("Ils étaient 12,5 millions.", "There were 12.5 million of them.", "en", set()),
    ("Ils étaient 7 300.", "There were 7,300 of them.", "en", set()),  # a locale conversion
    ("Version 3.5 is out.", "La Version 3.5 est sortie.", "fr", set()),  # a version after a name
    ("It opens at 10.30 am.", "Ouverture à 10.30 h.", "fr", set()),  # a clock time
    ("See v2.1 or n°3.5.", "Voir v2.1 ou n°3.5.", "fr", set()),
    ("Il y a 2,5 et 25 chats.", "There are 2,5 cats... no, 25.", "en", {SEPARATORS}),
    # typography.calendar_case: weekday names always, month names in dates
    ("Le vote a eu lieu jeudi.", "The vote took place on thursday.", "en", {CALENDAR}),
    ("Le vote a eu lieu le 9 avril.", "The vote took place on april 9.", "en", {CALENDAR}),
    ("Le vote a eu lieu le 9 avril.", "The vote took place on 9 april 2024.", "en", {CALENDAR}),
    ("Le vote a eu lieu jeudi.", "The vote took place on Thursday.", "en", set()),
    ("Elles avancent.", "They march on; it may rain in august heat.", "en", set()),  # ordinary words
    ("The vote took place on Thursday.", "Le vote a eu lieu jeudi.", "fr", set()),  # French writes it so
    ("The vote is on Friday.", "Die Abstimmung ist am freitag.", "de", {CALENDAR}),
    ("Follow @sunday_news.", "Suivez @sunday_news.", "fr", set()),
    ("le groupe friday", "the band friday plays tonight", "en", set()),  # the source writes it so
    ("ok.", "see you on monday, all in lower case", "en", set()),  # no capital anywhere: a style
    ("The meeting is on Tuesday.", "Toplantı salı günü.", "tr", set()),  # Turkish: a weekday alone
    ("It fell on 29 May.", "Şehir 29 mayıs günü düştü.", "tr", {CALENDAR}),
    ("Today is Tuesday.", "Šodien ir otrdiena.", "lv", set()),  # only stand-alone names capitalised
    # ... and a capital inside a sentence where the language writes them in lower case
    ("The ferry sails on Thursday at noon.", "El ferri zarpa el Jueves a mediodía.", "es", {CALENDAR}),
    ("The fair opens on Saturday.", "La fiera apre Sabato mattina.", "it", {CALENDAR}),
    ("The works end on Friday.", "As obras terminam na Sexta-feira, disse o autarca.", "pt", {CALENDAR}),
    ("The vote is on 4 June 2027.", "Le vote aura lieu le 4 Juin 2027.", "fr", {CALENDAR}),
    ("The ferry sails on Thursday.", "El ferri zarpa el jueves.", "es", set()),
    # a date written with CLDR's link word between day and month ("3 de outubro")
    (
        "The port reopened on Oct 3, the minister said.",
        "O porto reabriu a 3 de Outubro, disse o ministro.",
        "pt",
        {CALENDAR},
    ),
    (
        "The port reopened on Oct 3, the minister said.",
        "O porto reabriu a 3 de outubro, disse o ministro.",
        "pt",
        set(),
    ),
    ("Thursday was calm.", "Jueves tranquilo en el puerto.", "es", set()),  # a sentence start
    ("He said: Friday.", "Dijo: «Viernes, sin falta».", "es", set()),  # a quotation start
    ("The parade is on Good Friday.", "El desfile sale el Viernes Santo.", "es", set()),  # a holiday
    ("They met at Plaza Dos de Mayo.", "Se vieron en la Plaza Dos de Mayo.", "es", set()),  # a place
    ("Domingo sang last night.", "Anoche cantó Domingo en el teatro.", "es", set()),  # the source's name
    ("A Guide For Every Monday", "Una Guía Para Cada Lunes Del Año", "es", set()),  # a title in title case
    ("The Mars probe flies.", "La sonde vers Mars en 2031 décolle.", "fr", set()),  # not in a date
    # typography.double_hyphen
    ("from my group -- a less glamorous one", "von meiner Gruppe -- eine weniger glamouröse", "de", {DOUBLE_HYPHEN}),
    ("so important -- there are", "so wichtig-- es gibt", "de", {DOUBLE_HYPHEN}),
    ("si important -- il y a", "so important -- there are", "en", set()),  # English writes dashes so
    ("from my group -- a less glamorous one", "von meiner Gruppe – eine weniger glamouröse", "de", set()),
    ("AUGUSTA, Ga. -- Officials said", "AUGUSTA, Ga. -- Behörden sagten", "de", set()),
    ("ISLAMABAD (AP) -- A report says", "ISLAMABAD (AP) -- Un rapport dit", "fr", set()),
    ("Run it with --verbose.", "Lancez-le avec --verbose.", "fr", set()),
    ("A comment <!-- here -->.", "Un commentaire <!-- ici -->.", "fr", set()),
    # typography.unknown_character
    ("appelé « immunité entraînée ».", "called \u2047 trained immunity \u2047.", "en", {UNKNOWN}),
    ("la maladie de Steinert", "Steinert \u2047 s disease", "en", {UNKNOWN}),
    ("The doctors arrived.", "Die \ufffdrzte kamen.", "de", {UNKNOWN}),
    ("la maladie de Steinert", "Steinert’s disease", "en", set()),
    ("The file shows \ufffd here.", "Le fichier affiche \ufffd ici.", "fr", set()),  # the source holds it too
    # typography.sign_space
    ("a little #MECFS relief", "ein wenig# MECFS Linderung", "de", {SIGN}),
    ("They charged me $2.25 for it.", "Sie haben mir 2,25 $für das berechnet.", "de", {SIGN}),
    ("Even 10' away it fails.", "Selbst 10 ' entfernt scheitert es.", "de", {SIGN}),
    ("a little #MECFS relief", "ein wenig #MECFS Linderung", "de", set()),
    ("a little # of relief", "ein wenig# Linderung", "de", set()),  # no hashtag in the source
    ("the #PRS_ORG# shop", "der #PRS_ORG# Shop", "de", set()),  # an anonymisation placeholder
    ("It costs 25 $US.", "Il coûte 25 $US.", "fr", set()),  # a currency code
    ("It costs $25.", "Es kostet 25 $.", "de", set()),
    ('The screen is 12" wide.', 'Der Bildschirm ist 12" breit.', "de", set()),
    ("Even 10 feet away it fails.", "Selbst 10 ' entfernt", "de", set()),  # the source has no mark
    # typography.double_space
    ("The minister spoke.", "Le ministre  a parlé.", "fr", {DOUBLE}),
    ("The minister spoke.", "Der Minister sprach.", "de", set()),
    # typography.percent_space: reported in a translated sentence, not in one left in the source language
    ("Prices rose by 30% this week.", "Les prix ont augmenté de 30% cette semaine.", "fr", {PERCENT}),
    ("Prices rose by 30% this week.", "Prices rose by 30% this week.", "fr", set()),
]


@pytest.mark.parametrize(("source", "target", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, target_lang: str, expected: set[str]) -> None:
    source_lang = "fr" if target_lang == "en" else "en"
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(("profile", "expected"), [("news", ["”."]), ("product", ["”."]), ("docs", []), ("ui", [])])
def test_quote_punctuation_is_logical_in_technical_profiles(profile: str, expected: list[str]) -> None:
    # Technical writing keeps the stop outside what the reader types or sees: type “ls”.
    findings = findings_for(
        "Tapez « ls ».", "Type “ls”.", "fr", "en", checks=(QUOTE_STOP,), config=CheckConfig(profile=profile)
    )
    assert [f.excerpt for f in findings] == expected


def test_a_paragraph_is_one_vote_and_every_quotation_of_the_minority_is_reported() -> None:
    target = "„Ja“, sagte er.\n\n„Nein“, sagte sie.\n\n“Vielleicht”, sagte er. “Morgen”, “bald”, sagte sie."
    findings = findings_for('"a"', target, "en", "de", checks=(QUOTES,))
    starts = [f.target_span.start for f in findings if f.target_span]
    assert starts == [target.index("“Vielleicht"), target.index("“Morgen"), target.index("“bald")]


def test_separator_suggestion_uses_the_target_locale() -> None:
    findings = findings_for(
        "Die Firma hat 4.300 Mitarbeiter.", "The firm has 4.300 employees.", "de", "en", checks=(SEPARATORS,)
    )
    assert [(f.excerpt, f.suggestion) for f in findings] == [("4.300", "4,300")]


def test_separators_of_a_third_convention_are_reported_with_the_target_ones() -> None:
    # French "4,5" written with a decimal point in Spanish: neither language reads "4.5".
    findings = findings_for(
        "La récolte a baissé de 4,5 %.", "La cosecha bajó un 4.5 %.", "fr", "es", checks=(SEPARATORS,)
    )
    assert [(f.excerpt, f.suggestion) for f in findings] == [("4.5", "4,5")]


def test_a_clock_time_marked_by_a_word_of_the_language_keeps_its_full_stop() -> None:
    findings = findings_for(
        "La séance ouvre à 9 heures.", "La sesión abre a las 9.00 horas.", "fr", "es", checks=(SEPARATORS,)
    )
    assert not findings


def test_quote_style_ties_keep_typographic_marks_and_corner_brackets_are_foreign_in_english() -> None:
    target = '“Yes,” he said.\n\n"No," she said.'
    findings = findings_for("“a”", target, "ko", "en", checks=(QUOTES,))
    assert [f.excerpt for f in findings] == ['"']
    corner = findings_for("「はい」と言った。", "「Yes」, he said.", "ja", "en", checks=(QUOTES,))
    assert [f.excerpt for f in corner] == ["「"]


def test_plain_space_accepted_when_configured() -> None:
    config = CheckConfig(french_plain_space=True)
    target = f"Il a dit : « non » ; 38 % des votants{NNBSP}; 40{NNBSP}% des élus{NNBSP}; 2{NNBSP}% des maires{NNBSP}!"
    assert findings_for("He said no.", target, "en", "fr", checks=("typography",), config=config) == ()
    assert {f.check for f in findings_for("He said no.", target, "en", "fr", checks=("typography",))} == {
        SPACING,
        PERCENT,
    }


def test_line_start_indentation_is_not_a_double_space() -> None:
    assert findings_for("One\ntwo", "Un\n  deux", "en", "fr", checks=(DOUBLE,)) == ()


def test_seed_minority_apostrophes() -> None:
    source, target = (SEED / "en.txt").read_text(), (SEED / "fr.txt").read_text()
    findings = findings_for(source, target, "en", "fr", checks=(APOSTROPHE,))
    curly = [i for i, c in enumerate(target) if c == "’" and target[i - 1].isalpha() and target[i + 1].isalpha()]
    assert len(curly) == 9
    assert [f.target_span.start for f in findings if f.target_span] == curly
    assert {f.suggestion for f in findings} == {"'"}


def test_seed_plain_spaces_inside_guillemets() -> None:
    source, target = (SEED / "en.txt").read_text(), (SEED / "fr.txt").read_text()
    findings = findings_for(source, target, "en", "fr", checks=(SPACING,))
    start = target.index("« mesures de sécurité nationale »")
    end = start + len("« mesures de sécurité nationale »")
    assert [(f.target_span.start, f.target_span.end) for f in findings if f.target_span] == [
        (start, start + 2),
        (end - 2, end),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("typography", source, target, "en", lang)


@pytest.mark.parametrize(
    ("tag", "expected"), [("fr", {"?", ";"}), ("fr-CA", set()), ("fr-CH", set()), ("fr-BE", {"?", ";"})]
)
def test_regional_french_spacing(tag: str, expected: set[str]) -> None:
    # In Quebec and Switzerland no space before ; ! ? is correct; in France and Belgium it is missing.
    findings = findings_for("Why? Yes; no.", "Pourquoi? Oui; non.", "en", tag, checks=("typography.french_spacing",))
    assert {f.excerpt for f in findings} == expected
    colon = findings_for("Note: yes.", "Note: oui.", "en", tag, checks=("typography.french_spacing",))
    assert bool(colon) is (tag != "fr-CH")


@pytest.mark.parametrize(
    ("target", "profile", "expected"),
    [
        ("Diamètre: 50 mm", "news", [":"]),
        ("Diamètre: 50 mm", "product", []),
        ("Poids: 2,5 kg\nCouleur: noir", "ui", []),
        ("Il a dit alors, après une longue hésitation: non.", "product", [":"]),
    ],
)
def test_specification_colons_follow_the_profile(target: str, profile: str, expected: list[str]) -> None:
    findings = findings_for("x", target, checks=("typography.french_spacing",), config=CheckConfig(profile=profile))
    assert [f.excerpt for f in findings] == expected


# The patterns as they were written before, looking behind first (re tried them at every character);
# they now start with the character they look behind from, and must match exactly the same.
OLD_LOOKBEHIND_FIRST = {
    "_APOSTROPHE": r"(?<=\w)['’](?=\w)",
    "_DOUBLE_SPACE": r"(?<=\S) {2,}(?=\S)",
    "_STOP_AFTER_QUOTE": r"(?<=[^\W\d_])([”\"])([.,])(?![.\w])",
    "_DOUBLE_HYPHEN": r"(?<![-\w<!|])--(?![-\w>|])|(?<=\w)--(?=[^\S\n])",
    "_SPACED_PRIME": r"(?<![\d.,])(\d+)[^\S\n]+(['’\"″′])",
}
OLD_STRAIGHT_QUOTES = (
    r"(?<![\w\d])\"[^\"\n]*\"",
    r"(?<![\w'])'(?=\w)[^'\n]{2,60}(?<=[\w.!?])'(?![\w'])",
)


@given(st.text(st.sampled_from("aZé1_ .!?,'’\"”-<>!|\n\t9٣″′"), max_size=40))
@settings(max_examples=400)
def test_the_patterns_match_what_they_matched_looking_behind_first(text: str) -> None:
    from mtqa.checks import typography

    patterns = {name: getattr(typography, name) for name in OLD_LOOKBEHIND_FIRST}
    before = dict(OLD_LOOKBEHIND_FIRST)
    straight = [regex for style, regex in typography._QUOTE_PAIRS if style == "straight"]
    for i, old in enumerate(OLD_STRAIGHT_QUOTES):
        patterns[f"straight quotes {i}"], before[f"straight quotes {i}"] = straight[i], old
    assert_matches_as_before(patterns, before, text)


DIGITS_STYLE = "typography.digit_style"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # Arabic-Indic digits among Western ones, and the reverse
        ("وصل 250 زائرًا في 2024، ثم ٣٠٠ زائر.\n\nوبلغ الدخل 40 ألفًا.", ["٣٠٠"]),
        ("وصل ٢٥٠ زائرًا في ٢٠٢٤، ثم 300 زائر.\n\nوبلغ الدخل ٤٠ ألفًا.", ["300"]),
        # Persian digits are another system than Arabic-Indic ones
        ("۲۵۰ نفر در ۱۴۰۲ آمدند و ٣٠٠ نفر رفتند.", ["٣٠٠"]),
        # one system throughout, a tie, and Japanese full-width digits beside ASCII ones
        ("وصل ٢٥٠ زائرًا في ٢٠٢٤.", []),
        ("وصل 250 زائرًا ثم ٣٠٠ زائر.", []),
        ("会議は２日と15日に開かれた。", []),
    ],
)
def test_digit_style(target: str, expected: list[str]) -> None:
    findings = findings_for("The source.", target, "en", "ar", checks=(DIGITS_STYLE,))
    assert [f.excerpt for f in findings] == expected


def test_digit_style_suggests_the_majority_digits() -> None:
    findings = findings_for("x", "وصل 250 زائرًا في 2024، ثم ٣٠٠ زائر.", "en", "ar", checks=(DIGITS_STYLE,))
    assert [f.suggestion for f in findings] == ["300"]


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # Japanese corner brackets against English curly quotes: on a tie 「」 is kept
        ("「新駅は必要だ」と市長は述べた。\n\n“予算は足りない”と議員は語った。", "ja", ["“"]),
        ("「新駅は必要だ」と市長は述べた。\n\n「予算は足りない」と議員は語った。", "ja", []),
        # Simplified Chinese keeps “”, Traditional Chinese 「」
        ("“新站很必要”，市长说。\n\n「预算不够」，议员说。", "zh", ["「"]),
        ("「新站很必要」，市長說。\n\n“預算不夠”，議員說。", "zh-Hant", ["“"]),
        # Russian: « » kept on a tie with “ ”
        ("«Мост откроют в мае», — сказал мэр.\n\n“Денег хватит”, — добавил он.", "ru", ["“"]),
        # Swedish and Finnish close on both sides (”…”): kept on a tie with “…”
        ("”Bron öppnar i maj”, säger borgmästaren.\n\n“Pengarna räcker”, säger han.", "sv", ["“"]),
        ("”Silta avataan toukokuussa”, pormestari sanoo.\n\n“Rahat riittävät”, hän sanoo.", "fi", ["“"]),
        ("”Bron öppnar i maj”, säger borgmästaren.\n\n”Pengarna räcker”, säger han.", "sv", []),
        # Czech and Slovak write „…“ (CLDR): kept on a tie with “…”
        ("„Most otevřeme v květnu,“ řekl starosta.\n\n“Peníze stačí,” dodal.", "cs", ["“"]),
        ("“Most otvoríme v máji,” povedal starosta.\n\n„Peniaze stačia,“ dodal.", "sk", ["“"]),
        # European Portuguese « », Brazilian “ ”
        ("«A ponte abre em maio», disse o autarca.\n\n“O dinheiro chega”, disse.", "pt-PT", ["“"]),
        ("«A ponte abre em maio», disse o prefeito.\n\n“O dinheiro chega”, disse.", "pt-BR", ["«"]),
    ],
)
def test_quote_style_ties_go_to_the_language_s_marks(target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for("x", target, "en", target_lang, checks=(QUOTES,))
    assert [target[f.target_span.start] for f in findings if f.target_span] == expected


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "expected"),
    [
        # English “…” alone, in a language whose quotations open with „ (CLDR): the source's marks kept
        ("“The bridge opens in May,” the mayor said.", "en", "“Most otevřeme v květnu,” řekl starosta.", "cs", ["“"]),
        (
            "«Il ponte apre a maggio», ha detto il sindaco.",
            "it",
            "“Podul se deschide în mai”, a spus primarul.",
            "ro",
            ["“"],
        ),
        (
            "“The bridge opens in May,” the mayor said.",
            "en",
            "„Most otwieramy w maju” – powiedział burmistrz.",
            "pl",
            [],
        ),
        (
            "“The bridge opens in May,” the mayor said.",
            "en",
            "„A híd májusban nyílik” – mondta a polgármester.",
            "hu",
            [],
        ),
        # Dutch news write “…”: no foreign style there
        (
            "„Die Brücke öffnet im Mai“, sagte der Bürgermeister.",
            "de",
            "“De brug gaat in mei open”, zei de burgemeester.",
            "nl",
            [],
        ),
    ],
    ids=["en-cs-curly", "it-ro-curly", "en-pl-german", "en-hu-german", "de-nl-curly"],
)
def test_english_quotes_alone_in_a_language_that_opens_with_a_low_mark(
    source: str, source_lang: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(QUOTES,))
    assert [target[f.target_span.start] for f in findings if f.target_span] == expected


def test_a_scale_word_converted_to_digits_keeps_no_separator_finding() -> None:
    # "340 тыс." is 340,000: written so in English, it is a conversion, not the Russian decimal comma kept
    source = "Остров посетили около 340 тыс. человек, а штраф составит 3 тыс. рублей."
    target = "About 340,000 people visited the island, and the fine will be 3,000 roubles."
    assert findings_for(source, target, "ru", "en", checks=(SEPARATORS,)) == ()
    kept = "About 340 people visited, and 3,7 thousand came by car."
    source = "Остров посетили 340 человек, а 3,7 тыс. приехали на машинах."
    assert [f.excerpt for f in findings_for(source, kept, "ru", "en", checks=(SEPARATORS,))] == ["3,7"]
    # only numbers with a scale word count: a spelled ordinal is no quantity ("third" is not 3,000 read as 3)
    source = "They were the third largest group, with just over 3,000 people."
    target = "Sie waren die drittgrößte Gruppe mit knapp über 3,000 Menschen."
    assert [f.excerpt for f in findings_for(source, target, "en", "de", checks=(SEPARATORS,))] == ["3,000"]


UNIT_SQUARE = "typography.unit_square"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        ("창고는 850㎡ 규모다.", "The warehouse covers 850㎡.", "ko", "en", [" m²"]),
        ("荷物は3㎏だった。", "Le colis pesait 3㎏ et mesurait 40 ㎝.", "ja", "fr", [" kg", "cm"]),
        # the languages that typeset them, and a plain symbol
        ("The warehouse covers 850 m².", "창고는 850㎡ 규모다.", "en", "ko", []),
        ("创作于1998年。", "The road is 7 km long.", "zh", "en", []),
        # a Japanese era name is no unit; a source in a language without squares holding one: copied
        ("令和元年", "In the first year of ㋿ Reiwa", "ja", "en", []),
        ("The label reads 5㎏.", "Das Etikett zeigt 5㎏.", "en", "de", []),
    ],
)
def test_unit_squares(source: str, target: str, source_lang: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(UNIT_SQUARE,))
    assert [f.suggestion for f in findings] == expected


PERCENT_SIDE = "typography.percent_side"


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        ("Fiyatlar %4 arttı, kiraların 60%’ı ise dövizle ödeniyor.", "tr", ["60%"]),
        ("Oyların %40’ını değil, 52,5 %’ini aldı.", "tr", ["52,5 %"]),
        ("Prezioak % 4 igo ziren, errentak 60%.", "eu", ["60%"]),
        # a lone percentage written after the number is no style of the document's
        ("Kiralar geçen yıl 60% arttı.", "tr", ["60%"]),
        # the language's own order, a document that writes the sign after mostly, a language that writes it so
        ("Fiyatlar %4 arttı, kiraların %60’ı ise dövizle ödeniyor.", "tr", []),
        ("Fiyatlar 4% arttı, kiraların 60%’ı ise dövizle ödeniyor.", "tr", []),
        ("Prices rose 4% and rents 60%.", "en", []),
    ],
)
def test_percent_side(target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for("Prices rose 4% and rents 60%.", target, "en", target_lang, checks=(PERCENT_SIDE,))
    assert [f.excerpt for f in findings] == expected


@given(st.text(st.sampled_from("0123456789١٢.,  \u00a0aZ:h%-/#"), max_size=30))
@settings(max_examples=400, deadline=None)
def test_a_paragraph_without_digits_around_a_separator_yields_no_separated_number(text: str) -> None:
    from mtqa.checks.typography import _SEPARATED_DIGITS, _separated_numbers
    from mtqa.lang import Language
    from mtqa.model import Paragraph, Span

    paragraph = Paragraph(0, Span(0, len(text)), text)
    if list(_separated_numbers(paragraph, Language.parse("de"))):
        assert _SEPARATED_DIGITS.search(text)


@given(st.text(st.sampled_from(STRESS_ALPHABET + "「」'"), max_size=30))
@settings(max_examples=400, deadline=None)
def test_a_paragraph_without_an_opening_mark_holds_no_quotation(text: str) -> None:
    from mtqa.checks.typography import _OPENING_MARKS, _SINGLE_OPENING, _quotes

    if _quotes(text):
        assert set(text) & set(_OPENING_MARKS) or _SINGLE_OPENING.search(text)


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # A full-width sign kept from a Chinese or Japanese source.
        ("支持率は48.5％に上がった。", "Approval rose to 48.5％.", "ja", "en", [("％", "%")]),
        ("票价为＄20。", "Le billet coûte ＄20.", "zh", "fr", [("＄", "$")]),
        ("参加者は＋３人。", "Es kamen drei Ａ-Teams.", "ja", "de", [("Ａ", "A")]),
        # The plain sign; a target that typesets full-width forms; a sign inside a phrase kept in its script.
        ("支持率は48.5％に上がった。", "Approval rose to 48.5%.", "ja", "en", []),
        ("Approval rose to 48.5%.", "支持率は48.5％に上がった。", "en", "ja", []),
        ("看板に「全品＆送料無料」とあった。", "The sign read 「全品＆送料無料」.", "ja", "en", []),
    ],
    ids=["ja-en-percent", "zh-fr-dollar", "ja-de-letter", "ja-en-plain", "en-ja", "ja-en-kept-phrase"],
)
def test_full_width_signs_left_in_the_translation(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[tuple[str, str]]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.unit_square",))
    assert [(f.excerpt, f.suggestion) for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # A month capitalised inside a sentence, out of a date, where the source names that month.
        (
            "The first shops will close in March in Leiden.",
            "De eerste winkels sluiten in Maart in Leiden.",
            "en",
            "nl",
            ["Maart"],
        ),
        ("The probe will launch in March from Kourou.", "La sonde partira en Mars de Kourou.", "en", "fr", ["Mars"]),
        ("La tienda abre en mayo en Sevilla.", "A loja abre em Maio em Sevilha.", "es", "pt", ["Maio"]),
        # Without the month in the source, a capitalised word is a planet or a name; names keep their capitals.
        ("The probe reached Mars in the evening.", "La sonde a atteint Mars dans la soirée.", "en", "fr", []),
        ("Mayo Clinic said so in May.", "La Clínica Mayo lo dijo en mayo.", "en", "es", []),
        ("They marched on May Day in Madrid.", "Marcharon el Primero de Mayo en Madrid.", "en", "es", []),
    ],
    ids=["en-nl", "en-fr", "es-pt", "en-fr-planet", "en-es-name", "en-es-holiday"],
)
def test_a_month_the_source_names_keeps_the_target_case(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.calendar_case",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a decimal comma between two languages that write a decimal point, the scale word after it
        ("营收达到11亿元。", "Revenue reached 1,1 billion yuan.", "zh", "en", ["1,1"]),
        ("売上高は2兆5000億円だった。", "Sales came to 2,5 trillion yen.", "ja", "en", ["2,5"]),
        ("Inflation was 2.5% in May.", "5월 물가 상승률은 2,5%였다.", "en", "ko", ["2,5"]),
        # written right, or a number the source does not hold
        ("营收达到11亿元。", "Revenue reached 1.1 billion yuan.", "zh", "en", []),
        ("营收达到11亿元。", "Revenue reached 1,4 billion yuan.", "zh", "en", []),
    ],
    ids=["zh-en", "ja-en", "en-ko", "zh-en-right", "zh-en-other-number"],
)
def test_a_decimal_comma_where_both_languages_write_a_point(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(SEPARATORS,))
    assert [f.excerpt for f in findings] == expected, [(f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a language that writes "12%" given the source's space
        ("Die Mieten stiegen um 12\u00a0%.", "Rents rose by 12 %.", "de", "en", [" %"]),
        ("Les loyers ont augmenté de 12\u202f%.", "Czynsze wzrosły o 12\u00a0%.", "fr", "pl", ["\u00a0%"]),
        ("Los alquileres subieron un 12 %.", "租金上涨了12 %。", "es", "zh", [" %"]),
        # written as the language writes it, or spaced by a house style the source does not follow
        ("Die Mieten stiegen um 12\u00a0%.", "Rents rose by 12%.", "de", "en", []),
        ("Rents rose by 12% and prices by 3%.", "Gli affitti sono saliti del 12 % e i prezzi del 3 %.", "en", "it", []),
        (
            "Die Mieten stiegen um 12\u00a0%, die Preise um 3%.",
            "Rents rose by 12 % and prices by 3 %.",
            "de",
            "en",
            [],
        ),
        # a language that spaces the sign itself
        ("Rents rose by 12%.", "Die Mieten stiegen um 12\u00a0%.", "en", "de", []),
    ],
    ids=["de-en", "fr-pl", "es-zh", "de-en-glued", "en-it-house-style", "de-en-more-spaced", "en-de"],
)
def test_a_space_before_percent_copied_from_the_source(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(PERCENT,))
    assert [f.excerpt for f in findings] == expected, [(f.excerpt, f.message) for f in findings]


UNIT_SPACE = "typography.unit_space"


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # glued where the source and the rest of the translation space it
        (
            "Width: 30 mm\n\nHeight: 45 mm\n\nWeight: 1.2 kg",
            "Largeur : 30 mm\n\nHauteur : 45mm\n\nPoids : 1,2 kg",
            "fr",
            ["45mm"],
        ),
        (
            "Battery: 2000 mAh\n\nWeight: 1.5 kg\n\nRuntime: 6 h",
            "Akumulator: 2000 mAh\n\nWaga: 1,5kg\n\nCzas pracy: 6 h",
            "pl",
            ["1,5kg"],
        ),
        # spaced as in the source
        ("Width: 30 mm\n\nHeight: 45 mm", "Largeur : 30 mm\n\nHauteur : 45 mm", "fr", []),
        # glued throughout: the translation's house style
        ("Width: 30 mm\n\nHeight: 45 mm", "Breite: 30mm\n\nHöhe: 45mm", "de", []),
        # the source glues it too, or a time of day
        ("Width: 30 mm\n\nHeight: 45mm\n\nDepth: 20 mm", "Ancho: 30 mm\n\nAlto: 45mm\n\nFondo: 20 mm", "es", []),
        ("Runtime: 6 h\n\nReady in 1 h 30", "Autonomie : 6 h\n\nPrêt en 1h30, charge 2 h", "fr", []),
    ],
)
def test_a_number_glued_to_its_unit(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=(UNIT_SPACE,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # an inch mark after a fraction written as a character reference (sound or broken) is no quotation
        ('Passt für Rückenlängen von 16&frac12;" bis 20".\n\n„Leicht“, sagt der Test.', "de", []),
        ('Monitor de 27&frac 12;".\n\n«Ligero», dice la prueba.', "es", []),
        # a straight quotation after a sound reference still counts as one
        ('Tamaño &ndash; "grande".\n\n«Ligero», dice la prueba.\n\n«Sí», dice.', "es", ['"']),
    ],
)
def test_an_inch_mark_after_a_referenced_fraction_is_no_quotation(
    target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for("x", target, "en", target_lang, checks=(QUOTES,))
    assert [target[f.target_span.start] for f in findings if f.target_span] == expected


def test_the_semicolon_of_a_broken_reference_needs_no_space() -> None:
    # markup.entity reports "&frac 14;"; French spacing must not also ask for a space before its ";".
    source = 'Wheel size 7&frac14;"; tyres included.'
    assert findings_for(source, 'Roue de 7&frac 14;" ; pneus inclus.', "en", "fr", checks=(SPACING,)) == ()
    assert [f.excerpt for f in findings_for(source, 'Roue de 7&frac14;"; pneus inclus.', "en", "fr", checks=(SPACING,))]


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "expected"),
    [
        # Spanish written the Mexican way (both symbols show): read by that convention
        ("Volume: 3.5 L. Weight: 2,300 g.", "en", "Volumen: 3.5 L. Peso: 2,300 g.", "es", []),
        ("Inhalt: 3,5 l. Gewicht: 2.300 g.", "de", "Capacidad: 3.5 l. Peso: 2,300 g.", "es", []),
        # a region named: its convention is required (Argentina writes 3,5 and 2.300)
        ("Volume: 3.5 L. Weight: 2,300 g.", "en", "Volumen: 3.5 L. Peso: 2,300 g.", "es-AR", ["3.5", "2,300"]),
        # a decimal point alone is not evidence of a region (a French decimal comma kept as a point)
        ("La récolte a baissé de 4,5 %.", "fr", "La cosecha bajó un 4.5 %.", "es", ["4.5"]),
        # mixed conventions: the default one is kept
        (
            "Volume: 3.5 L. Weight: 2,300 g. Width: 4.5 cm",
            "en",
            "Volumen: 3,5 L. Peso: 2,300 g. Ancho: 4.5 cm",
            "es",
            ["2,300", "4.5"],
        ),
        # German has no second convention of its own (Swiss 1'700 is a region's)
        ("Volume: 3.5 L. Weight: 2,300 g.", "en", "Volumen: 3.5 L. Gewicht: 2,300 g.", "de", ["3.5", "2,300"]),
    ],
)
def test_a_regional_number_convention_of_the_language_is_accepted(
    source: str, source_lang: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(SEPARATORS,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a sign glued after an amount where CLDR spaces it
        ("Delivery from £25.", "Lieferung ab 25£.", "en", "de", ["£"]),
        ("Frais de port : 5 €", "Frakt: 5€", "fr", "sv", ["€"]),
        # spaced, placed before as the language writes it, or glued by the source itself: left alone
        ("Delivery from £25.", "Lieferung ab 25\u00a0£.", "en", "de", []),
        ("Frais de port : 5 €", "Shipping: €5", "fr", "en", []),
        ("Versand ab 25€.", "Livraison dès 25€.", "de", "fr", []),
    ],
)
def test_a_currency_sign_glued_after_an_amount(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.currency_space",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a source grouped by a space, a translation with a third convention's mark it reads otherwise
        ("Plocha má 3 200 hektarů.", "The area covers 3.200 hectares.", "cs", "en", ["3.200"]),
        ("Na festiwal przyjechało 12 300 osób.", "Al festival sono arrivate 12,300 persone.", "pl", "it", ["12,300"]),
        ("Na festiwal przyjechało 12 300 osób.", "Al festival sono arrivate 12.300 persone.", "pl", "it", []),
        ("Plocha má 3 200 hektarů.", "The area covers 3,200 hectares.", "cs", "en", []),
        ("Cena wynosi 1,5 zł za kilogram.", "The price is 1.5 zlotys a kilogram.", "pl", "en", []),
        ("Il y a 7 300 places et 1,5 km de quais.", "There are 7,300 seats and 1.5 km of quays.", "fr", "en", []),
    ],
)
def test_a_third_conventions_separators_after_a_space_grouped_source(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(SEPARATORS,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # the Nordic norm spaces the sign; a glued one is the English source's, copied
        ("Cooks with up to 85% less fat.", "Tilbereder mad med op til 85% mindre fedt.", "da", ["%"]),
        ("The shell is 40% lighter.", "Skallet är 40% lättare.", "sv", ["%"]),
        ("The shell is 40% lighter.", "Skallet er 40% lettere.", "nb", ["%"]),
        # spaced, or a translation that spaces a percentage itself (its own style), is left alone
        ("Cooks with up to 85% less fat.", "Tilbereder mad med op til 85\u00a0% mindre fedt.", "da", []),
        ("Up to 85% less fat; sales rose 4%.", "Upp till 85% mindre fett; försäljningen steg 4 %.", "sv", []),
        # German news writes both: no norm is asked of it
        ("Prices rose 38%.", "Die Preise stiegen um 38%.", "de", []),
    ],
    ids=["da-glued", "sv-glued", "nb-glued", "da-spaced", "sv-own-style", "de-either"],
)
def test_a_glued_percent_copied_into_a_language_that_spaces_it(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("typography.percent_space",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "expected"),
    [
        # a language that glues the sign (CLDR), a translation that glues most of its percentages: a
        # spaced one is a slip, whatever the source writes
        (
            "Unemployment fell to 5% in March, inflation to 3% and wages rose 4%.",
            "en",
            "Bezrobocie spadło w marcu do 5%, inflacja do 3 %, a płace wzrosły o 4%.",
            "pl",
            [" %"],
        ),
        (
            "O desemprego caiu para 5%, a inflação para 3% e os salários subiram 4%.",
            "pt",
            "Unemployment fell to 5%, inflation to 3 % and wages rose 4%.",
            "en",
            [" %"],
        ),
        # as many spaced as glued, or one percentage only: no style of its own to hold it to
        (
            "Unemployment fell to 5% and inflation to 3%.",
            "en",
            "Bezrobocie spadło do 5%, a inflacja do 3 %.",
            "pl",
            [],
        ),
        ("Inflation fell to 3%.", "en", "L’inflazione è scesa al 3 %.", "it", []),
        # all glued: nothing to report
        (
            "Unemployment fell to 5% in March, inflation to 3% and wages rose 4%.",
            "en",
            "La disoccupazione è scesa al 5% a marzo, l’inflazione al 3% e i salari sono saliti del 4%.",
            "it",
            [],
        ),
    ],
    ids=["en-pl-slip", "pt-en-slip", "pl-tie", "it-one", "it-all-glued"],
)
def test_a_spaced_percent_among_glued_ones(
    source: str, source_lang: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.percent_space",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # the source's order kept in a language that writes the sign after the amount
        ("Free shipping over &euro;40 &ndash; 3-year warranty", "Livraison gratuite dès €40 d’achat", "fr", ["€4"]),
        ("It costs $5 billion, or $2 each.", "Es kostet $5 Milliarden, also $2 pro Stück.", "de", ["$5", "$2"]),
        # the language's order, a language that writes the sign first, or the translation's own style
        ("It costs $5 billion.", "Es kostet 5 Milliarden Dollar.", "de", []),
        ("Tickets cost £12.", "Tickets cost £12.", "en", []),
        ("Tickets cost 12 £.", "I biglietti costano £12.", "it", []),
    ],
    ids=["fr-euro-first", "de-dollar-first", "de-spelled", "en-first", "it-own-style"],
)
def test_a_currency_sign_before_the_amount_copied_from_the_source(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("typography.currency_side",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        ("Romania's prime minister spoke on Thursday.", "Premierul ţării a vorbit joi.", "ro", ["ţării"]),
        (
            "Exports rose and prices fell.",
            "Exporturile au crescut, iar preţurile şi taxele au scăzut.",
            "ro",
            ["preţurile", "şi"],
        ),
        ("Exports rose and prices fell.", "Exporturile au crescut, iar prețurile și taxele au scăzut.", "ro", []),
        # Turkish writes the cedilla: no form is wrong there
        ("Exports rose.", "İhracat arttı, fiyatlar düştü ve şirketler büyüdü.", "tr", []),
    ],
    ids=["ro-tara", "ro-two-words", "ro-comma-below", "tr-cedilla"],
)
def test_a_letter_in_a_form_the_language_does_not_use(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("typography.letter_form",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "expected"),
    [
        # a plural's or a name's possessive apostrophe after its s is an apostrophe too
        (
            "Der Pflegeverband erklärte, er sei bereit und werde nicht streiken.",
            "de",
            "The nurses' union said it’s ready and won’t strike.",
            "en",
            ["'"],
        ),
        (
            "Hans’s bakery opens; how are you? Is there bread?",
            "en",
            "Hans' Bäckerei öffnet. Wie geht’s? Gibt’s Brot?",
            "de",
            ["'"],
        ),
        # a single quotation opened before it: the mark may close it, and is not counted
        (
            "Il l’a appelé « le plan des marins » et c’est fait.",
            "fr",
            "He called it 'the plan of the sailors' and it’s done, and that’s that.",
            "en",
            [],
        ),
        # one style throughout
        (
            "Der Pflegeverband erklärte, er sei bereit.",
            "de",
            "The nurses’ union said it’s ready.",
            "en",
            [],
        ),
    ],
    ids=["de-en-plural", "en-de-name", "fr-en-quotation", "de-en-one-style"],
)
def test_a_possessive_apostrophe_after_a_final_s(
    source: str, source_lang: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(APOSTROPHE,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        ('Wybierz szablon, na przykład "Raport roczny", i kliknij Zapisz.', "pl", ['"']),
        ('Alegeți un șablon, de exemplu "Raport anual", și faceți clic pe Salvare.', "ro", ['"']),
        ('Vyberte šablónu, napríklad "Výročná správa", a kliknite na Uložiť.', "sk", ['"']),
        # the language's own marks
        ("Wybierz szablon, na przykład „Raport roczny”, i kliknij Zapisz.", "pl", []),
        ("Alegeți un șablon, de exemplu „Raport anual”, și faceți clic pe Salvare.", "ro", []),
        # inch marks are no quotation
        ('Ekran ma przekątną 15,6" i waży 1,8 kg.', "pl", []),
        # quotes inside code are what the reader types
        ('Wyślij `{"name": "Raport roczny"}`, aby zapisać szablon.', "pl", []),
        ('Senden Sie `{"name": "Jahresbericht"}`, um die Vorlage zu speichern.', "de", []),
    ],
    ids=["pl-straight", "ro-straight", "sk-straight", "pl-own", "ro-own", "pl-inches", "pl-code", "de-code"],
)
def test_straight_quotes_are_foreign_where_the_language_writes_low_high_marks(
    target: str, target_lang: str, expected: list[str]
) -> None:
    source = "Choose a template, for example “Annual report”, and click Save."
    assert [f.excerpt for f in findings_for(source, target, "en", target_lang, checks=(QUOTES,))] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a number with an SI unit after it is a quantity, also after a name: its separators are checked
        ("Wi-Fi 2.4 GHz required", "Requer Wi-Fi 2.4 GHz", "pt", ["2.4"]),
        ("Battery Li-Ion 3.6 V", "Batterie Li-Ion 3.6 V", "fr", ["3.6"]),
        ("Wi-Fi 2.4 GHz required", "Requer Wi-Fi 2,4 GHz", "pt", []),
        ("Intel Core i5 3.2 GHz processor", "Procesor Intel Core i5 3,2 GHz", "pl", []),
        # without one, a number after a name is a version
        ("Supports Bluetooth 5.3 and USB 3.2", "Unterstützt Bluetooth 5.3 und USB 3.2", "de", []),
    ],
    ids=["pt-ghz", "fr-volt", "pt-right", "pl-right", "de-versions"],
)
def test_a_number_with_a_unit_after_a_name_is_a_quantity(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("typography.number_separators",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "expected"),
    [
        (
            "Le relevé porte sur 1\u202f240 officines.",
            "fr",
            "The survey covers 1\u202f240 pharmacies.",
            "en",
            ["1\u202f240"],
        ),
        ("Badaniem objęto 12 500 gospodarstw.", "pl", "The study covered 12 500 farms.", "en", ["12 500"]),
        (
            "Totalt 3\u00a0400\u00a0000 kronor betalades ut.",
            "sv",
            "A total of 3\u00a0400\u00a0000 kronor was paid.",
            "en",
            ["3\u00a0400\u00a0000"],
        ),
        # the language's own grouping, a conversion, and two numbers side by side the source writes apart
        ("Badaniem objęto 12 500 gospodarstw.", "pl", "The study covered 12,500 farms.", "en", []),
        ("Le relevé porte sur 1\u202f240 officines.", "fr", "Die Umfrage umfasst 1\u202f240 Apotheken.", "de", []),
        ("En 2019, 240 personnes sont venues.", "fr", "In 2019 240 people came.", "en", []),
    ],
    ids=["fr-en-nnbsp", "pl-en-space", "sv-en-nbsp", "comma", "de-not-judged", "two-numbers"],
)
def test_a_space_between_digit_groups_is_the_source_convention_kept(
    source: str, source_lang: str, target: str, target_lang: str, expected: list[str]
) -> None:
    found = findings_for(source, target, source_lang, target_lang, checks=("typography.space_grouping",))
    assert [f.excerpt for f in found] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a lone spaced percentage where the language and the source glue it
        ("Unemployment fell to 7% in March.", "O desemprego caiu para 7 % em março.", "en", "pt-BR", [" %"]),
        ("La disoccupazione è scesa al 7,5% a marzo.", "Unemployment fell to 7.5 % in March.", "it", "en", [" %"]),
        # two spaced percentages: the translation's own house style
        (
            "Unemployment fell to 7% in March and 6% in April.",
            "La disoccupazione è scesa al 7 % a marzo e al 6 % ad aprile.",
            "en",
            "it",
            [],
        ),
        ("Unemployment fell to 7% in March.", "O desemprego caiu para 7% em março.", "en", "pt-BR", []),
        # Czech and Slovak space the sign; a glued one copied from the source is reported
        ("Unemployment fell to 4% in March.", "Nezaměstnanost v březnu klesla na 4%.", "en", "cs", ["%"]),
        ("Die Arbeitslosigkeit sank im März auf 4%.", "Nezamestnanosť v marci klesla na 4%.", "de", "sk", ["%"]),
        ("Unemployment fell to 4% in March.", "Nezaměstnanost v březnu klesla na 4\u00a0%.", "en", "cs", []),
    ],
    ids=["en-ptBR-lone", "it-en-lone", "en-it-house-style", "en-ptBR-clean", "en-cs", "de-sk", "en-cs-clean"],
)
def test_percent_spacing_against_the_language_norm(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.percent_space",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        ("“We won,” she said.", "“Vi vann”, sade hon.", "sv", ["“"]),
        ("“The road is closed,” the mayor said.", "“Tie on suljettu”, pormestari sanoi.", "fi", ["“"]),
        ("“We won,” she said.", "”Vi vann”, sade hon.", "sv", []),
        ("“The road is closed,” the mayor said.", "”Tie on suljettu”, pormestari sanoi.", "fi", []),
    ],
    ids=["sv-curly", "fi-curly", "sv-clean", "fi-clean"],
)
def test_english_quotation_marks_alone_are_foreign_in_swedish_and_finnish(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("typography.quote_style",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # one glued label among spaced ones is a slip
        ("Poids\u00a0: 5 kg\n\nHauteur\u00a0: 30 cm\n\nCouleur: rouge", [":"]),
        # a sheet that glues its labels follows a house style
        ("Poids: 5 kg\n\nHauteur: 30 cm\n\nCouleur: rouge", []),
        # no clear majority: left alone
        ("Poids\u00a0: 5 kg\n\nHauteur: 30 cm\n\nCouleur\u00a0: rouge\n\nMatière: coton", []),
    ],
    ids=["one-glued", "all-glued", "mixed"],
)
def test_a_glued_label_colon_among_spaced_ones(target: str, expected: list[str]) -> None:
    extra = "\n\nFabric: cotton" if target.count("\n\n") == 3 else ""
    source = "Weight: 5 kg\n\nHeight: 30 cm\n\nColour: red" + extra
    findings = findings_for(
        source, target, "en", "fr", checks=("typography.french_spacing",), config=CheckConfig(profile="product")
    )
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the upper end of a range keeps the source's separators
        ("Einsatzhöhe: 0–1.500 m", "Operating altitude: 0–1.500 m", "de", "en", ["1.500"]),
        ("Speed range: 5–2,400 rpm", "Zakres prędkości: 5–2,400 obr./min", "en", "pl", ["2,400"]),
        # rewritten for the target locale
        ("Einsatzhöhe: 0–1.500 m", "Operating altitude: 0–1,500 m", "de", "en", []),
        ("Speed range: 5–2,400 rpm", "Zakres prędkości: 5–2400 obr./min", "en", "pl", []),
    ],
    ids=["de-en-kept", "en-pl-kept", "de-en-right", "en-pl-right"],
)
def test_a_range_end_keeps_the_source_separators(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.number_separators",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the source's amount and sign order kept, where the translation writes other amounts sign first
        (
            "Prezzo: 49,90 € – spedizione gratuita da 30 €.",
            "Price: 49.90 € – free shipping over €30.",
            "it",
            "en",
            ["49.90 €"],
        ),
        ("Prix : 1\u202f290 € – reprise de 50 €", "Prijs: 1.290 € – inruil € 50", "fr", "nl", ["1.290 €"]),
        # the language's order throughout, or a house style that writes every amount sign after
        ("Prezzo: 49,90 € – spedizione gratuita da 30 €.", "Price: €49.90 – free shipping over €30.", "it", "en", []),
        ("Prezzo: 49,90 € – spedizione gratuita da 30 €.", "Price: 49.90 € – free shipping over 30 €.", "it", "en", []),
    ],
    ids=["it-en-kept", "fr-nl-kept", "it-en-right", "it-en-house-style"],
)
def test_a_currency_sign_after_the_amount_in_a_sign_first_language(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("typography.currency_side",))
    assert [f.excerpt for f in findings] == expected


def test_top_level_quotations_are_found_in_linear_time_and_as_before() -> None:
    # Every pair of quotation marks was compared with every other: a paragraph of '"a" ' x 10,000
    # (40 KB) took 40 s, of '"' x 100,000 over two minutes.
    import random
    import time

    from mtqa.checks.typography import _QUOTE_PAIRS, _quotes

    def nested_the_slow_way(text: str) -> list[tuple[int, str]]:
        pairs = [(m.start(), m.end(), style) for style, regex in _QUOTE_PAIRS for m in regex.finditer(text)]
        return sorted((a, style) for a, b, style in pairs if not any(s < a and b <= e for s, e, _ in pairs))

    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(" x«»“”„‘’\"'\u00a0.") for _ in range(rng.randint(1, 30)))
        if any(regex.search(text) for _, regex in _QUOTE_PAIRS):
            assert _quotes(text) == nested_the_slow_way(text), text
    began = time.perf_counter()
    assert len(_quotes('"a" ' * 20_000)) == 20_000
    assert len(_quotes("«\u00a0b\u00a0» " * 20_000)) == 20_000
    assert time.perf_counter() - began < 3.0


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # a number of full-width digits among half-width ones
        ("容量は500ml、重さは３２０g、充電は90分です。", "ja", ["３２０"]),
        ("容量500ml，重量３２０g，充电时间90分钟。", "zh", ["３２０"]),
        # a single full-width digit is a typesetting choice
        ("第１章では500mlと320gについて90分説明します。", "ja", []),
        # a document written in full-width digits throughout keeps them
        ("容量は５００ml、重さは３２０g、充電は９０分です。", "ja", []),
    ],
    ids=["ja-mixed", "zh-mixed", "ja-single-digit", "ja-all-full-width"],
)
def test_full_width_numbers_in_a_half_width_document(target: str, target_lang: str, expected: list[str]) -> None:
    source = "It holds 500 ml, weighs 320 g and charges in 90 minutes."
    findings = findings_for(source, target, "en", target_lang, checks=("typography.digit_style",))
    assert [f.excerpt for f in findings] == expected
    assert all(f.suggestion == "320" for f in findings)


def test_french_clock_time_kept_in_another_language() -> None:
    source = "Le concert a commencé à 20 h 45 devant 3 000 personnes."
    english = findings_for(source, "The concert began at 20 h 45 in front of 3,000 people.", "fr", "en")
    assert [(f.excerpt, f.suggestion) for f in english if f.check == "typography.clock_format"] == [
        ("20 h 45", "20:45")
    ]
    finnish = findings_for("La séance a repris à 14h30.", "Istunto jatkui kello 14h30.", "fr", "fi")
    assert [(f.excerpt, f.suggestion) for f in finnish if f.check == "typography.clock_format"] == [("14h30", "14.30")]
    # Rendered in the target's format, or a duration with its unit, or a French target: silent.
    for source_text, target_text, target_lang in (
        (source, "The concert began at 8.45pm in front of 3,000 people.", "en"),
        ("Le record est de 2 h 01 min.", "The record is 2 h 01 min.", "en"),
        ("The concert began at 8:45 pm.", "Le concert a commencé à 20 h 45.", "fr"),
    ):
        found = findings_for(source_text, target_text, "fr" if target_lang == "en" else "en", target_lang)
        assert "typography.clock_format" not in {f.check for f in found}


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # one single digit full-width among single digits written half-width: a slip
        ("電池は2本、充電は4時間。\n\nライトは3段階。\n\n保証は１年です。", ["１"]),
        ("包装内含2个电池和3根线。\n\n充电5小时。\n\n保修期为１年。", ["１"]),
        # single digits written full-width throughout (a house style), or too few half-width ones to say
        ("電池は２本、充電は４時間。\n\nライトは３段階。\n\n保証は１年です。", []),
        ("電池は2本。\n\n保証は１年です。", []),
        # a half-width decimal is no single digit
        ("重さ2.5kg、長さ3.5cm、幅1.5cm。\n\n保証は１年です。", []),
    ],
)
def test_a_single_full_width_digit_among_half_width_ones(target: str, expected: list[str]) -> None:
    source = "A source paragraph.\n\nAnother one.\n\nA third one."
    lang = "zh" if "个" in target else "ja"
    findings = findings_for(source, target, "en", lang, checks=("typography.digit_style",))
    assert [f.excerpt for f in findings] == expected
