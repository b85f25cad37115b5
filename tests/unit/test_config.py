from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.config import Config, find_config_file, load_config
from mtqa.errors import ConfigError

FULL = """
encoder = "e5-small"
cache = false

[checks]
disable = ["typography"]
french_plain_space = true

[glossary]
"central bank" = "banque centrale"

[do_not_translate]
terms = ["Kubernetes"]

[names]
"Geneva" = "Genève"

[input]
max_size = 5_000_000

[gate]
fail_under = 80
fail_on = "major"
[gate.max_findings]
name = 0
"""


def test_full_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text(FULL, encoding="utf-8")
    config = load_config(path)
    assert config.encoder == "e5-small"
    assert config.cache is False
    assert config.checks.disable == ("typography",)
    assert config.checks.french_plain_space is True
    assert config.checks.glossary == {"central bank": "banque centrale"}
    assert config.checks.do_not_translate == ("Kubernetes",)
    assert config.checks.names == {"Geneva": ("Genève",)}
    assert config.gate.fail_under == 80.0
    assert config.gate.fail_on == "major"
    assert config.gate.max_findings == {"name": 0}
    assert config.gate.configured
    assert config.input.max_size == 5_000_000


def test_input_size_limit_defaults_to_two_megabytes_and_zero_lifts_it(tmp_path: Path) -> None:
    assert Config().input.max_size == 2_000_000
    path = tmp_path / "mtqa.toml"
    path.write_text("[input]\nmax_size = 0\n", encoding="utf-8")
    assert load_config(path).input.max_size is None


def test_defaults_have_no_gate() -> None:
    assert not Config().gate.configured
    assert load_config(None) == Config()


def test_pyproject_tool_table_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mtqa]\nencoder = "e5-small"\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    found = find_config_file(sub / "fr.txt")
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found).encoder == "e5-small"


def test_pyproject_without_tool_table_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "fr.txt").write_text("x", encoding="utf-8")
    assert find_config_file(tmp_path / "fr.txt") in (None, *[p / "mtqa.toml" for p in tmp_path.parents])


def test_cli_overrides_win() -> None:
    config = Config(encoder="e5-small").with_overrides(encoder="use-m3", cache=None)
    assert config.encoder == "use-m3"
    assert config.cache is True


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("encoder = 3", "encoder must be a string"),
        ("colour = 'red'", "unknown key"),
        ("[gate]\nfail_on = 'fatal'", "gate.fail_on must be one of"),
        ("[gate]\nfail_under = 120", "from 0 to 100"),
        ("[gate.max_findings]\nnonsense = 1", "unknown category"),
        ("[checks]\nenable = 'names'", "must be a list of strings"),
        ("[[broken", "invalid TOML"),
        ("profile = 'blog'", "profile must be one of auto, news, product, ui, docs"),
        ("[input]\nmax_size = '5MB'", "input.max_size must be a whole number of bytes"),
        ("[input]\nmax_size = -1", "input.max_size must be a whole number of bytes"),
        ("[input]\nmaxsize = 10", "did you mean 'max_size'"),
        ("encoder = 'labse'", r"mtqa\.toml: unknown encoder 'labse'; choose one of: auto"),
        ("encoder = 'st:  '", "unknown encoder 'st:  '"),
        ('[glossary]\n"" = "banque"', "glossary has an empty term"),
        ('[glossary]\n"bank" = " "', "glossary.bank has an empty term"),
        ('[glossary]\n"' + "a " * 100_000 + '" = "b"', r"glossary: a term of 200,000 characters .*at most 300"),
        ('[glossary]\n"bank" = "' + "x" * 301 + '"', r"glossary\.bank: a term of 301 characters"),
        ("[do_not_translate]\nterms = ['" + "Korvel " * 60 + "']", r"do_not_translate\.terms: a term of 420"),
        ("[checks]\nenable = ['no.such.check']", r"mtqa\.toml: checks\.enable: unknown check or family 'no\.such"),
        ("[checks]\ndisable = ['typografy']", r"mtqa\.toml: checks\.disable: unknown check or family 'typografy'"),
    ],
)
def test_invalid_files_give_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_profile_is_read_from_the_file_and_is_inferred_by_default(tmp_path: Path) -> None:
    assert (Config().checks.profile, Config().checks.infer_profile) == ("news", True)
    path = tmp_path / "mtqa.toml"
    path.write_text('encoder = "fast"\n', encoding="utf-8")
    assert load_config(path).checks.infer_profile
    path.write_text('profile = "product"\n', encoding="utf-8")
    assert (load_config(path).checks.profile, load_config(path).checks.infer_profile) == ("product", False)
    # Choosing news is a choice: no article is then read as a product page.
    path.write_text('profile = "news"\n', encoding="utf-8")
    assert (load_config(path).checks.profile, load_config(path).checks.infer_profile) == ("news", False)
    path.write_text('profile = "auto"\n', encoding="utf-8")
    assert (load_config(path).checks.profile, load_config(path).checks.infer_profile) == ("news", True)


