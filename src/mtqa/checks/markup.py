"""Placeholders, inline tags and links that must survive translation unchanged.

Each check compares, per paragraph bead, the multiset of normalised items on both sides. A source item
missing from the target and a target item absent from the source, of the same kind and bead, are one
*altered* item (anchored in both texts, the source form as suggestion); what is left over is reported as
missing (anchored in the source) or added (anchored in the target). Paragraph beads rather than
sentence beads: a placeholder moved to the neighbouring sentence is still preserved.

- ``markup.placeholder``: ``#PRS_ORG#``, ``{name}``, ``{{var}}``, ``%s``/``%d``/``%(name)s``,
  ``$VAR``/``${var}``, and ICU MessageFormat arguments by name and type (``{when, date, short}`` is
  ``{when,date}``; a plural's branches may differ, as the target language's plural categories do).
  When both sides hold the same placeholders, printf conversions filled by position (``%d``, ``%s``, not
  ``%(name)s``) must also keep their order: ``%d … %s`` translated as ``%s … %d`` is reported.
- ``markup.tag``: inline tags ``<b>``, ``</b>``, ``<br/>``; names must match, attributes may be
  translated, so they are ignored.
- ``markup.link``: URLs, e-mail addresses and ``@handles``; compared exactly (a URL's scheme and
  domain case-insensitively).
- ``markup.entity``: an HTML character reference of the source broken in the translation: its semicolon
  lost (``&trade``, ``&ndash90``), a space inserted (``& ndash;``, ``&amp ;``, ``&frac 12;``), escaped
  twice (``&amp;reg;``), decoded with its semicolon left behind (``DuPont™;`` for ``DuPont&trade;``),
  or written whole but garbled: its digits past the semicolon (``&sup;2``, ``&frac;12``) or its name one
  letter off and no reference at all (``&ndas;`` for ``&ndash;``).
  Only broken forms are compared: a reference the translation drops or writes as its character is no
  error (``you&#x2019;re`` has no apostrophe in French), and a ``&`` without a reference of the source
  (``AT&T``) is left alone.

Severity major: a lost or altered placeholder or link breaks the published page or the software
that fills it in.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from mtqa.checks._textutil import URL_REST
from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, fails, passes
from mtqa.model import Finding, Paragraph, Span

_PLACEHOLDER = re.compile(
    r"#[A-Z][A-Z0-9_-]*#"  # anonymisation placeholders: #PRS_ORG#, #NUMBER#
    r"|\{\{\s*[\w.]+\s*\}\}"  # {{var}}
    r"|\{\s*[\w.]+\s*,\s*[a-z]+(?=\s*[,}])"  # ICU MessageFormat arguments: {when, date, short}, {n, plural, ...}
    r"|\{[\w.]*\}"  # {name}, {0}, {}
    r"|(?<![\w%])%(?:\([\w.]+\))?[-+#0]*\d*(?:\.\d+)?[sdifxXeEgGcr](?!\w)"  # %s, %d, %(name)s, %.2f
    r"|\$\{[\w.]+\}|\$[A-Z_][A-Z0-9_]{2,}\b"  # ${var}, $VAR
)
# A printf conversion filled by position (not %(name)s): its order in the text is its argument's.
_POSITIONAL = re.compile(r"%[-+#0]*\d*(?:\.\d+)?[sdifxXeEgGcr]")
# White space after "<" or "</" is accepted so that a tag mangled by MT ("</ b>") is still seen as a tag.
_TAG = re.compile(r"<(/?)(\s*)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>")
# A scheme whose colon lost its place to a space ("https ://", French spacing applied to an address, or
# "https: //") is read with it: the address is broken, and its finding points at the break.
_LINK = re.compile(
    r"(?:(?:https?|ftp)(?:://|[ \u00a0\u202f]+:[ \u00a0\u202f]*//|:[ \u00a0\u202f]+//)|www\.)"
    + URL_REST
    + r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@.])@\w{2,}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Item:
    key: str  # normalised form, compared between source and target
    span: Span  # absolute span in the document


def placeholders(paragraph: Paragraph) -> list[Item]:
    if not any(c in paragraph.text for c in "#{%$"):
        return []
    return [
        _item(paragraph, m.start(), m.end(), _placeholder_key(m.group())) for m in _PLACEHOLDER.finditer(paragraph.text)
    ]


def _placeholder_key(text: str) -> str:
    compact = re.sub(r"\s+", "", text)
    return compact if compact.endswith(("}", "#")) or not compact.startswith("{") else compact + "}"


def tags(paragraph: Paragraph) -> list[Item]:
    items: list[Item] = []
    if "<" not in paragraph.text:
        return items
    for match in _TAG.finditer(paragraph.text):
        closing, mangled, name = match.group(1), " " if match.group(2) else "", match.group(3).lower()
        empty = "/" if match.group().endswith("/>") or name in {"br", "hr", "img"} else ""
        key = f"<{closing}{mangled}{name}{empty}>"
        items.append(_item(paragraph, match.start(), match.end(), key))
    return items


def links(paragraph: Paragraph) -> list[Item]:
    items: list[Item] = []
    text = paragraph.text
    if "@" not in text and "//" not in text and "www." not in text.lower():
        return items
    for match in _LINK.finditer(paragraph.text):
        text = match.group()
        items.append(_item(paragraph, match.start(), match.start() + len(text), _normalise_link(text)))
    return items


def _normalise_link(text: str) -> str:
    if text.startswith("@"):
        return text.lower()
    if "://" in text:
        scheme, rest = text.split("://", 1)
        host, slash, path = rest.partition("/")
        return f"{scheme.lower()}://{host.lower()}{slash}{path}"
    if "@" in text:
        return text.lower()
    host, slash, path = text.partition("/")
    return f"{host.lower()}{slash}{path}"


# An inline code span, or a backtick left without its partner and the token it opened.
_CODE = re.compile(r"`([^`\n]{1,200})`|`[^`\s]*")


def code_spans(paragraph: Paragraph) -> list[Item]:
    """The paragraph's inline code spans, keyed by what they hold; a lone backtick (its partner lost)
    keyed by itself and the token it opens (```/var/log/x.log``)."""
    if "`" not in paragraph.text:
        return []
    return [
        _item(paragraph, m.start(), m.end(), m.group(1) if m.group(1) is not None else m.group())
        for m in _CODE.finditer(paragraph.text)
    ]


# A run of asterisks that opens or closes emphasis: next to a word on one side (a bullet's "* " and a
# spaced multiplication sign are not).
_EMPHASIS = re.compile(r"(?<![*\w])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![*\w])")


def emphasis_marks(paragraph: Paragraph) -> list[Item]:
    if "*" not in paragraph.text:
        return []
    return [_item(paragraph, m.start(), m.end(), m.group()) for m in _EMPHASIS.finditer(paragraph.text)]


def _item(paragraph: Paragraph, start: int, end: int, key: str) -> Item:
    return Item(key, Span(paragraph.span.start + start, paragraph.span.start + end))


class _MarkupCheck(Check):
    noun = "item"

    @staticmethod
    def extract(paragraph: Paragraph) -> list[Item]:
        raise NotImplementedError

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not (pair.source and pair.target):
            return
        source = [item for p in pair.source for item in self.extract(p)]
        target = [item for p in pair.target for item in self.extract(p)]
        if not source and not target:
            return
        missing = list(_pick(source, Counter(i.key for i in source) - Counter(i.key for i in target)))
        added = list(_pick(target, Counter(i.key for i in target) - Counter(i.key for i in source)))
        for original, altered in zip(missing, added, strict=False):
            yield self.finding(
                context,
                f"{self.noun} {original.key!r} of the source is altered to {altered.key!r} in the translation",
                target_span=altered.span,
                source_span=original.span,
                suggestion=context.source.excerpt(original.span),
            )
        for item in missing[len(added) :]:
            yield self.finding(
                context,
                f"{self.noun} {item.key!r} of the source is missing in the translation",
                source_span=item.span,
                suggestion=context.source.excerpt(item.span),
            )
        for item in added[len(missing) :]:
            yield self.finding(context, f"{self.noun} {item.key!r} is not in the source", target_span=item.span)


def _pick(items: list[Item], surplus: Counter[str]) -> Iterator[Item]:
    """The last ``surplus[key]`` items of each key, in text order (which copy is extra cannot be known)."""
    remaining = Counter(surplus)
    picked = []
    for item in reversed(items):
        if remaining[item.key] > 0:
            remaining[item.key] -= 1
            picked.append(item)
    return reversed(picked)


# A reference's name or number; a broken one is this with its ``&`` or ``;`` displaced.
_REFERENCE_NAME = r"(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31})"
_BROKEN_REFERENCE = re.compile(
    rf"&(?:amp;)+(?P<twice>{_REFERENCE_NAME});"  # escaped twice: &amp;reg;
    rf"|&\s+(?P<after>{_REFERENCE_NAME});"  # a space after the ampersand: & ndash;
    rf"|&(?P<before>{_REFERENCE_NAME})\s+;"  # a space before the semicolon: &amp ;
    r"|&(?P<inside>[A-Za-z][A-Za-z0-9]* [A-Za-z0-9]+);"  # a space inside the name: &frac 12;
    rf"|&(?P<bare>{_REFERENCE_NAME})(?![;A-Za-z0-9])"  # the semicolon lost: &trade, &ndash90 (see _bare_name)
)
# A character the translation decoded from a reference of the source, with the reference's semicolon
# left behind: DuPont™; for DuPont&trade; (symbols and dashes only: ``café;``, ``49 €;`` or a quotation,
# ``“best”;`` or German ``„Beste“;`` whose closing mark is an opening one elsewhere, may end a clause
# before a semicolon).
_LEFTOVER_KINDS = frozenset({"So", "Sm", "Pd"})
_SOURCE_REFERENCE = re.compile(rf"&{_REFERENCE_NAME};")


def _known_reference(name: str) -> bool:
    return name.startswith("#") or f"{name};" in html.entities.html5


def _bare_name(name: str, source: str) -> str:
    """The reference a name without its semicolon stands for: the name itself (``&frac12``), or, when
    that is no reference of the source, the name without the digits that follow it (``&ndash90`` is
    ``&ndash;`` glued to ``90``)."""
    if f"&{name};" in source or name.startswith("#"):
        return name
    letters = name.rstrip("0123456789")
    return letters if len(letters) >= 2 and f"&{letters};" in source else name


# A reference written whole (``&name;``), with the digits right after it.
_MISNAMED = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});([0-9]*)")
# A reference's name and semicolon without their ampersand (``30 deg;C`` for ``30 &deg;C``).
_NO_AMPERSAND = re.compile(r"(?<![&#\w])([A-Za-z][A-Za-z0-9]{1,31});")
# A decimal reference, which may be a hexadecimal one of the source that lost its ``x`` (``&#2019;``).
# The references a markup escaper writes for its special characters.
_ESCAPED = re.compile(r"&(?:amp|lt|gt|quot);")
_DECIMAL_REFERENCE = re.compile(r"&#([0-9]{1,7});")


