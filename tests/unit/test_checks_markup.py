"""Golden table and properties of the markup family."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.checks_helpers import STRESS_ALPHABET, assert_robust, failing_ids, findings_for

PLACEHOLDER = "markup.placeholder"
TAG = "markup.tag"
LINK = "markup.link"
ENTITY = "markup.entity"

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # markup.placeholder
    ("Contact #PRS_ORG# for details.", "Contactez PRS_ORG pour plus de détails.", "en", "fr", {PLACEHOLDER}),
    ("Hello {name}, you have %d messages.", "Bonjour {nom}, vous avez %d messages.", "en", "fr", {PLACEHOLDER}),
    ("Set ${HOME} first.", "Setzen Sie zuerst $HOME.", "en", "de", {PLACEHOLDER}),
    ("Hallo {{user}}, %(count)s neue Nachrichten.", "Hello {{ user }}, %(count)s new messages.", "de", "en", set()),
    ("Hello {name}, you have %d messages.", "Bonjour {name}, vous avez %d messages.", "en", "fr", set()),
    # ICU MessageFormat: the argument's name and type must survive, the branches may differ by language
    ("Updated {when, date, short}", "Mis à jour {quand, date, short}", "en", "fr", {PLACEHOLDER}),
    ("Updated {when, date, short}", "Mis à jour le {when, date, short}", "en", "fr", set()),
    (
        "{n, plural, one {# file} other {# files}}",
        "{n, plural, one {# fichier} many {# de fichiers} other {# fichiers}}",
        "en",
        "fr",
        set(),
    ),
    (
        "{n, plural, one {# file} other {# files}}",
        "{n, select, one {# fichier} other {# fichiers}}",
        "en",
        "fr",
        {PLACEHOLDER},
    ),
    ("20% of the votes.", "20 % des voix, 10 $US.", "en", "fr", set()),
    # markup.tag
    ("Click <b>here</b> now.", "Cliquez <b>ici maintenant.", "en", "fr", {TAG}),
    ("Line one<br/>line two.", "Zeile eins, Zeile zwei.", "en", "de", {TAG}),
    ('See <a href="/en/page">the page</a>.', 'Voir <a href="/fr/page">la page</a>.', "en", "fr", set()),
    ("Line one<br>line two.", "Ligne un<br/>ligne deux.", "en", "fr", set()),
    # markup.link
    ("Read more at https://www.who.int/news.", "En savoir plus sur https://www.who.fr/news.", "en", "fr", {LINK}),
    ("Write to press@example.org today.", "Écrivez à presse@example.org aujourd'hui.", "en", "fr", {LINK}),
    ("Follow @WHO for news.", "Folgen Sie der WHO für Neuigkeiten.", "en", "de", {LINK}),
    ("See https://Example.com/Path.", "Voir https://example.com/Path.", "en", "fr", set()),
    (
        "Mail PRESS@example.org or visit www.example.org.",
        "Écrivez à press@example.org ou www.example.org.",
        "en",
        "fr",
        set(),
    ),
    # a URL ends at the bracket the sentence opened, and before full-width marks glued to it
    (
        "Details (www.ostrava-demo.cz/plan).",
        "세부 사항은 웹사이트(www.ostrava-demo.cz/plan)에 있다.",
        "en",
        "ko",
        set(),
    ),
    (
        "詳細はサイト（www.ostrava-demo.cz/plan）で確認できる。",
        "See the site (www.ostrava-demo.cz/plan).",
        "ja",
        "en",
        set(),
    ),
    # markup.entity: a reference of the source broken, not one dropped or written as its character
    ("Mugs &amp; cups", "Tazze &amp ; tazzine", "en", "it", {ENTITY}),
    ("Blends&nbsp;&amp;&nbsp;teas", "Mezclas&nbsp;&amp;amp;&nbsp;tés", "en", "es", {ENTITY}),
    ("Sizes 8&ndash;12", "Tailles 8&ndash 12", "en", "fr", {ENTITY}),
    ("Zen&trade; tea for 2&frac12; cups", "Thé Zen&trade; pour 2& frac12; tasses", "en", "fr", {ENTITY}),
    ("Ring size 7&frac14;", "Taglia anello 7&frac 14;", "en", "it", {ENTITY}),
    ("Ring size 7&frac14;", "Taglia anello 7&frac14;, o 7 ¼", "en", "it", set()),
    ("It&#x2019;s here &mdash; finally", "Es ist da – endlich", "en", "de", set()),
    ("Tea &amp; cake", "Thé &amp; gâteau, AT&T & co ;", "en", "fr", set()),
    ("Our R&D lab", "Notre labo R&D", "en", "fr", set()),
    ("Use &amp;amp; in XML", "Utilisez &amp;amp; en XML", "en", "fr", set()),
    # the semicolon lost before a digit: the name is read up to the digit
    ("Ages 3&ndash;5 years", "Età 3&ndash5 anni", "en", "it", {ENTITY}),
    ("Ages 3&ndash;5 years", "Età 3&ndash;5 anni", "en", "it", set()),
    ("Serves 2&frac12; cups", "Dla 2&frac12 osób", "en", "pl", {ENTITY}),  # a name ending in digits, whole
    ("Ages 3-5 years", "Età 3&ndash5 anni", "en", "it", set()),  # no reference of the source
    # written whole but garbled: the digits past the semicolon, or the name one letter off
    ("Room of 20 m&sup2;", "Raum mit 20 m&sup;2", "en", "de", {ENTITY}),
    ("Ring size 7&frac14;", "Anillo talla 7&frac;14", "en", "es", {ENTITY}),
    ("Pages 4&mdash;9", "Pagine 4&mdah;9", "en", "it", {ENTITY}),
    ("Acme&trade; jug", "Kan Acme&tade;", "en", "nl", {ENTITY}),
    ("Room of 20 m&sup2;", "Raum mit 20 m&sup2;", "en", "de", set()),
    ("Set A &sube; set B", "Ensemble A &sup; ensemble B", "en", "fr", set()),  # another real reference
    ("Tea &amp; cake", "Tè &amo; torta", "en", "it", {ENTITY}),
    ("A 120&deg; view", "Une vue à 120&dge;", "en", "fr", {ENTITY}),  # two letters swapped
    ("Acme&reg; jug", "Kan Acme&rge;", "en", "nl", {ENTITY}),
    # the ampersand lost, or a hexadecimal reference's x
    ("Wash at 40 &deg;C only", "Waschen nur bei 40 deg;C", "en", "de", {ENTITY}),
    ("Fish &amp; chips", "Poisson amp; frites", "en", "fr", {ENTITY}),
    ("Fish and chips", "Poisson amp; frites", "en", "fr", set()),  # no reference of the source
    ("See: deg;C &deg;C", "Voir : deg;C °C", "en", "fr", set()),  # the source writes it bare too
    ("It&#x2019;s new", "Es&#2019;s neu", "en", "de", {ENTITY}),
    ("It&#x2019;s new", "C&#8217;est nouveau", "en", "fr", set()),  # the same character, decimal
    ("Item &#2019; here", "Article &#2019; ici", "en", "fr", set()),
    ("Tea &amp; cake", "Tè &amp; torta, Dolce&Gabbana; caffè", "en", "it", set()),  # no name of the source
    # decoded, with the reference's semicolon left behind
    ("Acme&trade; kettle in steel", "Wasserkocher Acme™; aus Stahl", "en", "de", {ENTITY}),
    ("Sizes S&ndash;XL, all colours", "Tallas S–;XL, todos los colores", "en", "es", {ENTITY}),
    ("Acme&trade; kettle in steel", "Wasserkocher Acme™ aus Stahl", "en", "de", set()),
    ("Caf&eacute; &amp; tea, fresh", "Café; thé frais", "en", "fr", set()),  # a letter may end a clause
    ("Only 49&euro; per set", "Nur 49 €; pro Set", "en", "de", set()),  # so may a price
    ("The &ldquo;best&rdquo;, then more", "Das „Beste“; dann mehr", "en", "de", set()),  # and a quotation
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("markup",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_altered_item_is_one_finding_anchored_in_both_texts() -> None:
    source = "Hello {name}, welcome."
    target = "Bonjour {nom}, bienvenue."
    findings = findings_for(source, target, "en", "fr", checks=(PLACEHOLDER,))
    assert len(findings) == 1
    (finding,) = findings
    assert finding.excerpt == "{nom}" and finding.suggestion == "{name}" and finding.severity == "major"
    assert finding.target_span is not None and finding.source_span is not None
    assert source[finding.source_span.start : finding.source_span.end] == "{name}"


def test_missing_item_is_anchored_in_the_source_and_added_one_in_the_target() -> None:
    missing = findings_for("Hello {name}, welcome.", "Bonjour, bienvenue.", "en", "fr", checks=(PLACEHOLDER,))
    added = findings_for("Hello, welcome.", "Bonjour, bienvenue %s.", "en", "fr", checks=(PLACEHOLDER,))
    assert [(f.source_span is not None, f.target_span is not None, f.excerpt) for f in missing] == [
        (True, False, "{name}")
    ]
    assert [(f.source_span is not None, f.target_span is not None, f.excerpt) for f in added] == [(False, True, "%s")]


def test_mangled_closing_tag_is_reported() -> None:
    findings = findings_for(
        "Press <b>Save</b> now.", "Appuyez sur <b>Enregistrer</ b> maintenant.", "en", "fr", checks=("markup.tag",)
    )
    assert [(f.excerpt, f.suggestion) for f in findings] == [("</ b>", "</b>")]


def test_placeholder_moved_to_another_sentence_of_the_paragraph_is_kept() -> None:
    findings = findings_for("Call #NAME#. Then leave.", "Appelez. Puis partez, #NAME#.", "en", "fr", checks=("markup",))
    assert findings == ()


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("markup", source, target, "en", lang)


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [
        ("You have %d new messages from %s.", "Vous avez %s nouveaux messages de %d.", ["%s"]),
        ("You have %d new messages from %s.", "De %s : %d nouveaux messages.", ["%s"]),
        ("You have %d new messages from %s.", "Vous avez %d nouveaux messages de %s.", []),
        ("%(count)d messages from %(name)s.", "De %(name)s, %(count)d messages.", []),  # named: any order
        ("From %s to %s.", "Vers %s depuis %s.", []),  # same type: a swap cannot be seen
    ],
)
def test_printf_placeholders_filled_in_order_must_keep_their_order(source: str, target: str, found: list[str]) -> None:
    findings = findings_for(source, target, "en", "fr", checks=(PLACEHOLDER,))
    assert [f.excerpt for f in findings] == found


def test_a_reference_s_leftover_semicolon_is_no_stray_punctuation() -> None:
    source = "Soft DuPont&trade; bristles, tapered ends"
    found = findings_for(source, "Miękkie włosie DuPont™;, zwężone końce", "en", "pl", checks=("punctuation.stray",))
    assert found == ()
    doubled = findings_for(
        source, "Miękkie włosie DuPont™;, zwężone;, końce", "en", "pl", checks=("punctuation.stray",)
    )
    assert [f.excerpt for f in doubled] == [";,"]


def test_a_space_before_a_reference_s_semicolon_is_no_french_spacing_error() -> None:
    # the article writes no-break spaces (so a plain one is an error): only the second " ;" is reported
    source = "Mugs &amp; cups; glasses? Yes! Now!"
    target = "Tasses &amp ; soucoupes ; verres\u202f? Oui\u202f! Maintenant\u202f!"
    found = findings_for(source, target, "en", "fr", checks=("typography.french_spacing",))
    assert [(f.excerpt, f.target_span.start if f.target_span else None) for f in found] == [(" ;", 23)]


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # an option, a path, a file name translated inside code; a closing backtick lost
        (
            "The `--verify` option compares checksums.",
            "De optie `--verificeren` vergelijkt controlesommen.",
            "nl",
            ["`--verificeren`"],
        ),
        (
            "Enter the path, for example `D:\\Restore\\2026-05`.",
            "Voer het pad in, bijvoorbeeld `D:\\Herstel\\2026-05`.",
            "nl",
            ["`D:\\Herstel\\2026-05`"],
        ),
        ("Errors go to `/var/log/app.log`.", "Les erreurs vont dans `/var/log/app.log.", "fr", ["`/var/log/app.log."]),
        # kept as written, in another order, or reworded around the code
        ("The `--verify` option compares checksums.", "De optie `--verify` vergelijkt controlesommen.", "nl", []),
        (
            "Run `app --reset`, then `app --start`.",
            "Führen Sie erst `app --reset` und dann `app --start` aus.",
            "de",
            [],
        ),
    ],
    ids=["option", "path", "lost-backtick", "kept", "kept-two"],
)
def test_an_inline_code_span_is_kept_as_written(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("markup.code_span",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("Click **Next** to go on.", "Haga clic en **Siguiente* para continuar.", ["*"]),
        ("Press *Enter* to go on.", "Appuyez sur *Entrée pour continuer.", ["*"]),
        # whole pairs dropped (a house style, or a sentence left out), bullets and a multiplication sign
        ("Click **Next** to go on.", "Haga clic en Siguiente para continuar.", []),
        ("* Open the app.\n* Tap **Sync**.", "* Ouvrez l’application.\n* Touchez **Synchroniser**.", []),
        ("It is 3 * 4 cm.", "Il mesure 3 * 4 cm.", []),
        ("We want a new machine*. Any tips?", "Queremos una máquina nueva. ¿Algún consejo?", []),
    ],
    ids=["bold-cut-short", "italic-lost", "pair-dropped", "bullets", "times", "footnote-mark"],
)
def test_an_emphasis_mark_cut_short(source: str, target: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", "es", checks=("markup.emphasis",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("Go to **Admin > Users & Roles**.", "Przejdź do **Administracja > Użytkownicy &amp; role**.", ["&amp;"]),
        (
            "Run `net stop vpn && net start vpn`.",
            "Führen Sie `net stop vpn &amp;&amp; net start vpn` aus.",
            ["&amp;", "&amp;"],
        ),
        # the source escapes it too, or writes no such character
        ("You&#x2019;ll love it &amp; so will they.", "Vous l’adorerez &amp; eux aussi.", []),
        ("Tom and Jerry.", "Tom &amp; Jerry.", []),
    ],
    ids=["menu-label", "command", "source-escapes", "no-ampersand-in-source"],
)
def test_a_character_escaped_into_a_reference(source: str, target: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", "pl", checks=("markup.entity",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "excerpt"),
    [
        # French spacing applied to the colon of the scheme, or a space after it: the break is pointed at
        ("Les horaires sont sur https\u00a0://www.velo-lyon.org/ete.", "fr", "https\u00a0://www.velo-lyon.org/ete"),
        ("Die Fahrpläne stehen auf https: //www.velo-lyon.org/ete.", "de", "https: //www.velo-lyon.org/ete"),
    ],
)
def test_a_scheme_broken_by_a_space_is_reported_with_the_address(target: str, target_lang: str, excerpt: str) -> None:
    source = "Timetables are at https://www.velo-lyon.org/ete."
    findings = findings_for(source, target, "en", target_lang, checks=(LINK,))
    assert [f.excerpt for f in findings] == [excerpt]


def test_a_scheme_kept_whole_is_silent() -> None:
    source = "Timetables are at https://www.velo-lyon.org/ete, or ask: the desk helps."
    target = "Les horaires sont sur https://www.velo-lyon.org/ete, ou demandez\u00a0: l’accueil aide."
    assert findings_for(source, target, "en", "fr", checks=(LINK,)) == ()
