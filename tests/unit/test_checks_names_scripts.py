"""names.translated_across_scripts: names rendered by meaning where the translation has another script.

Every sentence here is invented (names, companies and newspapers included)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from mtqa.checks.names.scripts import sound_alike, sound_key
from tests.checks_helpers import context_for, default_encoder, findings_of

CHECK = "names.translated_across_scripts"


def across(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    """The excerpts the check reports, with the default encoder."""
    from dataclasses import replace

    context = replace(context_for(source, target, source_lang, target_lang), encoder=default_encoder())
    return [f.excerpt for f in findings_of(context, (CHECK,))]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "Shares of the retailer Silver Basket fell 5% on Monday.",
            "Акции ретейлера «Серебряная корзина» упали в понедельник на 5%.",
            "en",
            "ru",
            ["Серебряная корзина"],
        ),
        (
            "The newspaper Morning Lantern published the letter on Friday.",
            "В пятницу газета «Утренний фонарь» опубликовала письмо.",
            "en",
            "ru",
            ["Утренний фонарь"],
        ),
        (
            "Last month the company signed a deal with Golden Falcon, a shipping company based in Dubai.",
            "ووقعت الشركة الشهر الماضي صفقة مع شركة الصقر الذهبي للشحن ومقرها دبي.",
            "en",
            "ar",
            ["الصقر الذهبي"],
        ),
        (
            "Об этом в четверг сообщила газета «Северная звезда».",
            "The newspaper Northern Star reported this on Thursday.",
            "ru",
            "en",
            ["Northern Star"],
        ),
    ],
    ids=["en-ru retailer", "en-ru newspaper", "en-ar company", "ru-en newspaper"],
)
def test_a_company_or_newspaper_rendered_by_meaning_is_reported(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    assert across(source, target, source_lang, target_lang) == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # transliterated
        (
            "Shares of the retailer Silver Basket fell 5% on Monday.",
            "Акции ретейлера «Сильвер Баскет» упали в понедельник на 5%.",
            "en",
            "ru",
        ),
        (
            "Об этом в четверг сообщила газета «Северная звезда».",
            "The newspaper Severnaya Zvezda reported this on Thursday.",
            "ru",
            "en",
        ),
        (
            "Last month the company signed a deal with Golden Falcon, a shipping company based in Dubai.",
            "ووقعت الشركة الشهر الماضي صفقة مع شركة غولدن فالكون للشحن ومقرها دبي.",
            "en",
            "ar",
        ),
        # kept in the Latin script
        (
            "Shares of the retailer Silver Basket fell 5% on Monday.",
            "Акции ретейлера Silver Basket упали в понедельник на 5%.",
            "en",
            "ru",
        ),
        # a surname that is a common word, transliterated and declined
        (
            "The company's chief executive, Thomas Baker, resigned on Tuesday.",
            "Во вторник генеральный директор компании Томас Бейкер ушёл в отставку.",
            "en",
            "ru",
        ),
        # descriptive names are translated: a union, a ministry, a central bank
        (
            "The Farmers Union of Moldova, an industry group, asked the Ministry of Agriculture for help.",
            "Союз фермеров Молдовы, отраслевое объединение, попросил помощи у Министерства сельского хозяйства.",
            "en",
            "ru",
        ),
        (
            "Глава ассоциации «Алтайский фермерский союз» Пётр Зуев назвал сбор разумным.",
            "Pyotr Zuev, head of the Altai Farmers Union association, called the levy reasonable.",
            "ru",
            "en",
        ),
        # an NGO's name translated by convention, with no word saying it is a company or a publication
        (
            "Two clinics in the region are run by Save the Children, the charity said.",
            "По словам благотворительной организации, две клиники в регионе содержит фонд «Спасём детей».",
            "en",
            "ru",
        ),
        # a descriptive name next to a word that would make it a company's
        (
            "The trading company sold the grain to the Farmers Union of Moldova on Friday.",
            "В пятницу торговая компания продала зерно Союзу фермеров Молдовы.",
            "en",
            "ru",
        ),
    ],
    ids=[
        "transliterated en-ru",
        "transliterated ru-en",
        "transliterated en-ar",
        "kept in Latin",
        "common-word surname",
        "descriptive names",
        "descriptive quoted name",
        "NGO by convention",
        "descriptive name near a company",
    ],
)
def test_transliterated_kept_or_descriptive_names_pass(
    source: str, target: str, source_lang: str, target_lang: str
) -> None:
    assert across(source, target, source_lang, target_lang) == []


def test_same_script_and_unspaced_scripts_are_not_judged() -> None:
    # Same script: names.literal_translation's business. Chinese: no words to compare without a
    # segmenter, and Chinese renders foreign companies by meaning by convention.
    assert (
        across(
            "Shares of the retailer Silver Basket fell.",
            "Les actions du détaillant Panier d'Argent ont baissé.",
            "en",
            "fr",
        )
        == []
    )
    assert across("Shares of the retailer Silver Basket fell.", "零售商银篮子的股价下跌。", "en", "zh") == []


@pytest.mark.parametrize(
    ("source_word", "target_word", "latin_source", "alike"),
    [
        ("Smith", "Смитом", True, True),  # a case ending added on the inflecting side
        ("Verlaine", "فيرلين", True, True),  # v/f, vowels left out by the Arabic script
        ("Baker", "Бейкер", True, True),
        ("Fox", "Фокс", True, True),  # x is k + s
        ("Research", "ريسيرش", True, True),
        ("Analytics", "аналитика", True, False),  # the translation loses the name's final s
        ("Maison", "بيت", True, False),
        ("Колесниковым", "Kolesnikov", False, True),  # the source side declines
        ("правда", "Truth", False, False),
    ],
)
def testsound_alike(source_word: str, target_word: str, latin_source: bool, alike: bool) -> None:
    assert sound_alike(source_word, target_word, latin_source=latin_source) is alike


def test_sound_key_keeps_consonant_classes() -> None:
    assert sound_key("Steppe") == "stp"
    assert sound_key("Жуков") == sound_key("Zhukov") == "skf"
    assert sound_key("Bright") == sound_key("برايت") == "prt"
    assert sound_key("") == ""


class _CompressedEncoder:
    """An encoder whose similarities all lie close together (as e5-small's: any two words 0.8 or more):
    a word and its translation score a little higher than a word and any other word."""

    signature = "compressed"
    concepts: ClassVar[dict[str, int]] = {"silver": 1, "серебряная": 1, "basket": 2, "корзина": 2}

    def encode(self, texts: list[str]) -> object:
        import numpy as np

        rows = []
        for text in texts:
            row = np.zeros(8)
            row[0] = 3.0  # what every text shares
            for word in text.lower().split():
                row[self.concepts.get(word, 3 + len(word) % 5)] += 1.0
            rows.append(row / np.linalg.norm(row))
        return np.array(rows)


def test_an_encoder_that_tells_no_word_from_another_finds_nothing() -> None:
    from dataclasses import replace

    context = context_for(
        "Shares of the retailer Silver Basket fell 5% on Monday.",
        "Акции ретейлера «Серебряная корзина» упали в понедельник на 5%.",
        "en",
        "ru",
    )
    context = replace(context, encoder=_CompressedEncoder())
    assert findings_of(context, (CHECK,)) == ()


@pytest.mark.parametrize(
    ("latin", "cyrillic", "alike"),
    [
        # Ukrainian and Belarusian "г" is romanised "h"; Russian's stays "g"
        ("Bohdan", "Богдан", True),
        ("Hlib", "Гліб", True),
        ("Halyna", "Галина", True),
        ("Galina", "Галина", True),
        # a word rendered by its sense is still no sound-alike
        ("Hope", "Надія", False),
        ("Field", "Поле", False),
    ],
)
def test_cyrillic_h_is_read_either_way(latin: str, cyrillic: str, alike: bool) -> None:
    assert sound_alike(latin, cyrillic, latin_source=True) is alike
    assert sound_alike(cyrillic, latin, latin_source=False) is alike
