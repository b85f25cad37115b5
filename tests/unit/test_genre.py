from __future__ import annotations

import pytest

from mtqa.genre import Layout, inferred_profile, layout_of
from mtqa.io import document_from_text

# A garden product page in German, of the kind a shop exports: title, tagline, specification lines.
PRODUCT_PAGE = [
    "Solar-Gartenleuchte Lumo 3er-Set",
    "HELL. KABELLOS. WETTERFEST.",
    "Lädt tagsüber über das integrierte Solarpanel und leuchtet bis zu 8 Stunden.",
    "Material: Edelstahl und Kunststoff",
    "Höhe: 38 cm",
    "Leuchtmittel: 2 LED, 15 lm",
    "Schutzart: IP44",
    "Lieferumfang: 3 Leuchten, 3 Erdspieße",
    "Einfach in den Boden stecken – fertig.",
]

NEWS_ARTICLE = [
    "Port strike halts container traffic in Antwerp",
    "By Maria Jansen",
    "Dockworkers at Europe's second-largest port walked out on Tuesday over a pay dispute, leaving "
    "dozens of ships waiting at anchor in the Scheldt estuary.",
    "The union said the strike would last at least 48 hours and could be extended if the employers' "
    "federation did not return to the table with a better offer.",
    "Photo: Reuters",
    "Shipping lines diverted some vessels to Rotterdam and Zeebrugge, according to port data.",
    "“We cannot accept a real-terms pay cut for the third year running,” a union spokesman said.",
    "Read more: How Europe's ports are coping with bigger ships",
]


def test_a_product_page_is_read_as_one() -> None:
    layout = layout_of(PRODUCT_PAGE)
    # The tagline ends with a full stop: no fragment, but five specification lines are enough.
    assert layout == Layout(paragraphs=9, specifications=5, bullets=0, fragments=1)
    assert layout.is_product_page


def test_a_news_article_with_credit_and_teaser_lines_is_not() -> None:
    layout = layout_of(NEWS_ARTICLE)
    assert layout.specifications == 2  # "Photo: Reuters", "Read more: ..."
    assert not layout.is_product_page


def test_an_interview_is_speech_not_specifications() -> None:
    interview = ["Q: Why now?", "A: Because the money is there.", "Q: And the risks?", "A: Small."] * 3
    assert layout_of(interview).specifications == 0
    assert not layout_of(interview).is_product_page


def test_a_fact_box_inside_a_long_article_is_not_enough() -> None:
    prose = NEWS_ARTICLE[2:4] * 5
    fact_box = ["Population: 1.2 million", "Area: 2,300 km²", "Mayor: Anna Berg"]
    assert not layout_of(prose + fact_box).is_product_page


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Weight: 2.5 kg"], 1),
        (["Dimensions (L x W x H): 30 x 20 x 10 cm"], 1),
        (["Écran\u00a0: 15,6\u00a0pouces"], 1),
        (["重量：1.2 kg"], 1),
        (["Note: the warranty does not cover damage caused by misuse, drops or water getting into it."], 0),
        (["12: the number of teams"], 0),
    ],
)
def test_specification_lines(lines: list[str], expected: int) -> None:
    assert layout_of(lines).specifications == expected


def test_short_lines_with_sentences_between_specifications_still_make_a_page() -> None:
    sentences = [f"Feature sentence number {n} explains one more thing about the product in detail." for n in range(8)]
    specifications = ["Weight: 1 kg", "Colour: black", "Battery: 4,000 mAh", "Warranty: 2 years"]
    assert layout_of(sentences + specifications).is_product_page
    assert not layout_of(sentences + specifications[:2]).is_product_page


def test_a_page_of_feature_lines_needs_only_two_specification_lines() -> None:
    # A French lamp page: its features are short lines without stops, two specification lines only.
    page = [
        "Lampe de bureau Orvik à LED, pliable",
        "Éclairage sans scintillement pour lire le soir",
        "Trois températures de couleur réglables",
        "Bras articulé en aluminium brossé",
        "Port USB-C pour recharger un téléphone",
        "Puissance : 8 W",
        "Hauteur : 42 cm",
        "Idéale pour un bureau d'étudiant ou un coin lecture, elle se replie en quelques secondes.",
        "Garantie de deux ans.",
        "Commandez aujourd'hui !",
    ]
    assert layout_of(page).is_product_page
    assert not layout_of(page[:5] + page[7:]).is_product_page  # one specification line is no page
    # A short news item with a title, a byline, a credit and a teaser is prose around its two labels.
    assert not layout_of(NEWS_ARTICLE[:6]).is_product_page


def test_the_profile_is_read_from_the_source_paragraphs() -> None:
    assert inferred_profile(document_from_text("\n\n".join(PRODUCT_PAGE), "page.de.txt", "de")) == "product"
    assert inferred_profile(document_from_text("\n\n".join(NEWS_ARTICLE), "article.en.txt", "en")) == "news"
    # One line per paragraph, as shops export them.
    assert inferred_profile(document_from_text("\n".join(PRODUCT_PAGE), "page.de.txt", "de")) == "product"


HELP_PAGE = [
    "Connecting a shared mailbox",
    "You can add a mailbox your team shares to the sidebar.",
    "1. Open **Settings > Accounts**.",
    "2. Click **Add account** and choose **Shared mailbox**.",
    "3. Enter the address and press Ctrl+Enter.",
    "If the mailbox does not appear, run `mailsync --refresh` and restart the app.",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (HELP_PAGE, True),
        # steps without anything to click or type (a news list), and prose
        (["Three things changed this year:", "1. Prices rose.", "2. Wages fell.", "3. Rents doubled."], False),
        (NEWS_ARTICLE, False),
        # a developer page without numbered steps: many code spans
        (["Use `init` to start, `add` to stage, `commit` to record, `push` to share, `pull` and `log`."], True),
    ],
    ids=["help-page", "news-list", "news", "code-heavy"],
)
def test_a_help_page(lines: list[str], expected: bool) -> None:
    from mtqa.genre import is_help_page

    assert is_help_page(lines) is expected


def test_a_help_page_is_inferred_as_docs() -> None:
    assert inferred_profile(document_from_text("\n\n".join(HELP_PAGE), "help.md")) == "docs"
    assert inferred_profile(document_from_text("\n\n".join(NEWS_ARTICLE), "news.txt")) == "news"
