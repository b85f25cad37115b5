"""Golden table and properties of the punctuation family."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from tests.checks_helpers import STRESS_ALPHABET, assert_matches_as_before, assert_robust, failing_ids, findings_for

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "china-us-ai-talks"

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # punctuation.inverted_marks
    (
        "¡Qué sorpresa! ¿Vendrá mañana?",
        "¡What a surprise! Will he come tomorrow?",
        "es",
        "en",
        {"punctuation.inverted_marks"},
    ),
    ("¿Cuándo llega el tren?", "Quand le train arrive-t-il ¿?", "es", "fr", {"punctuation.inverted_marks"}),
    ("¿Cuándo llega el tren?", "When does the train arrive?", "es", "en", set()),
    ("When does the train arrive?", "¿Cuándo llega el tren?", "en", "es", set()),
    ("When does the train arrive?", "¿Quan arriba el tren?", "en", "ca", set()),
    # a sentence left in Spanish: the untranslated checks report it
    ("¿Cuándo llega el tren? Nadie lo sabe.", "¿Cuándo llega el tren? Nobody knows.", "es", "en", set()),
    # the source quotes Spanish itself
    ("Su lema, «¿Y ahora qué?», gustó.", "His motto, “¿Y ahora qué?”, was liked.", "fr", "en", set()),
    # punctuation.stray
    ("AI is key.", "L'IA est essentielle. .", "en", "fr", {"punctuation.stray"}),
    ("He said, then left.", "Il a dit ; , puis il est parti.", "en", "fr", {"punctuation.stray"}),
    ("The price, set yesterday, is high.", "Le prix,, fixé hier, est élevé.", "en", "fr", {"punctuation.stray"}),
    ("She left. Then she came back.", "Sie ging.. Dann kam sie zurück.", "en", "de", {"punctuation.stray"}),
    ("Why, she asked.", "Why?, she asked.", "de", "en", {"punctuation.stray"}),
    # an ordinal's full stop before a comma where ordinals take one; a stop after a word or a year is stray
    ("Les 3, 4 et 5 mai.", "Am 3., 4. und 5. Mai.", "fr", "de", set()),
    ("Ve 20. letech, a pak.", "In den 20., dann.", "cs", "de", set()),
    ("In the 1980s, prices rose.", "V 80., ceny rostly.", "en", "cs", set()),
    (
        "Prices rose in 2024, then fell.",
        "Die Preise stiegen 2024., dann fielen sie.",
        "en",
        "de",
        {"punctuation.stray"},
    ),
    ("Prices rose 5, then fell.", "Les prix ont augmenté de 5., puis ont baissé.", "en", "fr", {"punctuation.stray"}),
    ("He left, then came.", "Er ging., dann kam er.", "en", "de", {"punctuation.stray"}),
    ("Wait... He is coming.", "Attendez... Il arrive.", "en", "fr", set()),
    ("What?! Really?", "Quoi ?! Vraiment ?", "en", "fr", set()),
    ("Apples, pears, etc., then he left.", "Des pommes, des poires, etc., puis il est parti.", "en", "fr", set()),
    ("See www.example.com.", "Voir www.example.com.", "en", "fr", set()),
    ("Use std::vector here.", "Nutzen Sie hier std::vector.", "en", "de", set()),
    # a label's colon doubled before a space is no code
    ("Net weight: 2 kg", "Peso netto:: 2 kg", "en", "it", {"punctuation.stray"}),
    ("Listen on ::1 or fe80::1 only.", "Écoutez sur ::1 ou fe80::1 seulement.", "en", "fr", set()),
    ("Wait . . . no.", "Attendez . . . non.", "en", "fr", set()),
    # punctuation.space_before
    (
        "The consequence, over time, was clear.",
        "La conséquence , au fil du temps, était claire.",
        "en",
        "fr",
        {"punctuation.space_before"},
    ),
    ("Why? Nobody knows.", "Warum ? Niemand weiß es.", "en", "de", {"punctuation.space_before"}),
    ("He left .", "Er ging .", "fr", "de", {"punctuation.space_before"}),
    ('of the "public".', "von der „Öffentlichkeit“ .", "en", "de", {"punctuation.space_before"}),
    ('of the "public".', "von der „Öffentlichkeit“.", "en", "de", set()),
    ("Why? Nobody knows.", "Pourquoi ? Personne ne sait.", "en", "fr", set()),
    ("Version .NET 8 is out.", "La version .NET 8 est sortie.", "en", "fr", set()),
    ("He left , then came back , late .", "Il est parti , puis revenu , tard .", "en", "fr", set()),
    # punctuation.space_before after an abbreviation's full stop: the stop belongs, the space does not
    ("needs (p. ex. equity)", "needs (e.g. , equity)", "fr", "en", {"punctuation.space_before"}),
    ("needs (p. ex. equity)", "needs (e.g., equity)", "fr", "en", set()),
    # punctuation.quote_space
    ("appelé « immunité entraînée ».", "called “ trained immunity.”", "fr", "en", {"punctuation.quote_space"}),
    ("une protection « hors-cible »", "a ‘ off-target’ protection", "fr", "en", {"punctuation.quote_space"}),
    ('He said "yes".', "Er sagte „ ja“.", "en", "de", {"punctuation.quote_space"}),
    ("appelé « immunité entraînée ».", "called “trained immunity.”", "fr", "en", set()),
    ('He said "yes".', "Il a dit « oui ».", "en", "fr", set()),  # French spaces its guillemets
    ('He said "yes" and left.', "Er sagte „ja“ und ging.", "en", "de", set()),  # “ closes in German
    ('He said , " yes " , and left .', "Er sagte , „ ja “ , und ging .", "en", "de", set()),  # tokenised
    # punctuation.quote_space: a straight mark that can only open (paragraph start, after a colon)
    ('He added: "I know."', 'Er fügte hinzu: " Ich weiß."', "en", "de", {"punctuation.quote_space"}),
    ('"A good game," he said.', '" Ein gutes Spiel", sagte er.', "en", "de", {"punctuation.quote_space"}),
    ('He added: "I know."', 'Er fügte hinzu: "Ich weiß."', "en", "de", set()),
    ('He said "I know" and left.', 'Er sagte "Ich weiß" und ging.', "en", "de", set()),  # not opening
    ('He added: "I know."', 'Il a ajouté : " Je sais. "', "en", "fr", set()),  # French spaces its quotes
    # punctuation.slash_space
    ("Listen to add/remove events.", "Auf Hinzufügen / Entfernen hören.", "en", "de", {"punctuation.slash_space"}),
    ("via HDMI and/or VGA", "über HDMI und / oder VGA", "en", "de", {"punctuation.slash_space"}),
    ("via HDMI and/or VGA", "über HDMI und/oder VGA", "en", "de", set()),
    ("term 2024 / term 2025", "Semester 2024 / Semester 2025", "en", "de", set()),  # the source spaces it
    ("hurt me or kill me", "mich verletzen / töten", "en", "de", set()),  # the source has no slash
    ("See https://example.com/a/b now.", "Siehe https://example.com/a / b jetzt.", "en", "de", set()),
    # punctuation.ellipsis_space
    ("BEWARE...SMELL IS BAD", "Vorsicht...Geruch ist schlecht", "en", "de", {"punctuation.ellipsis_space"}),
    ("limited...then", "limité…ensuite rien", "en", "fr", {"punctuation.ellipsis_space"}),
    ("BEWARE... SMELL IS BAD", "Vorsicht ... Geruch ist schlecht", "en", "de", set()),
    # German: a space before an ellipsis for left-out words, too (Duden); not in English or French
    ("If he died... the end.", "Wenn er stürbe... das Ende.", "en", "de", {"punctuation.ellipsis_space"}),
    ("If he died... the end.", "S'il mourait... la fin.", "en", "fr", set()),
    ("If he died... the end.", "Wenn er stürbe … das Ende.", "en", "de", set()),
    ("If he died… the end.", "Wenn er stürbe… das Ende.", "en", "de", set()),  # the ellipsis character
    ('He said: "If I die... the end."', "Er sagte: „Wenn ich sterbe... das Ende.“", "en", "de", set()),  # quoted
    ("The H... word", "Das Sch... Wort", "en", "de", set()),  # letters left out of a word
    ("Count 1...10.", "Zählen Sie 1...10.", "en", "de", set()),
    ("What the h...?", "Was zum T...?", "en", "de", set()),  # letters left out of a word
    ("Wait....no", "Warte....nein", "en", "de", set()),  # four dots: not an ellipsis of this check
    ("See https://example.com/a...bc now.", "Voir https://example.com/a...bc maintenant.", "en", "fr", set()),
    ("Wait...then", "等等……然后", "en", "zh", set()),  # Chinese does not space its words
    # punctuation.bracket_space
    ("gender (social roles)", "le genre ( rôles sociaux)", "en", "fr", {"punctuation.bracket_space"}),
    ("Ask [PERSON7] first.", "Fragen Sie zuerst [ PERSON7].", "en", "de", {"punctuation.bracket_space"}),
    ("It fell (by 3%).", "Es fiel (um 3 % ).", "en", "de", {"punctuation.bracket_space"}),
    ("It fell (by 3 %).", "Il a baissé (de 3 %).", "en", "fr", set()),
    ("gender ( social roles )", "le genre ( rôles sociaux )", "en", "fr", set()),
    ("Tick the box ( ) below.", "Cochez la case ( ) ci-dessous.", "en", "fr", set()),
    ("See https://example.com/a( b).", "Voir https://example.com/a( b).", "en", "fr", set()),
    # punctuation.added_brackets
    ("Prise en charge de la lithiase.", "[Management of lithiasis].", "fr", "en", {"punctuation.added_brackets"}),
    (
        "Cas clinique. Une ostéomyélite.",
        "[Clinical case. An osteomyelitis].",
        "fr",
        "en",
        {"punctuation.added_brackets"},
    ),
    ("Applause", "(Applaus)", "en", "de", {"punctuation.added_brackets"}),
    ("[Prise en charge de la lithiase].", "[Management of lithiasis].", "fr", "en", set()),
    ("(Laughter)", "(Lachen)", "en", "de", set()),
    ("（笑声）", "(Laughter)", "zh", "en", set()),
    ("【公告】", "[Notice].", "zh", "en", set()),
    ("掌声", "（Applause）", "zh", "en", {"punctuation.added_brackets"}),
    ("Sales rose (see table).", "Les ventes ont augmenté (voir tableau).", "en", "fr", set()),
    ("(a) yes (b) no", "(a) oui (b) non", "en", "fr", set()),
    ("The first (and last) time.", "(Die erste) und (letzte) Mal.", "en", "de", set()),
    # punctuation.suspended_hyphen
    ("pays à faible et moyen revenu", "low-and middle-income countries", "fr", "en", {"punctuation.suspended_hyphen"}),
    (
        "Single, co- and triple infections",
        "Des infections simples, co-et triples",
        "en",
        "fr",
        {"punctuation.suspended_hyphen"},
    ),
    ("entrances and exits", "alle Ein-und Ausgänge", "en", "de", {"punctuation.suspended_hyphen"}),
    ("low- and middle-income countries", "les pays à revenu faible et moyen", "en", "fr", set()),
    ("pays à faible et moyen revenu", "low- and middle-income countries", "fr", "en", set()),
    ("du rock and roll", "some rock-and-roll music", "fr", "en", set()),
    ("two or three times", "2-und 3-mal", "en", "de", set()),
    # punctuation.paragraph_start
    ("The text starts badly.", ". Le texte commence mal.", "en", "fr", {"punctuation.paragraph_start"}),
    ("And then nothing.", ", und dann nichts.", "en", "de", {"punctuation.paragraph_start"}),
    ("... and then nothing.", "... et puis rien.", "en", "fr", set()),
    # punctuation.unpaired
    ('He said "I am coming tomorrow."', "Il a dit « je viens demain.", "en", "fr", {"punctuation.unpaired"}),
    (
        "The report (published yesterday) sees a fall.",
        "Le rapport (publié hier conclut à une baisse.",
        "en",
        "fr",
        {"punctuation.unpaired"},
    ),
    ("He said: “yes”.", "Er sagte: „ja.", "en", "de", {"punctuation.unpaired"}),
    ('He said "hello" to the "world".', "Er sagte „Hallo“ zur »Welt«.", "en", "de", set()),
    ('He said "I am coming" and (finally) left.', "Il a dit « je viens » puis (enfin) est parti.", "en", "fr", set()),
    ("Steps: 1) read 2) write.", "Étapes : 1) lire 2) écrire.", "en", "fr", set()),
    ('"It is over,', "« C’est fini,", "en", "fr", set()),
    ("It's the people's choice.", "It's the people's choice.", "fr", "en", set()),
    ('A 12" screen.', 'Un écran de 12".', "en", "fr", set()),
    # a quotation over several paragraphs: reopened at each, closed at the end only (news style) ...
    (
        '"We will rebuild," she said. "It will take years.\n\n"But we will do it."',
        "« Nous reconstruirons », a-t-elle dit. « Cela prendra des années.\n\n« Mais nous le ferons. »",
        "en",
        "fr",
        set(),
    ),
    # ... or not reopened: the quotation closes in the next paragraph
    (
        '"It was hard," he said. "We lost.\n\n"We will be back."',
        "„Es war schwer“, sagte er. „Wir haben verloren.\n\nWir kommen wieder.“",
        "en",
        "de",
        set(),
    ),
    # the reference's own mixed marks, a typed apostrophe, a quotation mark that lost its space
    ('He expects a "harsh penalty".', 'Er erwartet eine „harte Strafe".', "en", "de", set()),
    ('Selon "le plan", l"économie croît.', "Laut dem „Plan“ wächst die Wirtschaft.", "fr", "de", set()),
    ("Un retard de l'économie.", 'Ein Rückstand der"Wirtschaft".', "fr", "de", set()),
    # the source leaves a quotation open (it continues in the next paragraph): so may the translation
    ('He said: "We lost.', "Er sagte: „Wir haben verloren.", "en", "de", set()),
    # ... but the translation may not leave more open, or close twice, when the source is balanced
    (
        'He said: "We lost." Then "we left.',
        "Er sagte: „Wir haben verloren. Dann „gingen wir.",
        "en",
        "de",
        {"punctuation.unpaired"},
    ),
    (
        'He said: "I assume we will lose. For us it is a loss."',
        "Il a dit : « Je présume que nous perdrons ». Pour nous c'est une perte ».",
        "en",
        "fr",
        {"punctuation.unpaired"},
    ),
    ('He said "yes."\n\nThen he left.', "Il a dit « oui.\n\nPuis il est parti.", "en", "fr", {"punctuation.unpaired"}),
    # a low-9 quotation closed by ” beside one opened the English way: every mark has its partner (the
    # mixed style is typography's), in Polish as in Romanian; one left open is still reported
    (
        '"Prices will fall," the mayor said. "Rents will not."',
        "„Ceny spadną” – powiedział burmistrz. “Czynsze nie.”",
        "en",
        "pl",
        set(),
    ),
    (
        '"The bridge is safe," she said. "Trains can run."',
        "“Podul este sigur”, a spus ea. „Trenurile pot circula.”",
        "en",
        "ro",
        set(),
    ),
    (
        '"Prices will fall," the mayor said. "Rents will not."',
        "„Ceny spadną – powiedział burmistrz. “Czynsze nie.”",
        "en",
        "pl",
        {"punctuation.unpaired"},
    ),
    # punctuation.end_mismatch
    ("Will the talks succeed?", "Les pourparlers réussiront-ils.", "en", "fr", {"punctuation.end_mismatch"}),
    ("The war is over.", "Der Krieg ist vorbei?", "en", "de", {"punctuation.end_mismatch"}),
    ("Stop the war!", "Arrêtez la guerre.", "en", "fr", set()),
    ("The talks ended.", "Die Gespräche endeten", "en", "de", {"punctuation.end_mismatch"}),
    (
        "Prise en charge de la lithiase urétérale.",
        "Management of ureteral lithiasis",
        "fr",
        "en",
        {"punctuation.end_mismatch"},
    ),
    ('He asked them to "provide shelter."', "Er bat sie, „Schutz zu bieten“", "en", "de", set()),
    ("Rates rise again", "Les taux remontent.", "en", "fr", set()),
    ("Did the talks end?", "Die Gespräche endeten", "en", "de", {"punctuation.end_mismatch"}),
    ("China US", "Chine États-Unis", "en", "fr", set()),
    (
        '"Is it over? Not yet," she said.',
        "« C’est fini. Pas encore », a-t-elle dit.",
        "en",
        "fr",
        {"punctuation.end_mismatch"},
    ),
    ('"Is it over? Not yet," she said.', "« Est-ce fini ? Pas encore », a-t-elle dit.", "en", "fr", set()),
    ("Mr. Li arrived. Is it over?", "M. Li est arrivé. Est-ce fini ?", "en", "fr", set()),
    # a quoted question whose "?" the translation dropped, the quotation closing on a bare word
    (
        '"We lost. What now?" the coach said after the game.',
        "« Nous avons perdu. Et maintenant », a dit l’entraîneur.",
        "en",
        "fr",
        {"punctuation.end_mismatch"},
    ),
    (
        "« Qui paiera la facture ? », demande le maire.",
        '"Who will pay the bill," asks the mayor.',
        "fr",
        "en",
        {"punctuation.end_mismatch"},
    ),
    ('"We lost. What now?" the coach said.', "„Wir haben verloren. Was nun?“, sagte der Trainer.", "en", "de", set()),
    ('"We lost," the coach said.', "„Wir haben verloren“, sagte der Trainer.", "en", "de", set()),
    ("Will it work?", "Wird es klappen?", "en", "de", set()),
    ("The list:", "La liste.", "en", "fr", set()),
    # a clause the source leaves open with ";" (a list item) closed as a sentence
    (
        "La mortalité pourrait augmenter dans les années à venir;",
        "Mortality could increase in the years ahead.",
        "fr",
        "en",
        {"punctuation.end_mismatch"},
    ),
    (
        "La mortalité pourrait augmenter dans les années à venir;",
        "Mortality could increase in the years ahead;",
        "fr",
        "en",
        set(),
    ),
    ("Die Sterblichkeit dürfte steigen.", "Mortality could increase in the years ahead;", "de", "en", set()),
    # a heading's colon lost where the translation simply stops
    ("OBJECTIF :", "OBJECTIVE", "fr", "en", {"punctuation.end_mismatch"}),
    ("OBJECTIF :", "OBJECTIVE:", "fr", "en", set()),
    ("Il a dit :", "He said «", "fr", "en", {"punctuation.unpaired"}),  # cut before a quotation
    ('He said: "It works."', "Il a dit : « Ça marche. »", "en", "fr", set()),
    # a statement that ends with a quoted question: the quotation's "?" stands for the full stop
    ("Why does it grow, you may ask.", "Sie fragen sich: „Warum wächst er?“", "en", "de", set()),
    ("Why does it grow, you may ask.", "Sie fragen sich, warum er wächst?", "en", "de", {"punctuation.end_mismatch"}),
    # German »…« closes with «
    ('It was mocked: "Who would believe that?"', "Man spottete: »Wer glaubt das schon?«", "en", "de", set()),
    (
        'It was mocked: "Who would believe that?"',
        "Man spottete: »Wer glaubt das schon.«",
        "en",
        "de",
        {"punctuation.end_mismatch"},
    ),
    # punctuation.foreign_marks: a Latin question mark after a Greek word; Greek asks with ";"
    ("Is the bridge safe?", "Είναι ασφαλής η γέφυρα?", "en", "el", {"punctuation.foreign_marks"}),
    ('"Why so late?" the mayor asked.', "«Γιατί τόσο αργά;» ρώτησε ο δήμαρχος.", "en", "el", set()),
    # punctuation.foreign_marks: full-width marks after a Latin word
    ("会議は延期された。", "The meeting was postponed。", "ja", "en", {"punctuation.foreign_marks"}),
    (
        "会議は延期された，理由は不明。",
        "The meeting was postponed，for reasons unknown.",
        "zh",
        "en",
        {"punctuation.foreign_marks"},
    ),
    ("The shop sign said 「閉店。」 in red.", "Вывеска гласила 「閉店。」 красным.", "en", "ru", set()),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("punctuation",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_seed_stray_full_stop_after_ia() -> None:
    source, target = (SEED / "en.txt").read_text(), (SEED / "fr.txt").read_text()
    findings = findings_for(source, target, "en", "fr", checks=("punctuation",))
    start = target.index("dans le domaine de l'IA. .") + len("dans le domaine de l'IA")
    assert [(f.check, f.target_span.start, f.target_span.end, f.excerpt) for f in findings if f.target_span] == [
        ("punctuation.stray", start, start + 3, ". .")
    ]
    assert findings[0].suggestion == "."


@pytest.mark.parametrize(
    ("target", "target_lang", "stray"),
    [
        ("利率上升了。。价格下降了。", "zh", ["。。"]),
        ("欧洲央行，，周四加息。", "zh", ["，，"]),
        ("金利が上がった、。価格は下がった。", "ja", ["、。"]),
        ("真的吗？！太好了！！", "zh", []),  # emphasis, not leftovers
        ("利率上升了。价格下降了……", "zh", []),
    ],
)
def test_full_width_marks_doubled_or_left_over(target: str, target_lang: str, stray: list[str]) -> None:
    findings = findings_for("Rates rose. Prices fell.", target, "en", target_lang, checks=("punctuation.stray",))
    assert [f.excerpt for f in findings] == stray


@pytest.mark.parametrize(
    ("target", "target_lang", "lost"),
    [
        ("هل سينجح ذلك؟ نعم، سينجح.", "ar", []),  # the Arabic question mark is a question mark
        ("هل سينجح ذلك. نعم، سينجح.", "ar", ["."]),
        ("क्या यह काम करेगा? हाँ, करेगा।", "hi", []),  # the danda is a full stop
        ("क्या यह काम करेगा। हाँ, करेगा।", "hi", ["।"]),
    ],
)
def test_final_marks_of_other_scripts(target: str, target_lang: str, lost: list[str]) -> None:
    findings = findings_for(
        "Will it work? Yes, it will.", target, "en", target_lang, checks=("punctuation.end_mismatch",)
    )
    assert [f.excerpt for f in findings] == lost


def test_question_lost_is_major() -> None:
    findings = findings_for("Will it work?", "Ça marchera.", "en", "fr", checks=("punctuation.end_mismatch",))
    assert [f.severity for f in findings] == ["major"]


def test_missing_final_exclamation_is_minor_and_spans_last_word() -> None:
    findings = findings_for("It ended!", "Es endete", "en", "de", checks=("punctuation.end_mismatch",))
    assert [(f.severity, f.excerpt) for f in findings] == [("minor", "endete")]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("punctuation", source, target, "en", lang)


# Clean, well-edited paragraphs (not from the seed): none of the text-level families may fire.
CLEAN = {
    "fr": (
        "Les ministres se sont réunis mardi à Genève.\n\n"
        "«\u00a0Nous avons conclu un accord\u00a0», a déclaré M.\u00a0Wang, avant d’ajouter\u00a0: «\u00a0Les deux "
        "parties se reverront en mai\u202f; aucune date n’a été fixée.\u00a0» Le texte, signé par 38\u202f% "
        "des délégués (soit 27 pays), prévoit p.\u00a0ex. un fonds commun, etc.\n\n"
        "Pourquoi maintenant\u202f? Selon l’ONU (https://www.who.int/news), la situation l’exigeait…"
    ),
    "de": (
        "Die Minister trafen sich am Dienstag in Genf.\n\n"
        "„Wir haben eine Einigung erzielt“, sagte Wang am 3. Mai, z. B. über die Finanzierung. Die "
        "Frauen, die die Kinder betreuen, erhalten ca. 20 % mehr (bzw. 300 Euro).\n\n"
        "Warum jetzt? Laut UNO (https://www.who.int/news) war es dringend…"
    ),
    "en": (
        "The ministers met in Geneva on Tuesday.\n\n"
        "“We have reached an agreement,” Mr. Wang said, adding that U.S. officials, e.g. the envoy, "
        "had had talks with about 27 countries (i.e. most of them).\n\n"
        "Why now? According to the UN (see https://www.who.int/news), it was urgent..."
    ),
}
CLEAN_SOURCE = {
    "fr": CLEAN["en"],
    "de": CLEAN["en"],
    "en": CLEAN["fr"],
}


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_clean_paragraphs_give_nothing(lang: str) -> None:
    source_lang = "fr" if lang == "en" else "en"
    families = ("punctuation", "sentence_boundary", "repetition", "typography", "markup")
    findings = findings_for(CLEAN_SOURCE[lang], CLEAN[lang], source_lang, lang, checks=families)
    assert findings == (), [(f.check, f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # the quoted question ends with a full stop: reported in a 2-2 bead too
        ("Les critiques protestent. « Va-t-il taxer nos chalets. », a demandé Ada Quill.", ["."]),
        ("Les critiques protestent. « Va-t-il taxer nos chalets ? », a demandé Ada Quill.", []),
    ],
)
def test_lost_question_in_a_two_sentence_bead(target: str, expected: list[str]) -> None:
    source = 'Critics protest. "Will he tax our cabins?" asked Ada Quill.'
    findings = findings_for(source, target, "en", "fr", checks=("punctuation.end_mismatch",), sentences="paragraph")
    assert [f.excerpt for f in findings] == expected, [(f.excerpt, f.message) for f in findings]


# The patterns as they were written before, looking behind first (re tried them at every character);
# they now start with the character they look behind from, and must match exactly the same.
OLD_LOOKBEHIND_FIRST = {
    "_AFTER_STOP": r"(?<![.…])\.(?:[^\S\n]*[,;:]|[^\S\n]+\.(?![.\w]))",
    "_DOUBLE_STOP": r"(?<![./\\])\.\.(?![./\\])",
    "_SPACE_BEFORE_STOP": r"(?<=[\w)\]»”“‘’\"%])[^\S\n]+(?:,|\.(?![.\w]))",
    "_SPACE_BEFORE_HIGH": r"(?<=[\w)\]»”“‘’\"%])[^\S\n]+[;:!?](?=\s|$|[\"'”»)])",
    "_CLAUSE_END": r"(?<![.…])([.?!？！])(?![.?!])(?=[\s\"'»”’)\]]|$)",
}


@given(st.text(st.sampled_from("aZ1_ .…,;:!?？！'’\"”“‘»)]/\\\n\t\u00a0%"), max_size=30))
@settings(max_examples=400)
def test_the_patterns_match_what_they_matched_looking_behind_first(text: str) -> None:
    from mtqa.checks import punctuation

    patterns = {name: getattr(punctuation, name) for name in OLD_LOOKBEHIND_FIRST}
    assert_matches_as_before(patterns, OLD_LOOKBEHIND_FIRST, text)


@given(st.text(st.sampled_from("aZ1_ :\n\t\u00a0.\"'«»„“”‚‘’"), max_size=30), st.sampled_from(["de", "en"]))
@settings(max_examples=400, deadline=None)  # the first example loads the language data
def test_the_quote_space_pattern_matches_what_it_matched_as_first_written(text: str, code: str) -> None:
    from mtqa.checks.punctuation import _quote_space_pattern
    from mtqa.lang import Language

    language = Language.parse(code)
    marks = "".join(language.data.table_of("typography", "quotes")["opening"])
    before = rf"([{re.escape(marks)}]|(?:^|(?<=:[^\S\n]))[\"'])[^\S\n]+(?=[^\W_])"
    pattern = _quote_space_pattern(language)
    assert pattern is not None
    assert_matches_as_before({"quote_space": pattern}, {"quote_space": before}, text)


@pytest.mark.parametrize(
    ("target", "lang", "found"),
    [
        ("هل ستنجح المحادثات؟ لا أحد يعلم،، كما قال.", "ar", ["،،"]),
        ("هل ستنجح المحادثات؟ لا أحد يعلم، ، كما قال.", "ar", ["، ،"]),
        ("هل ستنجح المحادثات؟ لا أحد يعلم، كما قال.", "ar", []),
        ("会谈会成功吗？没有人知道，，他说。", "zh", ["，，"]),
    ],
)
def test_stray_marks_of_other_scripts(target: str, lang: str, found: list[str]) -> None:
    findings = findings_for(
        "Will the talks succeed? Nobody knows, he said.", target, "en", lang, checks=("punctuation.stray",)
    )
    assert [f.excerpt for f in findings] == found


@pytest.mark.parametrize(
    ("target", "lang"),
    [
        ("会谈会成功吗。", "zh"),  # 7 characters for 23: no misaligned pair
        ("회담은 성공할까.", "ko"),
        ("会談は成功するだろうか。", "ja"),
    ],
)
def test_a_lost_question_in_a_short_cjk_sentence(target: str, lang: str) -> None:
    findings = findings_for("Will the talks succeed?", target, "en", lang, checks=("punctuation.end_mismatch",))
    assert [f.excerpt for f in findings] == [target[-1]]


FOREIGN = "punctuation.foreign_marks"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a Latin comma or full stop after hanzi or kana, where the language writes its own
        ("The mayor said on Friday that the bridge will reopen.", "市长周五表示, 大桥将重新开放。", "en", "zh", [", "]),
        ("The museum said the exhibition will close.", "博物館によると, 展示は終了する。", "en", "ja", [", "]),
        ("He left the port. The ship sailed.", "他离开了港口. 船起航了。", "en", "zh", [". "]),
        # an Arabic sentence with the Latin comma between Arabic words
        ("The council met, and the vote was held.", "اجتمع المجلس, وجرى التصويت.", "en", "ar", [", "]),
        # a full-width comma or stop left in a language that does not write them
        ("他说，会谈结束了。", "He said，the talks had ended.", "zh", "en", ["，"]),
        ("他说，会谈结束了。", "Он сказал，что переговоры завершились。", "zh", "ru", ["，", "。"]),
        ("他说，会谈结束了。", "وقال，إن المحادثات انتهت.", "zh", "ar", ["，"]),
        # an Arabic comma, semicolon or question mark left after a word of another script
        ("وقال إن المصنع، الذي افتتح", "He said the mill، which opened", "ar", "en", ["،"]),
        ("هل انتهى الموسم؟ نعم", "Is the season over؟ Yes", "ar", "en", ["؟"]),
        ("ارتفعت الأسعار؛ وانخفض الطلب", "Die Preise stiegen؛ die Nachfrage sank", "ar", "de", ["؛"]),
        # correct: an Arabic phrase quoted in its own script, a digit before the mark, Arabic itself
        ("قال: «شكرا، يا صديقي»", "He said: “شكرا، يا صديقي” (thank you, my friend)", "ar", "en", []),
        ("The council met, and the vote was held.", "اجتمع المجلس في 2024، وجرى التصويت.", "en", "ar", []),
        # a Chinese source's own "，" after a digit excuses nothing in an English translation
        ("去年增长了3，今年又增长了。", "It grew by 3，and grew again this year.", "zh", "en", ["，"]),
        # correct: digits, times, Latin text inside Chinese, the language's own marks, glosses in another script
        ("The plant employs 3,850 people.", "该厂雇用3,850名员工，工作时间为8:30至17:00。", "en", "zh", []),
        ("The firm, Acme Ltd., said so.", "该公司（Acme Ltd., 英国）如是说。", "en", "zh", []),
        ("会谈结束了。", "The talks have ended (“会谈结束了。”).", "zh", "en", []),
        ("The council met, and the vote was held.", "اجتمع المجلس، وجرى التصويت.", "en", "ar", []),
        ("Wait... He is coming.", "等等...他来了。", "en", "zh", []),
        # a source in the same language with the same habit: copied, not the engine's
        ("市长表示, 大桥将重新开放。", "市长表示, 大桥将重新开放。", "zh", "zh-Hant", []),
    ],
)
def test_foreign_marks(source: str, target: str, source_lang: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(FOREIGN,))
    assert [f.excerpt for f in findings] == expected


def test_foreign_marks_suggest_the_language_s_own_mark() -> None:
    findings = findings_for(
        "It closed, then reopened.", "博物館によると, 展示は終了する。", "en", "ja", checks=(FOREIGN,)
    )
    assert [f.suggestion for f in findings] == ["、"]
    findings = findings_for("他说，会谈结束了。", "He said，the talks ended.", "zh", "en", checks=(FOREIGN,))
    assert [f.suggestion for f in findings] == [", "]
    findings = findings_for("他说，会谈结束了。", "وقال，إن المحادثات انتهت.", "zh", "ar", checks=(FOREIGN,))
    assert [f.suggestion for f in findings] == ["، "]
    findings = findings_for("المصنع، الذي", "The plant، which closed.", "ar", "en", checks=(FOREIGN,))
    assert [f.suggestion for f in findings] == [","]


# Marks, spaces and character references, so that the random texts hold pairs of marks, references
# that decode to marks, and URLs that masking turns into letters.
_HINT_ALPHABET = st.sampled_from([*STRESS_ALPHABET, "&#44;", "&#x2e;", "&amp;", "www.", ".com", "，", "。", "؟", "،"])


@given(st.lists(_HINT_ALPHABET, max_size=25).map("".join), st.sampled_from(["en", "fr", "de", "ar", "zh"]))
@settings(max_examples=400, deadline=None)
def test_a_paragraph_the_gates_pass_over_has_no_finding_of_theirs(text: str, code: str) -> None:
    from mtqa.checks._textutil import decode_references, mask_protected
    from mtqa.checks.punctuation import (
        _FOREIGN_MARKS,
        _SPACE_BEFORE_HIGH_HINT,
        _SPACE_BEFORE_STOP_HINT,
        _STRAY_HINT,
        _mark_characters,
        _native_marks,
        _spaces_after_abbreviation,
        bracket_spaces,
        foreign_marks,
        loose_marks,
        spaces_before,
        stray_marks,
    )
    from mtqa.lang import Language

    language = Language.parse(code)
    decoded = decode_references(text)
    present = set(text) | set(decoded)
    if list(stray_marks(text, language)):
        assert _STRAY_HINT.search(decoded)
    masked = mask_protected(text)
    if list(spaces_before(masked, False)) or list(_spaces_after_abbreviation(masked, language)):
        assert _SPACE_BEFORE_STOP_HINT.search(decoded)
    if list(spaces_before(masked, True)):
        assert _SPACE_BEFORE_HIGH_HINT.search(decoded)
    if loose_marks(text):
        assert present & set(_mark_characters())
    if bracket_spaces(text):
        assert present & set("()[]")
    if not _native_marks(language) and list(foreign_marks(text, language)):
        assert present & set(_FOREIGN_MARKS)


_BRACKET_ALPHABET = st.sampled_from(
    ["(", ")", "[", "]", " ", "\t", "\n", "\u00a0", "a", "1", ".", "%", "_", "&#40;", "&#x5d;", " :)", "www.x.com"]
)


@given(st.lists(_BRACKET_ALPHABET, max_size=20).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_bracket_space_hint_passes_over_no_match(text: str) -> None:
    from mtqa.checks._textutil import mask_protected
    from mtqa.checks.punctuation import _BRACKET_SPACE, bracket_spaces

    has_bracket = any(mark in text for mark in "()[]")
    scanned = [match.span() for match in _BRACKET_SPACE.finditer(mask_protected(text))] if has_bracket else []
    assert bracket_spaces(text) == scanned


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # A corner bracket closing a translated quotation is the foreign mark, not a lost partner.
        (
            "彼は「駅を早く直したい」と語った。",
            "He said: “I want to repair the station soon」.",
            "ja",
            "en",
            [("punctuation.foreign_marks", "」")],
        ),
        (
            "他说：「我们明天开会」。",
            "Er sagte: „Wir treffen uns morgen」.",
            "zh",
            "de",
            [("punctuation.foreign_marks", "」")],
        ),
        ("그는 「시민」이라고 말했다.", "Ha detto 「cittadini”.", "ko", "it", [("punctuation.foreign_marks", "「")]),
        # A quotation in corner brackets both ways is a quotation style (typography), a title kept in its own
        # script keeps its brackets, and a quotation with no partner at all stays unpaired.
        ("彼は「駅を早く直したい」と語った。", "He said: 「I want to repair the station soon」.", "ja", "en", []),
        ("彼は映画「千と千尋」を見た。", "He watched the film 「千と千尋」 twice.", "ja", "en", []),
        (
            "彼は「駅を早く直したい」と語った。",
            "He said: “I want to repair the station soon.",
            "ja",
            "en",
            [("punctuation.unpaired", "“")],
        ),
    ],
    ids=["ja-en-closing", "zh-de-closing", "ko-it-opening", "ja-en-style", "ja-en-title", "ja-en-truly-unpaired"],
)
def test_corner_brackets_in_a_translation(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[tuple[str, str]]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("punctuation",))
    assert [(f.check, f.excerpt) for f in findings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why?!", ("?", 3)),  # a question mark anywhere in the final run makes a question
        ("Wow!?", ("?", 4)),
        ("Really?！", ("?", 6)),
        ("Hm!!", ("!", 3)),
        ("x؟!", ("?", 1)),
        ("So…?", ("?", 3)),
        ("It ended.”", (".", 8)),  # closing marks after the run are passed over
        ("好。", (".", 1)),
        ("Note:", (":", 4)),
        ("Rates Rise Again", ("", None)),
        ("", ("", None)),
    ],
)
def test_the_final_mark_of_a_sentence(text: str, expected: tuple[str, int | None]) -> None:
    from mtqa.checks.punctuation import final_mark

    assert final_mark(text) == expected


@pytest.mark.parametrize(
    ("source", "target", "pair", "expected"),
    [
        ("until the evening", "jusqu' au soir", "en-fr", ["' "]),
        ("The hospital is closed.", "L’ hôpital est fermé.", "en-fr", ["’ "]),
        ("another week", "un' altra settimana", "en-it", ["' "]),
        ("the whole year", "tot l' any", "en-ca", ["' "]),
        # Tokenised on both sides: the source's spacing excuses the translation's.
        ("les plages de l' île", "le spiagge dell' isola", "fr-it", []),
        ("a bit more", "un po' di più", "en-it", []),
        ("until the evening", "until' the evening", "fr-en", []),
    ],
)
def test_elision_space(source: str, target: str, pair: str, expected: list[str]) -> None:
    source_lang, target_lang = pair.split("-")
    findings = findings_for(source, target, source_lang, target_lang, checks=("punctuation.elision_space",))
    assert [f.excerpt for f in findings] == expected


CLAUSE_COMMA = "punctuation.clause_comma"


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("He stayed at home because it rained.", "Er blieb zu Hause weil es regnete.", ["Hause weil"]),
        ("I think that he is right.", "Ich glaube dass er recht hat.", ["glaube dass"]),
        (
            "The pan heats evenly, so nothing burns.",
            "Die Pfanne heizt gleichmäßig sodass nichts anbrennt.",
            ["gleichmäßig sodass"],
        ),
        (
            "It works although the cable is short.",
            "Es funktioniert obwohl das Kabel kurz ist.",
            ["funktioniert obwohl"],
        ),
        # correct: the comma is there, or the word before belongs to the conjunction or its clause
        ("He stayed at home because it rained.", "Er blieb zu Hause, weil es regnete.", []),
        ("He left without anyone noticing.", "Er ging, ohne dass es jemand merkte.", []),
        ("He came only because she asked.", "Er kam, nur weil sie fragte.", []),
        ("The pan heats evenly, so nothing burns.", "Die Pfanne heizt gleichmäßig, so dass nichts anbrennt.", []),
        ("That he came was good.", "Dass er kam, war gut.", []),
        ("He said it and, because she asked, he left.", "Er sagte es und weil sie fragte, ging er.", []),
        ("It is too cold for us to swim.", "Es ist zu kalt, als dass wir schwimmen könnten.", []),
        # a doubled conjunction is a repetition, not a missing comma
        ("He said that it works.", "Er sagte, dass dass es funktioniert.", []),
    ],
)
def test_a_subordinate_clause_without_its_comma(source: str, target: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", "de", checks=(CLAUSE_COMMA,))
    assert [f.excerpt for f in findings] == expected


def test_a_clause_comma_is_not_judged_without_language_data() -> None:
    # French and Dutch grammar do not set every subordinate clause off with a comma.
    assert (
        findings_for(
            "I think that he is right.", "Je pense qu’il a raison parce qu’il sait.", "en", "fr", checks=(CLAUSE_COMMA,)
        )
        == ()
    )
    assert (
        findings_for("I think that he is right.", "Ik denk dat hij gelijk heeft.", "en", "nl", checks=(CLAUSE_COMMA,))
        == ()
    )


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a comma between two words copied unchanged is lost
        (
            "Available in Merlot, Chianti and Rioja.",
            "Erhältlich in Merlot Chianti und Rioja.",
            "en",
            "de",
            ["Merlot Chianti"],
        ),
        ("Variétés : Gala, Fuji, Braeburn.", "Varieties: Gala Fuji, Braeburn.", "fr", "en", ["Gala Fuji"]),
        # kept, translated, or written so by the source too: left alone
        ("Available in Merlot, Chianti and Rioja.", "Erhältlich in Merlot, Chianti und Rioja.", "en", "de", []),
        ("Colours: red, green and blue.", "Farben: rot grün und blau.", "en", "de", []),
        ("Merlot, Chianti. A Merlot Chianti blend.", "Merlot, Chianti. Eine Merlot Chianti Cuvée.", "en", "de", []),
    ],
)
def test_a_lost_comma_between_copied_words(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("punctuation.lost_comma",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the comma closing an introductory phrase before "the Name" is lost before the article
        (
            "After a full day in the sun, the Aquila keeps your drinks cold.",
            "Dopo un'intera giornata al sole la Aquila mantiene fresche le bevande.",
            "en",
            "it",
            ["sole la"],
        ),
        (
            "Ideal for camping trips, the Nordlys lights the whole tent.",
            "Ideal para acampadas el Nordlys ilumina toda la tienda.",
            "en",
            "es",
            ["acampadas el"],
        ),
        # a name the translation renders: any capitalised name after the article
        (
            "Built for small kitchens, the Tidy Chef stays flat in a drawer.",
            "Pensado para cozinhas pequenas o Chef Arrumado fica plano na gaveta.",
            "en",
            "pt",
            ["pequenas o"],
        ),
        # the comma kept, the article after a preposition, or a language that inverts its subject
        (
            "After a full day in the sun, the Aquila keeps your drinks cold.",
            "Dopo un'intera giornata al sole, la Aquila mantiene fresche le bevande.",
            "en",
            "it",
            [],
        ),
        (
            "For camping, the Nordlys is ideal.",
            "Para acampar no hay nada como el Nordlys.",
            "en",
            "es",
            [],
        ),
        (
            "After a full day in the sun, the Aquila keeps your drinks cold.",
            "Nach einem Tag in der Sonne hält die Aquila Getränke kalt.",
            "en",
            "de",
            [],
        ),
        # the subject after its verb ends the clause: "…, the Agency said." inverted, no comma lost
        (
            "Prices rose again in May, the Agency said.",
            "I prezzi sono saliti ancora a maggio ha detto la Agenzia.",
            "en",
            "it",
            [],
        ),
        (
            "The plant opens in May, the Ministry for the Environment said in a statement.",
            "La planta abrirá en mayo según informó el Ministerio de Medio Ambiente en un comunicado.",
            "en",
            "es",
            [],
        ),
        (
            "Sales doubled in spring, the Institute reported on Monday.",
            "Les ventes ont doublé au printemps a indiqué lundi le Institut.",
            "en",
            "fr",
            [],
        ),
        # ... also after a subject described in lower-case words ("the Bavarian state government")
        (
            "The bridge reopens on Sunday, the Bavarian state government announced.",
            "Le pont rouvrira dimanche, a annoncé le Gouvernement de la Bavière.",
            "en",
            "fr",
            [],
        ),
        (
            "Tickets sold out in an hour, the Dutch railway operator told reporters.",
            "I biglietti sono andati esauriti in un'ora, ha riferito la NS ai giornalisti.",
            "en",
            "it",
            [],
        ),
        # a lower-case subject that does not report: its comma is still lost
        (
            "After a full day in the sun, the Aquila cooler keeps your drinks cold.",
            "Dopo un'intera giornata al sole la Aquila mantiene fresche le bevande.",
            "en",
            "it",
            ["sole la"],
        ),
        # no comma before the article in the source
        (
            "The Aquila keeps drinks cold after a day in the sun.",
            "Dopo un giorno al sole la Aquila li tiene freschi.",
            "en",
            "it",
            [],
        ),
    ],
)
def test_a_lost_comma_before_the_named_subject(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("punctuation.lost_comma",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the list's items open with one word; an item holding it twice is two items run together
        (
            "Ships to Paris, Lyon, Nice and Lille",
            "Versand nach Paris, nach Lyon nach Nizza und nach Lille",
            "en",
            "de",
            ["Lyon nach"],
        ),
        (
            "Pockets for keys, cards, coins and a phone",
            "Poches pour les clés, pour les cartes pour les pièces et pour le téléphone",
            "en",
            "fr",
            ["cartes pour"],
        ),
        # all items kept, or the source lists no more items than the translation
        (
            "Pockets for keys, cards, coins and a phone",
            "Poches pour les clés, pour les cartes, pour les pièces et pour le téléphone",
            "en",
            "fr",
            [],
        ),
        (
            "Pockets for keys, cards and a phone",
            "Poches pour les clés, pour les cartes pour voyager et pour le téléphone",
            "en",
            "fr",
            [],
        ),
    ],
)
def test_a_lost_comma_between_list_items_opening_alike(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    product = CheckConfig(profile="product")
    findings = findings_for(
        source, target, source_lang, target_lang, checks=("punctuation.lost_comma",), config=product
    )
    assert [f.excerpt for f in findings] == expected
    # Lists of short items are product and interface copy: news prose is not read for them.
    assert not [
        f
        for f in findings_for(source, target, source_lang, target_lang, checks=("punctuation.lost_comma",))
        if f.excerpt in expected
    ]


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        ("O ministro garantiu, que a ponte reabre em maio.", "pt", ["garantiu, que"]),
        ("Il sindaco ha spiegato, che i lavori inizieranno a maggio.", "it", ["spiegato, che"]),
        ("La alcaldesa recordó, que la obra sigue abierta.", "es", ["recordó, que"]),
        ("Le maire a rappelé, qu'aucun chantier n'était prévu.", "fr", ["rappelé, qu"]),
        # no comma; object clauses listed; a relative clause after a noun; a concessive clause; languages
        # that set a comma before their conjunction
        ("Le maire a rappelé qu'aucun chantier n'était prévu.", "fr", []),
        ("Il a ajouté que les prix montaient, que les salaires baissaient et que tout coûtait.", "fr", []),
        ("Le rapport, que personne n'a lu, a disparu.", "fr", []),
        ("Quoi qu'il ait dit, que ce soit vrai ou non, le mal est fait.", "fr", []),
        ("Burmistrz przypomniał, że prace ruszą w maju.", "pl", []),
        ("Der Bürgermeister erklärte, dass die Arbeiten im Mai beginnen.", "de", []),
    ],
)
def test_a_comma_between_a_reporting_verb_and_its_object_clause(
    target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(
        "The mayor said that the works would start in May.",
        target,
        "en",
        target_lang,
        checks=("punctuation.object_comma",),
    )
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a comma before the last item that the language never writes and the source did not
        ("Pack socks, gloves and a hat.", "Emportez des chaussettes, des gants, et un bonnet.", "fr", [","]),
        ("Add salt, pepper and oil.", "Añada sal, pimienta, y aceite.", "es", [","]),
        ("We sell pens, inks and paper online.", "Wir verkaufen Stifte, Tinten, und Papier online.", "de", [","]),
        # none added, or the source writes it too, or no list of three
        ("Pack socks, gloves and a hat.", "Emportez des chaussettes, des gants et un bonnet.", "fr", []),
        ("Pack socks, gloves, and a hat.", "Emportez des chaussettes, des gants, et un bonnet.", "fr", []),
        ("He came, and he saw it.", "Il est venu, et il l'a vu.", "fr", []),
        ("Fed chair Powell spoke and could act.", "Le président de la Fed, Powell, et pourrait agir.", "fr", []),
        # English writes it as a house style
        ("Pack socks, gloves and a hat.", "Pack socks, gloves, and a hat.", "en", []),
    ],
)
def test_a_serial_comma_the_language_does_not_write(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    source_lang = "fr" if target_lang == "en" else "en"
    findings = findings_for(source, target, source_lang, target_lang, checks=("punctuation.serial_comma",))
    assert [f.excerpt for f in findings] == expected


def test_a_comma_before_a_clause_joined_by_and_is_no_serial_comma() -> None:
    source = "The US is failing to do large, randomised trials and that ends up providing bad medicine"
    target = "Die USA versagen bei umfassenden, randomisierten Studien, und das führt zu schlechter Medizin"
    assert findings_for(source, target, "en", "de", checks=("punctuation.serial_comma",)) == ()


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # the source's no-break space kept as a reference before the colon
        ("Let the mat air out for 48 hours&nbsp;: a slight smell is normal.", ["&nbsp;:"]),
        ("Charge it for two hours&#160;; then unplug it.", ["&#160;;"]),
        # a reference that is no space, or none at all
        ("Let the mat air out for 48 hours: a slight smell is normal.", []),
        ("Tom &amp; Jerry: a classic.", []),
    ],
    ids=["nbsp-colon", "numeric-semicolon", "plain", "ampersand"],
)
def test_a_space_written_as_a_reference_before_a_mark(target: str, expected: list[str]) -> None:
    source = "Laissez le tapis s’aérer pendant 48 heures&nbsp;: une légère odeur est normale."
    findings = findings_for(source, target, "fr", "en", checks=("punctuation.space_before",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "The stove folds into its own hard case, which slips easily into a side pocket.",
            "Le réchaud se replie dans son propre étui rigide qui se glisse facilement dans une poche latérale.",
            ["rigide qui"],
        ),
        (
            "The mayor, who was re-elected in May, opened the bridge.",
            "Le maire qui a été réélu en mai a inauguré le pont.",
            ["maire qui"],
        ),
        # the comma kept, a clause on the whole sentence ("ce qui"), or no additive clause in the source
        (
            "The stove folds into its own hard case, which slips easily into a side pocket.",
            "Le réchaud se replie dans son propre étui rigide, qui se glisse facilement dans une poche latérale.",
            [],
        ),
        ("Prices rose, which worried investors.", "Les prix ont augmenté, ce qui a inquiété les investisseurs.", []),
        ("The engineer who designed it retired.", "L'ingénieur qui l'a conçu a pris sa retraite.", []),
        # two relative clauses on a side: which one is which is not told
        ("The case, which is light, is the one that fits.", "L'étui qui est léger est celui qui convient.", []),
    ],
    ids=["case-which", "mayor-who", "comma-kept", "ce-qui", "restrictive", "two-relatives"],
)
def test_a_relative_clause_set_off_in_the_source(source: str, target: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", "fr", checks=("punctuation.relative_comma",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        ("Ověřte si předem zda je tiskárna připojená k síti.", "cs", ["předem zda"]),
        ("Správce musí potvrdit že účet patří vaší firmě.", "cs", ["potvrdit že"]),
        ("Upewnij się wcześniej że drukarka jest podłączona do sieci.", "pl", ["wcześniej że"]),
        ("Kliknij Zapisz aby zachować zmiany.", "pl", ["Zapisz aby"]),
        # the comma in place, a coordinating word, a particle, a conjunction of two words
        ("Ověřte si předem, zda je tiskárna připojená k síti.", "cs", []),
        ("Ověřte, že je připojená a že svítí zelená kontrolka.", "cs", []),
        ("Tiskárna se restartuje, jen aby se načetla nová nastavení.", "cs", []),
        ("Drukarka działa, chyba że brakuje papieru.", "pl", []),
        ("Dane są zapisywane, mimo że połączenie zostało przerwane.", "pl", []),
    ],
    ids=["cs-zda", "cs-ze", "pl-ze", "pl-aby", "cs-comma", "cs-a-ze", "cs-jen-aby", "pl-chyba-ze", "pl-mimo-ze"],
)
def test_a_clause_comma_in_czech_and_polish(target: str, target_lang: str, expected: list[str]) -> None:
    source = "Check beforehand whether the printer is connected to the network."
    findings = findings_for(source, target, "en", target_lang, checks=(CLAUSE_COMMA,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # German clauses of time, condition and question (bevor, nachdem, wenn, falls, ob)
        ("Trennen Sie das Gerät vom Netz bevor Sie den Filter wechseln.", "de", ["Netz bevor"]),
        ("Die Lampe blinkt wenn der Akku fast leer ist.", "de", ["blinkt wenn"]),
        ("Prüfen Sie vorher ob der Drucker verbunden ist.", "de", ["vorher ob"]),
        ("Trennen Sie das Gerät vom Netz, bevor Sie den Filter wechseln.", "de", []),
        ("Die Lampe blinkt, auch wenn der Akku voll ist.", "de", []),
        ("Das Gerät schaltet sich ab, kurz bevor der Tank leer ist.", "de", []),
        ("Der Akku war leer, zwei Tage nachdem er geladen wurde.", "de", []),
        ("Das Gerät ist schwer, also wenn Sie es lange halten, ermüdet die Hand.", "de", []),
        ("Die Lampe blinkt, als ob sie defekt wäre.", "de", []),
        # Hungarian: hogy, ha, mert, amikor and the relative pronouns always take a comma
        ("A lámpa villog ha az akkumulátor lemerült.", "hu", ["villog ha"]),
        ("Ellenőrizze előre hogy a nyomtató csatlakozik-e.", "hu", ["előre hogy"]),
        ("A készülék kikapcsol amikor a tartály kiürül.", "hu", ["kikapcsol amikor"]),
        ("A lámpa villog, ha az akkumulátor lemerült.", "hu", []),
        ("A lámpa akkor is világít, még ha az akkumulátor lemerült.", "hu", []),
        ("Csak ha a tartály üres, kapcsol ki a készülék.", "hu", []),
    ],
    ids=[
        "de-bevor",
        "de-wenn",
        "de-ob",
        "de-comma",
        "de-auch-wenn",
        "de-kurz-bevor",
        "de-tage-nachdem",
        "de-also-wenn",
        "de-als-ob",
        "hu-ha",
        "hu-hogy",
        "hu-amikor",
        "hu-comma",
        "hu-meg-ha",
        "hu-csak-ha",
    ],
)
def test_a_clause_comma_in_german_and_hungarian(target: str, target_lang: str, expected: list[str]) -> None:
    source = "Unplug the appliance before you change the filter."
    findings = findings_for(source, target, "en", target_lang, checks=(CLAUSE_COMMA,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a sentence opening with a subordinate clause and no comma at all, where the source has one
        (
            "If the water is too hard, the machine shows a warning on the display.",
            "Wenn das Wasser zu hart ist zeigt die Maschine eine Warnung im Display an.",
            "de",
            ["Wenn das Wasser zu hart ist zeigt die Maschine eine Warnung im Display an"],
        ),
        (
            "As soon as the lid is closed, the grinder starts on its own.",
            "Jakmile zavřete víko mlýnek se sám spustí bez dalšího nastavení.",
            "cs",
            ["Jakmile zavřete víko mlýnek se sám spustí bez dalšího nastavení"],
        ),
        # the comma there, a preposition opening the sentence, a question, a short sentence
        (
            "If the tank is empty, the pump stops at once.",
            "Jeśli zbiornik jest pusty, pompa natychmiast się zatrzymuje.",
            "pl",
            [],
        ),
        (
            "During the day the pump runs quietly in the background.",
            "Während des Tages läuft die Pumpe leise im Hintergrund.",
            "de",
            [],
        ),
        (
            "When does the robot go back to its station, exactly?",
            "Kiedy robot wraca do swojej stacji ładującej dokładnie?",
            "pl",
            [],
        ),
        ("When it rains, it pours.", "Gdy pada, leje.", "pl", []),
        # the source sets no comma either: not judged
        (
            "If the water is too hard the machine shows a warning.",
            "Wenn das Wasser zu hart ist zeigt die Maschine eine Warnung an.",
            "de",
            [],
        ),
    ],
    ids=["de-wenn", "cs-jakmile", "pl-comma", "de-preposition", "pl-question", "pl-short", "de-source-without"],
)
def test_a_fronted_subordinate_clause_needs_its_comma(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("punctuation.fronted_clause_comma",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a comma after a short fronted phrase, before the inverted verb and subject of a verb-second language
        (
            "With the app, you can set the timer.",
            "Mit der App, können Sie den Timer einstellen.",
            "de",
            ["App, können"],
        ),
        (
            "If you have questions, contact our support.",
            "Bei Fragen, wenden Sie sich an unseren Support.",
            "de",
            ["Fragen, wenden"],
        ),
        ("With its 5 kg, it is easy to carry.", "Med sine 5 kg, er den let at bære.", "da", ["kg, er"]),
        ("On cold days it lasts less.", "På kalde dager, varer den kortere.", "nb", ["dager, varer"]),
        # no comma; a relative clause; an infinitive group; a parenthesis; a clause inserted; normal order
        ("At just 340 g it is light.", "Med bara 340 g är den lätt.", "sv", []),
        ("With the app, which is free, you can set it.", "Med appen, som är gratis, kan du ställa in den.", "sv", []),
        ("Without hesitating, he took the rope.", "Ohne zu zögern, griff er nach dem Seil.", "de", []),
        ("In Sweden, as in Norway, there is snow.", "I Sverige, liksom i Norge, finns det snö.", "sv", []),
        ("In this case, if it rains, we stay.", "In diesem Fall, wenn es regnet, bleiben wir.", "de", []),
        ("Because of its focus, he said, they failed.", "Wegen ihres Fokus, sagte er, scheiterten sie.", "de", []),
        ("In short, it works.", "Kurz gesagt, es funktioniert.", "de", []),
    ],
    ids=[
        "de-app",
        "de-fragen",
        "da-kg",
        "nb-dager",
        "sv-none",
        "sv-relative",
        "de-infinitive",
        "sv-parenthesis",
        "de-clause",
        "de-reporting",
        "de-normal-order",
    ],
)
def test_a_fronted_adverbial_takes_no_comma_before_the_verb_second(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("punctuation.adverbial_comma",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # a clause inserted between two commas after the fronted phrase; an object clause after the subject
        ("Für den Preis, denke ich, ist es in Ordnung.", "de", []),
        ("Med tanke på priset, tycker jag, är den bra.", "sv", []),
        ("Bei genauerer Prüfung der Kapsel, bemerkte ich, dass der Code fehlt.", "de", ["Kapsel, bemerkte"]),
    ],
    ids=["de-inserted", "sv-inserted", "de-object-clause"],
)
def test_a_clause_inserted_after_a_fronted_adverbial_keeps_its_commas(
    target: str, target_lang: str, expected: list[str]
) -> None:
    source = "For the price, I think, it is fine."
    findings = findings_for(source, target, "en", target_lang, checks=("punctuation.adverbial_comma",))
    assert [f.excerpt for f in findings] == expected


_CLAUSES = st.lists(
    st.tuples(
        st.sampled_from(["Will rents rise", "she asked", "les loyers", "a-t-elle dit", "Why"]),
        st.sampled_from(["", "?", ".", "!", ":", ";", ",", "？", "。"]),
        st.sampled_from(["", '"', " »", "”"]),
    ).map("".join),
    min_size=1,
    max_size=4,
).map(" ".join)


@given(_CLAUSES, _CLAUSES)
@example('"Will rents rise?" she asked.', "« Les loyers vont-ils augmenter », a-t-elle demandé.")
@example('"Is it over?" she asked, "or not?"', "« C'est fini. » a-t-elle demandé, « ou pas ? »")
@settings(max_examples=300, deadline=None)
def test_the_end_marks_told_alike_without_clauses_give_what_the_clauses_give(source: str, target: str) -> None:
    from unittest import mock

    quick = findings_for(source, target, checks=["punctuation.end_mismatch"], sentences="one-to-one")
    with mock.patch("mtqa.checks.punctuation._ends_alike", return_value=False):
        slow = findings_for(source, target, checks=["punctuation.end_mismatch"], sentences="one-to-one")
    assert quick == slow


_COMMA_WORDS = st.lists(
    st.sampled_from(["fettuccine", "tagliolini", "lasagne", "and", "les", "pâtes", ",", ", ", "e", "https://a.io,"]),
    max_size=10,
).map(" ".join)


@given(_COMMA_WORDS, _COMMA_WORDS)
@example("Cutters for fettuccine, tagliolini and lasagne.", "Taglierini per fettuccine tagliolini e lasagne.")
@settings(max_examples=300, deadline=None)
def test_the_lost_commas_read_from_the_source_s_kept_pairs_are_those_read_anew(source: str, target: str) -> None:
    from mtqa.checks._textutil import mask_protected
    from mtqa.checks.punctuation import _COMMA_PAIR, lost_commas

    def anew(source: str, target: str, function_words: frozenset[str]) -> list[tuple[int, int, str, str]]:
        source = mask_protected(source)
        if ", " not in source and ",\u00a0" not in source:
            return []
        found = []
        masked_target = mask_protected(target)
        for first, second in sorted({(m.group(1), m.group(2)) for m in _COMMA_PAIR.finditer(source)}):
            if first not in masked_target or second not in masked_target:
                continue
            if first.casefold() in function_words or second.casefold() in function_words:
                continue
            joined = re.compile(rf"(?<![\w'’-]){re.escape(first)}[ \u00a0]+{re.escape(second)}(?![\w'’-])")
            if joined.search(source):
                continue
            found.extend((m.start(), m.end(), first, second) for m in joined.finditer(masked_target))
        return found

    words = frozenset({"and", "e", "les"})
    assert lost_commas(source, target, words) == anew(source, target, words)


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        ("Sign up today and save 10%!", "오늘 가입하고 10% 할인 받으세요 !", "ko", [" !"]),
        ("Sign up today and save 10%!", "오늘 가입하고 10% 할인 받으세요!", "ko", []),
        ("Where is the charger?", "Πού είναι ο φορτιστής ;", "el", [" ;"]),
        ("Where is the charger?", "Πού είναι ο φορτιστής;", "el", []),
        ("Order now: delivery is free!", "Закажите сейчас : доставка бесплатная!", "ru", [" :"]),
        ("Order now: delivery is free!", "Замовте зараз: доставка безкоштовна !", "uk", [" !"]),
        ("Order now: delivery is free!", "Zamovte sada: dostava je besplatna!", "sr", []),
    ],
    ids=["ko-spaced", "ko-unspaced", "el-spaced", "el-unspaced", "ru-spaced", "uk-spaced", "sr-unspaced"],
)
def test_no_space_before_a_high_mark_in_korean_greek_and_cyrillic(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("punctuation.space_before",))
    assert [f.excerpt for f in findings] == expected


def test_question_closed_inside_guillemets_before_the_full_stop_keeps_its_mark() -> None:
    # Spanish closes the quotation before the sentence's full stop: «…?». is still a question.
    source = "“The harvest was ruined in a week. Who could have known?”"
    target = "«La cosecha se arruinó en una semana. ¿Quién podía saberlo?»."
    assert "punctuation.end_mismatch" not in failing_ids(findings_for(source, target, "en", "es"))
    statement = "«La cosecha se arruinó en una semana. Nadie podía saberlo»."
    assert "punctuation.end_mismatch" in failing_ids(findings_for(source, statement, "en", "es"))


def test_english_opening_quote_closed_by_the_swedish_mark_is_paired() -> None:
    # An English “ closed by the Swedish ” beside quotations in the Swedish style: the mixed style is
    # typography.quote_style's, every mark has its partner.
    source = "“We will reopen in May,” the manager said. “The roof is finished.”"
    target = "“Vi öppnar igen i maj”, sade chefen. ”Taket är klart.”"
    assert "punctuation.unpaired" not in failing_ids(findings_for(source, target, "en", "sv"))
    lost = "“Vi öppnar igen i maj, sade chefen. ”Taket är klart.”"
    assert "punctuation.unpaired" in failing_ids(findings_for(source, lost, "en", "sv"))


def test_spanish_question_without_its_opening_mark() -> None:
    source = "The council met on Friday. Will the bridge reopen before winter? Nobody knows yet."
    target = "El consejo se reunió el viernes. Se reabrirá el puente antes del invierno? Nadie lo sabe aún."
    found = findings_for(source, target, "en", "es", checks=("punctuation",))
    assert [f.excerpt for f in found if f.check == "punctuation.missing_inverted_mark"] == [
        "Se reabrirá el puente antes del invierno?"
    ]
    right = "El consejo se reunió el viernes. ¿Se reabrirá el puente antes del invierno? Nadie lo sabe aún."
    assert "punctuation.missing_inverted_mark" not in failing_ids(findings_for(source, right, "en", "es"))
    # The opening mark may stand inside the sentence, after a clause ("Y si no, ¿qué?").
    inner = "El consejo se reunió el viernes. Y si no, ¿se reabrirá el puente antes del invierno? Nadie lo sabe."
    assert "punctuation.missing_inverted_mark" not in failing_ids(findings_for(source, inner, "en", "es"))
    # Galician and Catalan may leave it out.
    galician = "O consello reuniuse o venres. Reabrirase a ponte antes do inverno? Ninguén o sabe aínda."
    assert "punctuation.missing_inverted_mark" not in failing_ids(findings_for(source, galician, "en", "gl"))


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # the source's semicolon kept in Greek, where ";" asks: the sentence goes on in lower case
        (
            "Store the charger in a dry place; keep it away from children.",
            "Φυλάσσετε τον φορτιστή σε ξηρό μέρος; κρατήστε τον μακριά από παιδιά.",
            [";"],
        ),
        # the Greek semicolon, a question, and a lower-case word after a question the source asks
        (
            "Store the charger in a dry place; keep it away from children.",
            "Φυλάσσετε τον φορτιστή σε ξηρό μέρος· κρατήστε τον μακριά από παιδιά.",
            [],
        ),
        ("Need help? Call our team.", "Χρειάζεστε βοήθεια; Καλέστε την ομάδα μας.", []),
        ("Why wait? asks the seller.", "Γιατί να περιμένετε; ρωτά ο πωλητής.", []),
    ],
)
def test_a_semicolon_kept_in_greek_reads_as_a_question(source: str, target: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", "el", checks=("punctuation.foreign_marks",))
    assert [f.excerpt for f in findings] == expected


def test_a_kept_semicolon_is_judged_only_where_the_language_asks_with_it() -> None:
    # Italian writes the Latin semicolon: nothing to report
    source, target = "Dry it well; store it flat.", "Asciugarlo bene; conservarlo in piano."
    assert findings_for(source, target, "en", "it", checks=("punctuation.foreign_marks",)) == ()


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        # a suffix glued to a name of the source, without its apostrophe
        ("Laden Sie die Daten aus Polar Flow herunter.", "Verileri Polar Flowdan indirin.", "de", ["Flowdan"]),
        ("Il pacco arriva con Bartolini.", "Paket Bartoliniyle geliyor.", "it", ["Bartoliniyle"]),
        ("Sync the watch with Strava.", "Saati Stravayla senkronize edin.", "en", ["Stravayla"]),
        ("The case is made by Lenovo.", "Kılıf Lenovonun ürünüdür.", "en", ["Lenovonun"]),
        # with the apostrophe, or a glued form that is a word of the language ("denizde": at sea)
        ("Sync the watch with Strava.", "Saati Strava'yla senkronize edin.", "en", []),
        ("Deniz swam at sea.", "Deniz denizde yüzdü.", "en", []),
        # a capital that only opens the source sentence names nothing
        ("Power it off before cleaning.", "Temizlemeden önce Powerı kapatın.", "en", []),
    ],
)
def test_a_suffix_glued_to_a_name_without_its_apostrophe(
    source: str, target: str, source_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, "tr", checks=("punctuation.suffix_apostrophe",))
    assert [f.excerpt for f in findings] == expected


def test_a_suffix_glued_to_a_name_is_judged_only_where_names_take_an_apostrophe() -> None:
    # Finnish glues its case endings with a colon after abbreviations only: no such data, nothing reported
    findings = findings_for("Sync it with Strava.", "Synkronoi Stravaan.", "en", "fi", checks=("punctuation",))
    assert [f for f in findings if f.check == "punctuation.suffix_apostrophe"] == []


def test_a_subject_that_reports_keeps_its_bracketed_acronym() -> None:
    # "..., the Name (ACRONYM) said": the translation inverts the subject after its verb, no comma lost.
    source = "The vaccine will be available in spring, the European Medicines Agency (EMA) said."
    target = "La vacuna estará disponible en primavera, informó la Agencia Europea de Medicamentos (EMA)."
    assert "punctuation.lost_comma" not in failing_ids(findings_for(source, target, "en", "es"))
    # An introductory phrase before a subject that acts still loses its comma.
    source = "After a long review, the European Medicines Agency (EMA) approved the vaccine on Monday."
    target = "Tras una larga revisión la Agencia Europea de Medicamentos (EMA) aprobó la vacuna el lunes."
    assert "punctuation.lost_comma" in failing_ids(findings_for(source, target, "en", "es"))


def test_german_and_english_quotations_in_one_paragraph_each_have_their_partner() -> None:
    source = "“We are ready,” the mayor said. “Work starts tomorrow.”"
    target = "“Wir sind bereit”, sagte der Bürgermeister. „Die Arbeiten beginnen morgen.“"
    assert "punctuation.unpaired" not in failing_ids(findings_for(source, target, "en", "de"))
    lost = "“Wir sind bereit”, sagte der Bürgermeister. „Die Arbeiten beginnen morgen."
    assert "punctuation.unpaired" in failing_ids(findings_for(source, lost, "en", "de"))


def test_a_quotation_before_an_inverted_reporting_verb_takes_a_comma_in_french() -> None:
    source = "“The river has never been this low in June,” the mayor said on Monday."
    lost = "« Le fleuve n'a jamais été aussi bas en juin » a-t-il déclaré lundi."
    found = [f for f in findings_for(source, lost, "en", "fr") if f.check == "punctuation.lost_comma"]
    assert [f.excerpt for f in found] == ["» a-t-il"]
    right = "« Le fleuve n'a jamais été aussi bas en juin », a-t-il déclaré lundi."
    assert "punctuation.lost_comma" not in failing_ids(findings_for(source, right, "en", "fr"))
    # A quotation ending with its own question mark takes no comma.
    source = "“Where will the water come from?” the farmer asked."
    asked = "« D'où viendra l'eau ? » demande-t-il."
    assert "punctuation.lost_comma" not in failing_ids(findings_for(source, asked, "en", "fr"))


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        (
            "The new rules for the port are expected to apply from June.",
            "De nieuwe regels voor de haven, zullen naar verwachting vanaf juni gelden.",
            "nl",
            "haven, zullen",
        ),
        (
            "The new rules for the port will apply from June.",
            "Les nouvelles règles du port, seront appliquées à partir de juin.",
            "fr",
            "port, seront",
        ),
        # No comma, or one the source sets too, or a clause before the comma: silent.
        (
            "The new rules for the port will apply from June.",
            "Les nouvelles règles du port seront appliquées à partir de juin.",
            "fr",
            None,
        ),
        (
            "The new rules, drafted by the port, will apply from June.",
            "De nieuwe regels, opgesteld door de haven, zullen vanaf juni gelden.",
            "nl",
            None,
        ),
        (
            "The ferry that left this morning is the last one until June.",
            "Die Fähre, die heute Morgen abgefahren ist, ist die letzte bis Juni.",
            "de",
            None,
        ),
    ],
)
def test_a_comma_between_subject_and_verb(source: str, target: str, target_lang: str, expected: str | None) -> None:
    found = [
        f.excerpt for f in findings_for(source, target, "en", target_lang) if f.check == "punctuation.subject_comma"
    ]
    assert found == ([expected] if expected else [])
