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
