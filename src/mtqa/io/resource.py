"""Key-value resource files in pairs (``en.json``/``fr.json``, ``en.yml``/``fr.yml``): one unit per key.

Nested objects are flattened to dotted keys (``nav.home.title``; list items by index), as i18next,
vue-i18n and Rails name them; only string values are text. A YAML file whose root holds one key that is
a language code (Rails: ``fr:``) is read from inside it. Units follow the source file's key order; a key
missing in the target is an empty target unit, a key only in the target is reported (``extra_key``),
except plural forms the target language has (:class:`_PluralForms`). JSON is parsed by
:mod:`mtqa.io.jsonpos` (the standard library's decoder, with positions); YAML by PyYAML's safe composer
(MIT), where an alias of a list or mapping is read only once, so an alias bomb costs nothing. The
strings' message syntax (ICU MessageFormat, ``{{name}}``, ``%s``) is protected: only the markup checks
read it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, decode_bytes, lone_surrogate, read_limited
from mtqa.io.jsonpos import JNumber, JObject, JString, JValue, parse_document
from mtqa.io.units import BilingualDocument, Extract, RawUnit, assemble_bilingual
from mtqa.model import InputIssue

_LANGUAGE_KEY = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
YAML_SUFFIXES = (".yml", ".yaml")


def read_resource(path: Path | str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[str, bytes, dict[str, Extract]]:
    """(decoded text, bytes, key -> Extract) of one resource file."""
    text, data, strings, _, _ = _read(path, max_bytes)
    return text, data, strings


def _read(path: Path | str, max_bytes: int | None) -> tuple[str, bytes, dict[str, Extract], dict[str, str], list[str]]:
    """:func:`read_resource`, and the keys whose values are other scalars (a number, true/false, null),
    each with what it is: they are no text, but a translation that has one where the source has a
    string lost its text, which the user must hear as such, not as a missing key. Last, the keys given
    more than once (a key twice in one object, or ``"nav.home"`` beside a nested ``nav.home``): only the
    last value is read, which the user must hear too."""
    file_path = Path(path)
    data = read_limited(file_path, max_bytes)
    text = decode_bytes(data, str(path))
    repeated: list[str] = []
    if file_path.suffix.lower() in YAML_SUFFIXES:
        values = list(_yaml_strings(text, str(path)))
    else:
        root = parse_document(text, str(path))
        if not isinstance(root, dict):
            raise InputError(_not_keyed(str(path), _JSON_KINDS.get(type(root), "a single value")))
        values = list(_json_strings(root, text, ""))
        repeated += _json_duplicates(root, "")
    if not values:  # a failed export: every key of the source would be "untranslated", and pass
        emptiness = "the file is empty" if not text.strip() else "no keys (an empty resource file)"
        raise InputError(f"{path}: {emptiness}; nothing to check")
    strings = {key: value for key, value in values if isinstance(value, Extract)}
    counts = Counter(key for key, _ in values)
    repeated += [key for key, count in counts.items() if count > 1 and key not in repeated]
    return text, data, strings, {key: value for key, value in values if isinstance(value, str)}, repeated


def _json_duplicates(node: JValue, prefix: str) -> Iterator[str]:
    """The full keys an object of ``node`` gives more than once (:class:`~mtqa.io.jsonpos.JObject`)."""
    if isinstance(node, JObject):
        yield from (f"{prefix}.{key}" if prefix else key for key in dict.fromkeys(node.duplicates))
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _json_duplicates(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _json_duplicates(value, f"{prefix}.{index}" if prefix else str(index))


_JSON_KINDS: dict[type, str] = {list: "an array", JString: "a string"}


def _not_keyed(name: str, kind: str) -> str:
    """Without keys there are no units to pair, so the language guess would fail on nothing: say why."""
    return f"{name}: not a key/value resource file: its top level is {kind}, not an object of keys and strings"


def read_resource_pair(
    source: Path | str,
    target: Path | str,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    target_lang: str | None = None,
) -> BilingualDocument:
    s_text, s_data, s_keys, _, s_repeated = _read(source, max_bytes)
    t_text, t_data, t_keys, t_others, t_repeated = _read(target, max_bytes)
    plurals = _PluralForms(s_keys, t_keys, _plural_categories(target_lang))
    units = []
    for key, extract in s_keys.items():
        if not plurals.not_in_target_language(key):
            units.append(RawUnit(key, extract, t_keys.get(key), (), _first_offset(extract)))
        # The target language's own plural forms (Polish file_few, file_many) translate the source's "other".
        units += [RawUnit(form, extract, t_keys[form], (), _first_offset(extract)) for form in plurals.extra_forms(key)]
    issues = [
        InputIssue("extra_key", f"key {key!r} is in the translation but not in the source", key, "target")
        for key in t_keys
        if key not in s_keys and not plurals.is_extra_form(key)
    ]
    issues += [
        InputIssue(
            "duplicate_key", f"key {key!r} is given more than once in the {side}; only the last is read", key, side
        )
        for side, repeated in _sides(s_repeated, t_repeated)
        for key in repeated
    ]
    issues += [
        InputIssue("not_text", f"key {key!r} is {t_others[key]} in the translation, not a string", key, "target")
        for key in s_keys
        if key in t_others
    ]
    return assemble_bilingual(
        units,
        str(source),
        s_text,
        s_data,
        "resource",
        issues=issues,
        target_file=(str(target), t_text, t_data),
    )


# CLDR plural categories, as i18next suffixes (file_one, file_few) and Rails keys (files.one, files.few) name them.
_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_I18NEXT_PLURAL = re.compile(rf"^(?P<base>.+)_(?P<category>{'|'.join(_CATEGORIES)})$")


def _plural_categories(lang: str | None) -> frozenset[str] | None:
    """The plural categories of a language (CLDR, through babel), ``other`` included; None when unknown."""
    if not lang:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        return frozenset({*Locale.parse(lang.replace("-", "_")).plural_form.tags, "other"})
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _plural_form(key: str) -> tuple[str, str] | None:
    """(the message's key with ``{}`` for the category, the category) of a plural form's key, or None."""
    found = _I18NEXT_PLURAL.match(key)
    if found:
        return f"{found['base']}_{{}}", found["category"]
    base, _, last = key.rpartition(".")
    return (f"{base}.{{}}", last) if base and last in _CATEGORIES else None


class _PluralForms:
    """The plural forms of the messages of a resource pair. A message is plural when the source has its
    ``other`` form; its forms follow the target language's categories (Polish one/few/many/other,
    Chinese other only): a form the target language has and the source lacks is no extra key, it
    translates the source's ``other``; a source form the target language lacks is not missing. Without
    the target language given, any category counts as one it may have."""

    def __init__(self, source: dict[str, Extract], target: dict[str, Extract], categories: frozenset[str] | None):
        self._source, self._target, self._categories = source, target, categories
        self._extra: dict[str, list[str]] = {}  # the source's "other" key -> the target's forms it lacks
        for key in target:
            form = _plural_form(key)
            if key in source or form is None or not self._target_has(form[1]):
                continue
            other = form[0].format("other")
            if other in source:
                self._extra.setdefault(other, []).append(key)

    def _target_has(self, category: str) -> bool:
        return self._categories is None or category in self._categories

    def extra_forms(self, source_key: str) -> list[str]:
        return self._extra.get(source_key, [])

    def is_extra_form(self, target_key: str) -> bool:
        form = _plural_form(target_key)
        return form is not None and target_key in self._extra.get(form[0].format("other"), [])

    def not_in_target_language(self, source_key: str) -> bool:
        """A source form the translation lacks because its language has no such form (``file_one`` in
        Chinese), while it has the message's ``other``: no unit, so no missing translation."""
        form = _plural_form(source_key)
        if form is None or source_key in self._target or form[1] == "other":
            return False
        return (
            form[0].format("other") in self._target and self._categories is not None and not self._target_has(form[1])
        )


