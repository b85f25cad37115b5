from __future__ import annotations

import errno
import io
import tracemalloc
from typing import Any

import pytest

from mtqa.errors import MtqaError
from mtqa.parallel import DigestSpool
from mtqa.parallel import spool as spool_module
from mtqa.report.digest import digest
from tests.factories import TARGET_TEXT, make_document, make_report


def test_digests_added_in_any_order_are_read_in_run_order_as_often_as_needed() -> None:
    reports = [make_report(target=make_document(TARGET_TEXT, f"out/{n}.txt", "fr")) for n in range(4)]
    with DigestSpool(4) as spool:
        for position in (2, 0, 3, 1):
            spool.add(position, digest(reports[position]))
        assert spool.complete and len(spool) == 4
        assert [item.target for item in spool] == [f"out/{n}.txt" for n in range(4)]
        assert [item.target for item in spool] == [f"out/{n}.txt" for n in range(4)]
        assert next(iter(spool)).junit == digest(reports[0]).junit


def test_a_spool_refuses_a_second_digest_and_reading_before_the_end() -> None:
    with DigestSpool(2) as spool:
        spool.add(1, digest(make_report()))
        with pytest.raises(ValueError, match="twice"):
            spool.add(1, digest(make_report()))
        with pytest.raises(ValueError, match="1 of 2 articles have no digest yet"):
            list(spool)


class _Held(io.BytesIO):
    """The spool's temporary file, kept by the test to damage it."""

    def close(self) -> None:  # the test reads it after the spool closes
        pass


def test_a_damaged_spool_is_one_error_not_a_wrong_report(monkeypatch: pytest.MonkeyPatch) -> None:
    held = _Held()
    monkeypatch.setattr(spool_module.tempfile, "TemporaryFile", lambda **kwargs: held)
    with DigestSpool(2) as spool:
        spool.add(0, digest(make_report()))
        spool.add(1, digest(make_report()))
        assert len(list(spool)) == 2
        for where in (len(held.getvalue()) // 2, 40):  # anywhere: in a pickle's opcodes or in a text
            held.seek(where)
            held.write(b"x")
            with pytest.raises(MtqaError, match="temporary file of digests is damaged") as caught:
                list(spool)
            assert "\n" not in str(caught.value) and "--resume" in str(caught.value)
        held.truncate(10)  # cut short
        with pytest.raises(MtqaError, match="damaged"):
            list(spool)


def test_a_full_disk_while_spooling_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Full(_Held):
        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(spool_module.tempfile, "TemporaryFile", lambda **kwargs: Full())
    with DigestSpool(1) as spool, pytest.raises(MtqaError, match=r"No space left on device.*--resume"):
        spool.add(0, digest(make_report()))


def test_adding_digests_holds_no_more_memory_per_article() -> None:
    item = digest(make_report())
    with DigestSpool(2000) as spool:
        spool.add(0, item)
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for position in range(1, 2000):
                spool.add(position, item)
            grown = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        assert grown < 20_000  # a tuple of three ints per article would be about 300,000 bytes
        assert [entry.target for entry in spool] == [item.target] * 2000
        with pytest.raises(IndexError):
            spool.add(2000, item)


def test_a_skipped_position_has_no_digest_and_the_others_keep_their_order() -> None:
    reports = [make_report(target=make_document(TARGET_TEXT, f"out/{n}.txt", "fr")) for n in range(3)]
    with DigestSpool(3) as spool:
        spool.add(2, digest(reports[2]))
        spool.skip(1)
        assert not spool.complete
        spool.add(0, digest(reports[0]))
        assert spool.complete and len(spool) == 2
        assert [item.target for item in spool] == ["out/0.txt", "out/2.txt"]
        with pytest.raises(ValueError, match="twice"):
            spool.skip(0)
