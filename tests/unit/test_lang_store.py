"""The document languages kept in the cache folder between runs."""

from __future__ import annotations

from pathlib import Path

from mtqa.lang.store import DATABASE_NAME, LanguageStore


def test_a_stored_language_is_read_back_by_another_store(tmp_path: Path) -> None:
    first = LanguageStore(tmp_path, "detector-1")
    key = first.key("Les pourparlers sont prévus mardi.")
    assert first.get(key) is None
    first.put(key, "fr")
    first.close()
    again = LanguageStore(tmp_path, "detector-1")
    assert again.get(again.key("Les pourparlers sont prévus mardi.")) == "fr"
    assert (tmp_path / DATABASE_NAME).is_file()


def test_another_detector_or_text_has_another_key(tmp_path: Path) -> None:
    store = LanguageStore(tmp_path, "detector-1")
    other = LanguageStore(tmp_path, "detector-2")
    store.put(store.key("Guten Tag."), "de")
    assert other.get(other.key("Guten Tag.")) is None
    assert store.key("Guten Tag.") != store.key("Guten Tag!")
    assert store.key("\ud800 lone surrogate") != store.key("lone surrogate")  # any str has a key


def test_a_folder_that_cannot_hold_the_file_only_turns_the_store_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = LanguageStore(blocker / "cache", "detector-1")
    store.put(store.key("Guten Tag."), "de")  # no error: the store only saves time
    assert store.get(store.key("Guten Tag.")) is None


def test_a_damaged_file_only_turns_the_store_off(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).write_bytes(b"this is not an SQLite database, whatever its name says" * 100)
    store = LanguageStore(tmp_path, "detector-1")
    assert store.get(store.key("Guten Tag.")) is None
    store.put(store.key("Guten Tag."), "de")
    assert store.get(store.key("Guten Tag.")) is None