def _garbled_name(name: str, digits: str, names: set[str]) -> str | None:
    """The source reference ``&name;`` garbles, or None: the source's name is ``name`` and the digits
    after it (``sup;2``), or ``name`` is no reference at all and one letter off a name of the source,
    missing, extra or changed (``ndas``, ``mdashh``, ``trode``)."""
    for cut in range(len(digits), 0, -1):
        if name + digits[:cut] in names:
            return name + digits[:cut]
    if _known_reference(name):
        return None  # another real reference (&sup; is ⊃): a choice, not a slip
    close = [known for known in names if not known.startswith("#") and _one_edit(name, known)]
    return close[0] if len(close) == 1 else None


def _one_edit(first: str, second: str) -> bool:
    """True when one letter inserted, deleted or replaced, or two neighbours swapped (``dge`` for
    ``deg``), turns ``first`` into ``second``."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    if len(first) == len(second):
        differ = [index for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if len(differ) == 2 and differ[1] == differ[0] + 1:
            i, j = differ
            return first[i] == second[j] and first[j] == second[i]
    shorter, longer = sorted((first, second), key=len)
    for index, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            rest = shorter[index:] if len(shorter) < len(longer) else shorter[index + 1 :]
            return rest == longer[index + 1 :]
    return True


class Entity(Check):
    """HTML character references of the source that the translation breaks."""

    info = CheckInfo(
        id="markup.entity",
        category="markup",
        severity="major",
        description="An HTML character reference broken in the translation (`&trade`, `& ndash;`, `&amp;reg;`).",
        scope=Scope.PARAGRAPH,
        sees_protected=True,
        article_needs="&",  # every finding is at a reference of the source (checked first below)
        failing=(
            fails("Sizes S&ndash;XL", "Größen S& ndash;XL", finds="& ndash;", target_lang="de"),
            fails("Acme&reg; kettle", "Bouilloire Acme&amp;reg;", finds="&amp;reg;"),
            fails("Pure&trade; blend", "Mélange Pure&trade pour tous", finds="&trade"),
            fails("Ages 8&ndash;12", "Edad 8&ndash12 años", finds="&ndash", target_lang="es"),
            fails("Zen&reg; tea, hot", "Herbata Zen®; na gorąco", finds="®;", target_lang="pl"),
            fails('Fits 8&frac34;" cups', 'Passt in 8&frac 34;"-Becher', finds="&frac 34;", target_lang="de"),
        ),
        passing=(
            passes("You&#x2019;ll love it &amp; so will they.", "Vous l’adorerez &amp; eux aussi."),
            passes("AT&T and Q&A", "AT&T et Q&R"),
            passes("Caf&eacute; &mdash; hot", "Café; chaud", target_lang="fr"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not pair.source or "&" not in pair.source_text:
            return
        source = pair.source_text
        broken_in_source = {match.group() for match in _BROKEN_REFERENCE.finditer(source)}
        for paragraph in pair.target:
            yield from self._leftover_semicolons(context, pair, paragraph)
            if "&" not in paragraph.text:
                continue
            for match in _BROKEN_REFERENCE.finditer(paragraph.text):
                name = next(group for group in match.groups() if group is not None).replace(" ", "")
                broken = match.group()
                if match.group("bare") is not None:
                    name = _bare_name(name, source)
                    broken = "&" + name
                intended = f"&{name};"
                if not _known_reference(name) or intended not in source or {broken, match.group()} & broken_in_source:
                    continue  # no reference of the source, or the source writes it so too
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"the character reference {intended!r} of the source is broken: {broken!r}",
                    target_span=Span(start, start + len(broken)),
                    suggestion=intended,
                )
            yield from self._misnamed(context, paragraph, source)
            yield from self._hexadecimal_read_as_decimal(context, paragraph, source)
            yield from self._escaped_characters(context, paragraph, source)
        yield from self._lost_ampersands(context, pair, source)

    def _escaped_characters(self, context: CheckContext, paragraph: Paragraph, source: str) -> Iterator[Finding]:
        """A character the source writes as itself (``&&``, ``Users & Roles``, ``<``) escaped into a
        reference in the translation (``&amp;&amp;``): a plain-text field shows the reference as typed,
        and a command no longer runs. Only where the source writes no such reference anywhere."""
        for match in _ESCAPED.finditer(paragraph.text):
            character = html.unescape(match.group())
            if match.group() in source or character not in source:
                continue
            start = paragraph.span.start + match.start()
            yield self.finding(
                context,
                f"{character!r}, written as itself in the source, is escaped as {match.group()!r}",
                target_span=Span(start, start + len(match.group())),
                suggestion=character,
            )

    def _lost_ampersands(self, context: CheckContext, pair: ParagraphPair, source: str) -> Iterator[Finding]:
        """A named reference of the source written without its ``&``: only names of the source's own
        references count, so a word before a semicolon (``voir;``) is never read as one."""
        names = {m.group()[1:-1] for m in _SOURCE_REFERENCE.finditer(source) if not m.group().startswith("&#")}
        if not names:
            return
        for paragraph in pair.target:
            for match in _NO_AMPERSAND.finditer(paragraph.text):
                name = match.group(1)
                if name not in names or match.group() in source.replace(f"&{name};", ""):
                    continue
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"the character reference '&{name};' of the source lost its '&': {match.group()!r}",
                    target_span=Span(start, start + len(match.group())),
                    suggestion=f"&{name};",
                )

    def _hexadecimal_read_as_decimal(
        self, context: CheckContext, paragraph: Paragraph, source: str
    ) -> Iterator[Finding]:
        """``&#2019;`` where the source has ``&#x2019;`` (a right quotation mark): the decimal reference
        stands for another character altogether (U+07E3), the source not having it."""
        for match in _DECIMAL_REFERENCE.finditer(paragraph.text):
            digits = match.group(1)
            if match.group() in source or not re.search(rf"&#[xX]0*{digits};", source):
                continue
            start = paragraph.span.start + match.start()
            yield self.finding(
                context,
                f"the character reference '&#x{digits};' of the source lost its 'x': {match.group()!r} is "
                f"another character",
                target_span=Span(start, start + len(match.group())),
                suggestion=f"&#x{digits};",
            )

    def _misnamed(self, context: CheckContext, paragraph: Paragraph, source: str) -> Iterator[Finding]:
        """Whole-looking references that name no reference of the source but garble one: its digits moved
        past the semicolon (``&sup;2`` for ``&sup2;``) or its name cut or misspelt (``&ndas;``)."""
        names = {m.group()[1:-1] for m in _SOURCE_REFERENCE.finditer(source)}
        for match in _MISNAMED.finditer(paragraph.text):
            name, digits = match.groups()
            if name in names:
                continue
            intended = _garbled_name(name, digits, names)
            if intended is None:
                continue
            start = paragraph.span.start + match.start()
            end = match.end() if f"{name}{digits}" == intended else match.end() - len(digits)
            broken = paragraph.text[match.start() : end]
            yield self.finding(
                context,
                f"the character reference '&{intended};' of the source is broken: {broken!r}",
                target_span=Span(start, paragraph.span.start + end),
                suggestion=f"&{intended};",
            )

    def _leftover_semicolons(
        self, context: CheckContext, pair: ParagraphPair, paragraph: Paragraph
    ) -> Iterator[Finding]:
        """Characters of the source's references followed by a ``;`` the decoded source does not have."""
        source = pair.source_text
        decoded_source = html.unescape(source)
        characters = {html.unescape(m.group()) for m in _SOURCE_REFERENCE.finditer(source)}
        for character in sorted(c for c in characters if len(c) == 1 and unicodedata.category(c) in _LEFTOVER_KINDS):
            leftover = character + ";"
            if leftover not in paragraph.text or leftover in decoded_source:
                continue
            position = paragraph.text.find(leftover)
            while position >= 0:
                start = paragraph.span.start + position
                yield self.finding(
                    context,
                    f"{character!r} stands for a character reference of the source, and the reference's ';' is left"
                    " behind",
                    target_span=Span(start, start + 2),
                    suggestion=character,
                )
                position = paragraph.text.find(leftover, position + 2)


