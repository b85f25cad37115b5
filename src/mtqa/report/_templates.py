"""The Jinja2 environment for the HTML reports; templates and assets are package data.

Everything is read through :mod:`importlib.resources`, so reports render from a wheel or a zip as
well as from a source tree, and no template is ever fetched from the network.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    import jinja2
    from markupsafe import Markup


def _read(name: str) -> str:
    return resources.files("mtqa.report").joinpath("templates", name).read_text(encoding="utf-8")


# Control characters and the bidi embeddings, overrides and isolates (the "Trojan Source" set); tab and
# line breaks stay. Browsers render most of them invisibly or let them reorder the text around them,
# so a report would hide exactly what a reader should see.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: U+241B for ESC, U+2407 for BEL
    if code == 0x7F:
        return "\u2421"
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def visible(value: object) -> object:
    """Every value a template prints, with control and bidi characters shown as visible symbols (the
    offsets of highlights are computed before, on the text as it is: each piece is shown on its own)."""
    # isprintable() first: false for every character _INVISIBLE matches (categories Cc and Cf), and far
    # cheaper than the search on the hundreds of values a page prints.
    if isinstance(value, str) and not value.isprintable() and _INVISIBLE.search(value):
        shown = _INVISIBLE.sub(_shown, str(value))
        from markupsafe import Markup

        return Markup(shown) if isinstance(value, Markup) else shown
    return value


@functools.cache
def environment() -> jinja2.Environment:
    """Autoescaping everywhere, and strict: a misspelt variable is an error, not an empty string."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (_read(name), None, lambda: True)),
        autoescape=True,
        finalize=visible,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.cache
def asset(name: str) -> Markup:
    """A CSS or JS file of ours, to inline verbatim in a ``<style>`` or ``<script>`` element.

    Marked safe because it is package data written by us, never user input; escaping it would
    break the CSS/JS syntax (quotes, ``>``). Read once per process, like the templates: every article's
    page inlines the same files, and reading them through ``importlib.resources`` cost about 0.5 ms an
    article.
    """
    from markupsafe import Markup

    return Markup(_read(name))


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def generate(template: str, **context: object) -> Iterator[str]:
    """:func:`render`'s text in the pieces Jinja makes it of, as they are made: a page with a row per
    article is written without being held whole (lists given as iterators are read as the rows come)."""
    return environment().get_template(template).generate(**context)
