"""Configuration: defaults < ``mtqa.toml`` or ``[tool.mtqa]`` in ``pyproject.toml`` < CLI options.

The file format (every key optional)::

    encoder = "auto"              # use-m3, e5-small for other languages; or use-m3, fast, e5-small, st:<model>
    profile = "auto"              # the genre: auto, news, product, ui or docs (docs/profiles.md)
    cache = true
    cache_dir = "/path/to/cache"

    [checks]
    enable = ["punctuation", "names.literal_translation"]   # families or check ids; empty = all
    disable = ["typography.apostrophe_style"]
    french_plain_space = false    # accept a plain space before ; : ! ? and inside « »

    [glossary]                    # source term -> required target term (at most 300 characters)
    "central bank" = "banque centrale"   # case kept: "china" is not "China" (a sentence's first capital aside)

    [do_not_translate]
    terms = ["Kubernetes"]

    [names]                       # extra accepted renderings: source name -> target forms (not empty)
    "Geneva" = ["Genève"]

    [input]
    max_size = 2_000_000          # bytes; larger input files are refused at once (0: no limit)

    [gate]
    fail_under = 50               # quality score 0-100 (50: a typical MT system, docs/scoring.md)
    fail_on = "major"             # fail on any finding of this severity or worse
    fail_on_unmatched = true      # folder runs: fail when an article has no counterpart
    fail_on_input_issues = true   # fail when the input file has empty, misaligned or untranslated units
    [gate.max_findings]           # per-category limits
    name = 0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, get_args

from mtqa.errors import ConfigError
from mtqa.io.decoding import DEFAULT_MAX_BYTES
from mtqa.model import CATEGORIES, SEVERITIES, Severity
from mtqa.tables import user_table

DEFAULT_ENCODER = "auto"
# The genre of the text: the rules whose right answer depends on it read ``CheckConfig.profile``
# (docs/profiles.md). News is the default: the register the checks were written for. Unless a profile is
# chosen (``infer_profile``), an article whose source is laid out as a product page is checked as one
# (mtqa.genre).
Profile = Literal["news", "product", "ui", "docs"]
PROFILES: tuple[Profile, ...] = get_args(Profile)
DEFAULT_PROFILE: Profile = "news"
AUTO_PROFILE = "auto"


@dataclass(frozen=True)
class CheckConfig:
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    french_plain_space: bool = False
    profile: Profile = DEFAULT_PROFILE
    infer_profile: bool = True
    glossary: Mapping[str, str] = field(default_factory=dict)
    do_not_translate: tuple[str, ...] = ()
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class GateConfig:
    fail_under: float | None = None
    fail_on: Severity | None = None
    max_findings: Mapping[str, int] = field(default_factory=dict)
    fail_on_unmatched: bool = False
    fail_on_input_issues: bool = False

    @property
    def configured(self) -> bool:
        return (
            self.fail_under is not None
            or self.fail_on is not None
            or bool(self.max_findings)
            or self.fail_on_input_issues
        )


@dataclass(frozen=True)
class InputConfig:
    max_size: int | None = DEFAULT_MAX_BYTES  # bytes; None: no limit


@dataclass(frozen=True)
class Config:
    encoder: str = DEFAULT_ENCODER
    cache: bool = True
    cache_dir: Path | None = None
    checks: CheckConfig = field(default_factory=CheckConfig)
    gate: GateConfig = field(default_factory=GateConfig)
    input: InputConfig = field(default_factory=InputConfig)
    source_path: Path | None = None

    def with_overrides(self, **overrides: Any) -> Config:
        """Return a copy with the non-None overrides applied (CLI options win over the file)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def find_config_file(start: Path) -> Path | None:
    """The nearest ``mtqa.toml``, or ``pyproject.toml`` with a ``[tool.mtqa]`` table, from start upwards."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.resolve().parents):
        candidate = folder / "mtqa.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            tool = user_table(pyproject).get("tool", {})
            if isinstance(tool, Mapping) and "mtqa" in tool:
                return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read a config file; None gives the defaults."""
    if path is None:
        return Config()
    data: Mapping[str, Any] = user_table(path)
    if path.name == "pyproject.toml":
        data = _mapping(_mapping(data.get("tool", {}), path, "tool").get("mtqa", {}), path, "tool.mtqa")
    return _parse(data, path)