def _sides(source: list[str], target: list[str]) -> list[tuple[Literal["source", "target"], list[str]]]:
    return [("source", source), ("target", target)]


def _protect(extract: Extract) -> Extract:
    """UI strings are message formats: their syntax is protected (:mod:`mtqa.io.messageformat`)."""
    from mtqa.io.messageformat import syntax_spans

    extract.protected += syntax_spans(extract.text)
    return extract


def _first_offset(extract: Extract) -> int:
    return extract.pieces[0][1] if extract.pieces else 0


def _json_strings(node: JValue, text: str, prefix: str) -> Iterator[tuple[str, Extract | str]]:
    """Every key's string (an Extract), or what its other scalar is (a str: "a number", "null")."""
    if isinstance(node, JString):
        out = Extract()
        out.add_mapped(node.value, text[node.start + 1 : node.end - 1], node.start + 1)
        yield prefix, _protect(out)
    elif isinstance(node, bool):
        yield prefix, "true/false"
    elif isinstance(node, JNumber):
        yield prefix, f"a number ({node.text})"
    elif node is None:
        yield prefix, "null"
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _json_strings(value, text, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _json_strings(value, text, f"{prefix}.{index}" if prefix else str(index))


def _yaml_strings(text: str, name: str) -> Iterator[tuple[str, Extract | str]]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(f"{name}: not valid YAML: {first}") from None
    except RecursionError:
        raise InputError(f"{name}: YAML nested too deeply") from None
    if root is None:
        return
    if not isinstance(root, yaml.MappingNode):
        raise InputError(_not_keyed(name, "a list" if isinstance(root, yaml.SequenceNode) else "a single value"))
    if len(root.value) == 1:
        key, value = root.value[0]
        if isinstance(key, yaml.ScalarNode) and _LANGUAGE_KEY.match(str(key.value)):
            root = value
    try:
        walked = list(_walk_yaml(root, text, "", set()))
    except _MergeError as error:
        raise InputError(f"{name}: {error}") from None
    for key, extract in walked:
        lone = isinstance(extract, Extract) and lone_surrogate(
            extract.text
        )  # YAML accepts "\ud800" alone, as JSON does
        if lone:
            raise InputError(f"{name}: key {key!r} {lone}")
        yield key, extract


# What the YAML 1.1 scalar types are, for the not_text issue (str is text; timestamp as SafeLoader types it).
_YAML_KINDS = {
    "int": "a number",
    "float": "a number",
    "bool": "true/false",
    "null": "null",
    "timestamp": "a date or time",
    "binary": "binary data",
}
_YAML_COLLECTIONS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


def _tagged(tag: str) -> str:
    """A value of another YAML type (a set, an ordered map, a local or python tag): named by its tag."""
    return f"a value tagged {tag.replace('tag:yaml.org,2002:', '!!')}"


def _walk_yaml(node: Any, text: str, prefix: str, seen: set[int]) -> Iterator[tuple[str, Extract | str]]:
    import yaml

    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":str") and isinstance(node.value, str):
            out = Extract()
            start, end = node.start_mark.index, node.end_mark.index
            out.add_mapped(node.value, text[start:end], start)
            yield prefix, _protect(out)
        elif node.tag.rsplit(":", 1)[-1] in _YAML_KINDS:
            kind = _YAML_KINDS[node.tag.rsplit(":", 1)[-1]]
            yield prefix, f"{kind} ({node.value})" if kind in ("a number", "a date or time") else kind
        else:
            yield prefix, _tagged(node.tag)
    elif id(node) in seen:  # an alias of a collection is read once, so an alias bomb stays small
        return
    elif node.tag not in _YAML_COLLECTIONS:  # !!set, !!omap, !!python/object/apply:...: no keyed strings
        yield prefix, _tagged(node.tag)
    elif isinstance(node, yaml.MappingNode):
        seen.add(id(node))
        for key, value in _with_merges(node, [0]):
            label = str(key.value) if isinstance(key, yaml.ScalarNode) else str(len(seen))
            yield from _walk_yaml(value, text, f"{prefix}.{label}" if prefix else label, seen)
    elif isinstance(node, yaml.SequenceNode):
        seen.add(id(node))
        for index, value in enumerate(node.value):
            yield from _walk_yaml(value, text, f"{prefix}.{index}" if prefix else str(index), seen)


