"""Checks of the typography family (to be written)."""

from __future__ import annotations

from mtqa.checks.base import Check

CHECKS: tuple[type[Check], ...] = ()