class Placeholder(_MarkupCheck):
    info = CheckInfo(
        id="markup.placeholder",
        category="markup",
        severity="major",
        description="Placeholders (#NAME#, {name}, %s, $VAR) missing, altered or added in the translation.",
        scope=Scope.PARAGRAPH,
        sees_protected=True,
        article_needs="#{%$",  # placeholders() finds none in a paragraph without these
        failing=(
            fails("Hello {name}, you have %d messages.", "Bonjour {nom}, vous avez %d messages.", finds="{nom}"),
            fails("Contact #PRS_ORG# today.", "Contactez aujourd'hui.", finds="#PRS_ORG#"),
            fails("You have %d messages from %s.", "Vous avez %s messages de %d.", finds="%s"),
        ),
        passing=(
            passes("Hello {name}, you have %d messages.", "Bonjour {name}, vous avez %d messages."),
            passes("%(count)d messages from %(name)s.", "De %(name)s, %(count)d messages."),
        ),
    )
    noun = "placeholder"
    extract = staticmethod(placeholders)

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        found = list(super().check_paragraph(context, pair))
        yield from found
        if found or not (pair.source and pair.target):
            return
        # The same placeholders, so a swap is all that can be wrong: printf fills %d, %s in order, and
        # "%s ... %d" where the source has "%d ... %s" crashes or garbles the program (msgfmt -c refuses it).
        source = [item for p in pair.source for item in placeholders(p) if _POSITIONAL.fullmatch(item.key)]
        target = [item for p in pair.target for item in placeholders(p) if _POSITIONAL.fullmatch(item.key)]
        for original, swapped in zip(source, target, strict=False):
            if original.key != swapped.key:
                yield self.finding(
                    context,
                    f"placeholder {swapped.key!r} stands where the source has {original.key!r}: printf fills "
                    "%-placeholders in order (reorder with %1$d, %2$s)",
                    target_span=swapped.span,
                    source_span=original.span,
                    suggestion=context.source.excerpt(original.span),
                )
                return