def test_profile_option_wins_over_the_file(tmp_path: Path) -> None:
    from mtqa.cli.options import resolve_config

    path = tmp_path / "mtqa.toml"
    path.write_text('profile = "docs"\n', encoding="utf-8")
    assert resolve_config(path, tmp_path, None, False).checks.profile == "docs"
    assert resolve_config(path, tmp_path, None, False, "ui").checks.profile == "ui"
    assert resolve_config(path, tmp_path, None, False, "auto").checks.infer_profile
    assert not resolve_config(path, tmp_path, None, False).checks.infer_profile
    with pytest.raises(ConfigError, match="--profile: profile must be one of"):
        resolve_config(path, tmp_path, None, False, "blog")


def test_every_encoder_name_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    for name in ("auto", "use-m3", "fast", "e5-small", "st:/models/labse"):
        path.write_text(f"encoder = '{name}'", encoding="utf-8")
        assert load_config(path).encoder == name


def test_an_unknown_key_in_pyproject_is_placed_under_tool_mtqa(tmp_path: Path) -> None:
    # It was said to be "in the top level", where pyproject.toml has [tool].
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.mtqa]\nencoder = "fast"\nbogus = 1\n[tool.mtqa.gate]\nfail_undr = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown key 'bogus' in \[tool\.mtqa\] \(known: "):
        load_config(path)
    path.write_text("[tool.mtqa.gate]\nfail_undr = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown key 'fail_undr' in \[tool\.mtqa\.gate\]; did you mean"):
        load_config(path)


@pytest.mark.parametrize(
    ("checks", "clash"),
    [
        ('enable = ["typography"]\ndisable = ["typography"]', "enable names 'typography' and disable 'typography'"),
        (
            'enable = ["punctuation.stray", "names"]\ndisable = ["punctuation"]',
            "enable names 'punctuation.stray' and disable 'punctuation'",
        ),
    ],
)
def test_a_check_the_config_both_enables_and_disables_is_refused(tmp_path: Path, checks: str, clash: str) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text(f"[checks]\n{checks}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"mtqa\.toml: \[checks\] {clash}: the check cannot be both"):
        load_config(path)
    path.write_text('[checks]\nenable = ["numbers"]\ndisable = ["numbers.mismatch"]\n', encoding="utf-8")
    assert load_config(path).checks.disable == ("numbers.mismatch",)  # the rest of the family runs


def test_a_cache_dir_holding_a_nul_character_is_refused_naming_the_key(tmp_path: Path) -> None:
    # TOML can write one ("\u0000"); the cache then failed as "internal error: ValueError: embedded null byte".
    path = tmp_path / "mtqa.toml"
    path.write_text('cache_dir = "caches\\u0000elsewhere"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"mtqa\.toml: cache_dir holds a NUL character"):
        load_config(path)
    path.write_text('cache_dir = "caches"\n', encoding="utf-8")
    assert load_config(path).cache_dir == tmp_path / "caches"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[names]\n"" = [""]', r"mtqa\.toml: names has an empty name"),
        ('[names]\n"  " = ["Ginevra"]', "names has an empty name"),
        ('[names]\n"Geneva" = ["Genève", " "]', r"names\.Geneva has an empty rendering"),
        ('[names]\n"München" = "\\t"', r"names\.München has an empty rendering"),
        ('[names]\n"Wien" = ["' + "x" * 301 + '"]', r"names\.Wien: a term of 301 characters"),
    ],
)
def test_an_empty_name_or_rendering_is_refused_as_a_glossary_term_is(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_names_with_renderings_still_load(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text('[names]\n"Geneva" = ["Genève", "Ginevra"]\n"Wien" = "Vienne"\n"Oslo" = []', encoding="utf-8")
    assert load_config(path).checks.names == {"Geneva": ("Genève", "Ginevra"), "Wien": ("Vienne",), "Oslo": ()}
