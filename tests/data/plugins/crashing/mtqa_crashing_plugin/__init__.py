"""A check that always crashes: the test of mtqa's crash isolation."""

from __future__ import annotations

from collections.abc import Iterator

from mtqa.checks.base import Check, CheckContext, CheckInfo, fails, passes
from mtqa.model import Finding


class AlwaysCrashes(Check):
    info = CheckInfo(
        id="crashing.always",
        category="custom",
        severity="minor",
        description="Divides by zero on every article.",
        failing=(fails("a", "b", finds="b"),),
        passing=(passes("a", "a"),),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        yield self.finding(context, "unreachable", target_span=context.target.paragraphs[0].span)
        raise ZeroDivisionError("division by zero")


CHECKS = (AlwaysCrashes,)
