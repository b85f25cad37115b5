"""The Jinja2 environment for the HTML reports; templates and assets are package data.

Everything is read through :mod:`importlib.resources`, so reports render from a wheel or a zip as
well as from a source tree, and no template is ever fetched from the network.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    import jinja2
    from markupsafe import Markup


def _read(name: str) -> str:
    return resources.files("mtqa.report").joinpath("templates", name).read_text(encoding="utf-8")


@functools.cache
def environment() -> jinja2.Environment:
    """Autoescaping everywhere, and strict: a misspelt variable is an error, not an empty string."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (_read(name), None, lambda: True)),
        autoescape=True,
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