_KEYS: dict[str, tuple[str, ...]] = {
    "": (
        "encoder",
        "profile",
        "cache",
        "cache_dir",
        "checks",
        "glossary",
        "do_not_translate",
        "names",
        "input",
        "gate",
    ),
    "checks": ("enable", "disable", "french_plain_space"),
    "do_not_translate": ("terms",),
    "gate": ("fail_under", "fail_on", "max_findings", "fail_on_unmatched", "fail_on_input_issues"),
    "input": ("max_size",),
}


def _known(table: Mapping[str, Any], where: str, path: Path) -> Mapping[str, Any]:
    """``table`` when every key is one mtqa reads; else an error naming the key, with a suggestion:
    a misspelt key ignored would quietly turn a gate off."""
    import difflib

    allowed = _KEYS[where]
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(allowed)})"
            section = ".".join(part for part in ("tool.mtqa" if path.name == "pyproject.toml" else "", where) if part)
            place = f"[{section}]" if section else "the top level"
            raise ConfigError(f"{path}: unknown key {key!r} in {place}{hint}")
    return table


def enable_disable_clash(enable: Sequence[str], disable: Sequence[str]) -> tuple[str, str] | None:
    """The first check (or family) that ``enable`` names and ``disable`` takes away whole: ``(enabled,
    disabled)``, or None. Enabling a family and disabling one of its checks is no clash (the rest runs)."""
    disabled = {name.strip() for name in disable}
    for name in enable:
        family = name.strip().split(".", 1)[0]
        clash = name.strip() if name.strip() in disabled else family if family in disabled else None
        if clash is not None:
            return name.strip(), clash
    return None


def _parse(data: Mapping[str, Any], path: Path) -> Config:
    _known(data, "", path)
    checks = _known(_mapping(data.get("checks", {}), path, "checks"), "checks", path)
    enabled = _check_names(checks.get("enable", []), path, "checks.enable")
    clash = enable_disable_clash(enabled, _check_names(checks.get("disable", []), path, "checks.disable"))
    if clash is not None:  # else the run checks nothing and passes its gate without a word
        raise ConfigError(
            f"{path}: [checks] enable names {clash[0]!r} and disable {clash[1]!r}: the check cannot be both; "
            "keep it in one of them"
        )
    cache_dir = data.get("cache_dir")
    config = Config(
        encoder=_encoder(data.get("encoder", DEFAULT_ENCODER), path),
        cache=_boolean(data.get("cache", True), path, "cache"),
        cache_dir=(path.parent / _folder(cache_dir, path, "cache_dir")) if cache_dir else None,
        checks=CheckConfig(
            enable=_check_names(checks.get("enable", []), path, "checks.enable"),
            disable=_check_names(checks.get("disable", []), path, "checks.disable"),
            french_plain_space=_boolean(checks.get("french_plain_space", False), path, "checks.french_plain_space"),
            glossary={
                _term(k, path, "glossary"): _term(v, path, f"glossary.{k}")
                for k, v in _mapping(data.get("glossary", {}), path, "glossary").items()
            },
            do_not_translate=tuple(
                _term(term, path, "do_not_translate.terms")
                for term in _strings(
                    _known(
                        _mapping(data.get("do_not_translate", {}), path, "do_not_translate"), "do_not_translate", path
                    ).get("terms", []),
                    path,
                    "do_not_translate.terms",
                )
            ),
            names={
                _term(k, path, "names", "name"): tuple(
                    _term(form, path, f"names.{k}", "rendering")
                    for form in _strings([v] if isinstance(v, str) else v, path, f"names.{k}")
                )
                for k, v in _mapping(data.get("names", {}), path, "names").items()
            },
        ),
        gate=_parse_gate(_known(_mapping(data.get("gate", {}), path, "gate"), "gate", path), path),
        input=_parse_input(_known(_mapping(data.get("input", {}), path, "input"), "input", path), path),
        source_path=path,
    )
    return replace(config, checks=with_profile(config.checks, data.get("profile", AUTO_PROFILE), str(path)))


