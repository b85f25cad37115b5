from __future__ import annotations

import gc

from mtqa.process import THRESHOLDS, collect_less_often


def test_a_run_collects_less_often_than_the_default() -> None:
    before = gc.get_threshold()
    try:
        collect_less_often()
        assert gc.get_threshold() == THRESHOLDS
        assert all(new >= old for new, old in zip(THRESHOLDS, (700, 10, 10), strict=True))
    finally:
        gc.set_threshold(*before)
