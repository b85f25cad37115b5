"""names.name_order: a person's name left in the source's order where the target writes the family name first."""

from __future__ import annotations

import pytest

from tests.checks_helpers import findings_for

ORDER = "names.name_order"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "excerpts"),
    [
        # a Hungarian person's name copied in the source's order, from English or German
        (
            "Mayor Gergely Tóth opened the bridge.",
            "Gergely Tóth polgármester átadta a hidat.",
            "en",
            "hu",
            ["Gergely Tóth"],
        ),
        (
            "Bürgermeisterin Katalin Fehér eröffnete die Brücke.",
            "Katalin Fehér polgármester megnyitotta a hidat.",
            "de",
            "hu",
            ["Katalin Fehér"],
        ),
        # turned round, as Hungarian writes it
        ("Mayor Gergely Tóth opened the bridge.", "Tóth Gergely polgármester átadta a hidat.", "en", "hu", []),
        # a foreign person keeps the order; a name shared with other languages says nothing
        ("Coach John Brown praised the team.", "John Brown edző megdicsérte a csapatot.", "en", "hu", []),
        ("Coach Anna Smith praised the team.", "Anna Smith edző megdicsérte a csapatot.", "en", "hu", []),
        # two given names: the second may be the family name
        ("Coach Ádám Péter praised the team.", "Ádám Péter edző megdicsérte a csapatot.", "en", "hu", []),
        # a language that writes given names first
        ("Mayor Gergely Tóth opened the bridge.", "Bürgermeister Gergely Tóth eröffnete die Brücke.", "en", "de", []),
    ],
)
def test_name_order(source: str, target: str, source_lang: str, target_lang: str, excerpts: list[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(ORDER,))
    assert [f.excerpt for f in findings] == excerpts


def test_the_suggestion_turns_the_name_round() -> None:
    (finding,) = findings_for(
        "Mayor Gergely Tóth spoke.", "Gergely Tóth polgármester beszélt.", "en", "hu", checks=(ORDER,)
    )
    assert finding.suggestion == "Tóth Gergely"


def test_a_shared_given_name_before_a_hungarian_family_name_is_read() -> None:
    # "Anna" and "Patrik" are given names of other languages too: read as Hungarian before a family name
    # as Hungarian spells it ("Szabó", "Horváth"), not before a foreign one or one written without accents.
    source = "The mayor, Anna Szabó, opened the new library with Patrik Horváth on Friday."
    target = "Az új könyvtárat pénteken Anna Szabó polgármester és Patrik Horváth nyitotta meg."
    found = findings_for(source, target, "en", "hu", checks=["names.name_order"])
    assert [f.excerpt for f in found] == ["Anna Szabó", "Patrik Horváth"]
    turned = "Az új könyvtárat pénteken Szabó Anna polgármester és Horváth Patrik nyitotta meg."
    assert not findings_for(source, turned, "en", "hu", checks=["names.name_order"])
    foreign = "The mayor, Anna Schmidt, met Patrik Horvath on Friday."
    kept = "Pénteken Anna Schmidt polgármester Patrik Horvath-tal találkozott."
    assert not findings_for(foreign, kept, "en", "hu", checks=["names.name_order"])