class Tag(_MarkupCheck):
    info = CheckInfo(
        id="markup.tag",
        category="markup",
        severity="major",
        description="Inline tags (<b>, </b>, <br/>) missing or added in the translation.",
        scope=Scope.PARAGRAPH,
        sees_protected=True,
        article_needs="<",  # tags() finds none in a paragraph without it
        failing=(fails("Click <b>Save</b> now.", "Cliquez sur <b>Enregistrer maintenant.", finds="</b>"),),
        passing=(passes('Click <a href="x">here</a>.', 'Cliquez <a href="y">ici</a>.'),),
    )
    noun = "tag"
    extract = staticmethod(tags)


class Link(_MarkupCheck):
    info = CheckInfo(
        id="markup.link",
        category="markup",
        severity="major",
        description="URLs, e-mail addresses and @handles missing or altered in the translation.",
        scope=Scope.PARAGRAPH,
        sees_protected=True,
        failing=(
            fails(
                "Details at https://example.org/report.",
                "Détails sur https://example.fr/rapport.",
                finds="https://example.fr/rapport",
            ),
        ),
        passing=(passes("Write to press@example.org.", "Écrivez à press@example.org."),),
    )
    noun = "link"
    extract = staticmethod(links)


class CodeSpan(_MarkupCheck):
    """Inline code is typed or shown as written: an option, a path, a file or a key translated inside it
    (```--verificeren``` for ```--verify```) breaks what the reader types, and a backtick lost leaves the
    rest of the line as code."""

    info = CheckInfo(
        id="markup.code_span",
        category="markup",
        severity="major",
        description="An inline code span (`` `--verify` ``) altered, missing or added in the translation, or its "
        "closing backtick lost.",
        scope=Scope.PARAGRAPH,
        sees_protected=True,
        article_needs="`",  # code_spans() finds none in a paragraph without it
        failing=(
            fails(
                "The `--verify` option compares checksums.",
                "L’option `--vérifier` compare les sommes de contrôle.",
                finds="`--vérifier`",
            ),
            fails(
                "Errors are written to `/var/log/app.log`.",
                "Les erreurs sont écrites dans `/var/log/app.log.",
                finds="`/var/log/app.log.",
            ),
        ),
        passing=(
            passes("The `--verify` option compares checksums.", "L’option `--verify` compare les sommes de contrôle."),
        ),
    )
    noun = "code"
    extract = staticmethod(code_spans)