_MERGE_TAG = "tag:yaml.org,2002:merge"


class _MergeError(Exception):
    """A merge key that cannot be applied; :func:`_yaml_strings` names the file."""


# Merge keys copy a mapping's pairs into another; chained, they could copy one pair many times over. A
# Rails locale file merges a few defaults: this many copied pairs is far past any.
_MAX_MERGED = 100_000


def _with_merges(node: Any, copied: list[int], depth: int = 0) -> list[tuple[Any, Any]]:
    """A mapping's pairs with YAML 1.1 merge keys (``<<: *defaults``, ``<<: [*a, *b]``) applied, as PyYAML's
    loader applies them: the mapping's own keys win, then the merged mappings in their order. Rails
    locale files use them; dropped, a translated key would read as missing and its anchor as extra."""
    import yaml

    own = [(key, value) for key, value in node.value if key.tag != _MERGE_TAG]
    names = {key.value for key, _ in own if isinstance(key, yaml.ScalarNode)}
    pairs = list(own)
    for key, value in node.value:
        if key.tag != _MERGE_TAG:
            continue
        sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
        for source in sources:
            if not isinstance(source, yaml.MappingNode) or depth > 100:
                raise _MergeError("a YAML merge key (<<) must name a mapping, or a list of mappings")
            for merged_key, merged_value in _with_merges(source, copied, depth + 1):
                label = merged_key.value if isinstance(merged_key, yaml.ScalarNode) else None
                if label is not None and label in names:
                    continue
                names.add(label)
                copied[0] += 1
                if copied[0] > _MAX_MERGED:
                    raise _MergeError(f"YAML merge keys copy more than {_MAX_MERGED:,} values")
                pairs.append((merged_key, merged_value))
    return pairs