def with_profile(checks: CheckConfig, value: Any, where: str) -> CheckConfig:
    """``checks`` with the profile a config file or an option names; ``auto`` leaves it to each article's
    source (news unless it is laid out as a product page). :class:`ConfigError` names the choices."""
    if value == AUTO_PROFILE:
        return replace(checks, profile=DEFAULT_PROFILE, infer_profile=True)
    for profile in PROFILES:
        if value == profile:
            return replace(checks, profile=profile, infer_profile=False)
    choices = ", ".join((AUTO_PROFILE, *PROFILES))
    raise ConfigError(f"{where}: profile must be one of {choices}, not {value!r}")


def _parse_gate(gate: Mapping[str, Any], path: Path) -> GateConfig:
    fail_on = gate.get("fail_on")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise ConfigError(f"{path}: gate.fail_on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    fail_under = gate.get("fail_under")
    if fail_under is not None and (
        isinstance(fail_under, bool) or not isinstance(fail_under, int | float) or not 0 <= fail_under <= 100
    ):
        raise ConfigError(f"{path}: gate.fail_under must be a number from 0 to 100")
    limits = _mapping(gate.get("max_findings", {}), path, "gate.max_findings")
    for category, limit in limits.items():
        if category not in CATEGORIES:
            raise ConfigError(f"{path}: gate.max_findings: unknown category {category!r}")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ConfigError(f"{path}: gate.max_findings.{category} must be a whole number >= 0")
    return GateConfig(
        fail_under=float(fail_under) if fail_under is not None else None,
        fail_on=fail_on,
        max_findings=dict(limits),
        fail_on_unmatched=_boolean(gate.get("fail_on_unmatched", False), path, "gate.fail_on_unmatched"),
        fail_on_input_issues=_boolean(gate.get("fail_on_input_issues", False), path, "gate.fail_on_input_issues"),
    )


def _parse_input(table: Mapping[str, Any], path: Path) -> InputConfig:
    size = table.get("max_size", DEFAULT_MAX_BYTES)
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ConfigError(f"{path}: input.max_size must be a whole number of bytes >= 0 (0: no limit)")
    return InputConfig(max_size=size or None)


def _mapping(value: Any, path: Path, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{path}: {key} must be a table")
    return value


def _string(value: Any, path: Path, key: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{path}: {key} must be a string")
    return value


def _folder(value: Any, path: Path, key: str) -> str:
    """A folder's path: a string no file system can hold (a NUL character) is refused here, naming the
    key; it reached the cache as "internal error: ValueError: embedded null byte"."""
    folder = _string(value, path, key)
    if "\x00" in folder:
        raise ConfigError(f"{path}: {key} holds a NUL character, which no path can hold")
    return folder


def _encoder(value: Any, path: Path) -> str:
    from mtqa.embed.registry import ENCODER_NAMES, is_encoder_name

    name = _string(value, path, "encoder")
    if not is_encoder_name(name):
        raise ConfigError(f"{path}: unknown encoder {name!r}; choose one of: {', '.join(ENCODER_NAMES)}")
    return name


# The longest glossary or do-not-translate term: a term is a word or a phrase (the longest in IATE's
# and Microsoft's terminology collections are well under 200 characters). A passage of thousands of
# words as a term cost seconds and a gigabyte per article to match, for nothing a translation can show.
MAX_TERM_CHARS = 300


def _term(value: Any, path: Path, key: str, what: str = "term") -> str:
    """A glossary term, a name or a name's rendering: an empty one would match everywhere, or require
    (or accept) nothing."""
    term = _string(value, path, key)
    if not term.strip():
        raise ConfigError(f"{path}: {key} has an empty {what}")
    if len(term) > MAX_TERM_CHARS:
        raise ConfigError(
            f"{path}: {key}: a term of {len(term):,} characters ({term[:40]!r}...); "
            f"a term is a word or a phrase of at most {MAX_TERM_CHARS} characters"
        )
    return term


def _boolean(value: Any, path: Path, key: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: {key} must be true or false")
    return value


def _check_names(value: Any, path: Path, key: str) -> tuple[str, ...]:
    """Check ids or families, known ones only: an unknown name is reported with the file it is in."""
    names = _strings(value, path, key)
    if names:
        from mtqa.checks.registry import select_checks  # the registry is loaded only when names are given

        try:
            select_checks(names)
        except ConfigError as error:
            raise ConfigError(f"{path}: {key}: {error}") from None
    return names


def _strings(value: Any, path: Path, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return tuple(value)