class Emphasis(_MarkupCheck):
    info = CheckInfo(
        id="markup.emphasis",
        category="markup",
        severity="minor",
        description="A Markdown emphasis mark (`**`, `*`) lost, added or cut short in the translation "
        "(`**Code de vérification*`).",
        scope=Scope.PARAGRAPH,
        sees_protected=True,
        article_needs="*",  # emphasis_marks() finds none in a paragraph without it
        failing=(
            fails(
                "Enter the code in the **Verification code** field.",
                "Saisissez le code dans le champ **Code de vérification*.",
                finds="*",
            ),
        ),
        passing=(
            passes(
                "Enter the code in the **Verification code** field.",
                "Saisissez le code dans le champ **Code de vérification**.",
            ),
            passes("* Open the app.\n* Tap **Sync**.", "* Ouvrez l’application.\n* Touchez **Synchroniser**."),
        ),
    )
    noun = "emphasis mark"
    extract = staticmethod(emphasis_marks)

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """Only where the source's marks pair up (a lone ``*`` is a footnote mark, no emphasis) and the
        translation's counts differ by an odd number: whole pairs dropped or added are a sentence left
        out or a house style (an omission check reports the one); a mark cut short breaks the emphasis
        of the rest of the paragraph."""
        source = Counter(item.key for p in pair.source for item in emphasis_marks(p))
        if any(count % 2 for count in source.values()):
            return
        target = Counter(item.key for p in pair.target for item in emphasis_marks(p))
        if any((source[key] - target[key]) % 2 for key in source | target):
            yield from super().check_paragraph(context, pair)


CHECKS: tuple[type[Check], ...] = (Placeholder, Tag, Link, Entity, CodeSpan, Emphasis)
