from __future__ import annotations

import pytest

from mtqa.parallel import DigestSpool
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
