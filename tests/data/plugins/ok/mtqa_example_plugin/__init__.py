"""An example third-party check for mtqa, registered through the ``mtqa.checks`` entry point.

It is the plugin that ``docs/architecture.md`` walks through: a trademark sign (™, ®) of the source
must survive translation next to the same word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, fails, passes
from mtqa.model import Finding, Span

_MARKED = re.compile(r"(\w[\w-]*)\s?([™®])")


class TrademarkSign(Check):
    info = CheckInfo(
        id="example.trademark",
        category="custom",
        severity="minor",
        description="A trademark sign (™, ®) of the source is missing after the same word in the translation.",
        scope=Scope.PARAGRAPH,
        failing=(fails("Clean it with Sparkle™ spray.", "Nettoyez-le avec le spray Sparkle.", finds="Sparkle™"),),
        passing=(passes("Clean it with Sparkle™ spray.", "Nettoyez-le avec le spray Sparkle™."),),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        target = pair.target_text
        for paragraph in pair.source:
            for match in _MARKED.finditer(paragraph.text):
                word, sign = match.groups()
                if not re.search(re.escape(word) + r"\s?" + sign, target):
                    start = paragraph.span.start + match.start()
                    yield self.finding(
                        context,
                        f"{word!r} carries {sign} in the source but not in the translation",
                        source_span=Span(start, paragraph.span.start + match.end()),
                        suggestion=f"{word}{sign}",
                    )


CHECKS = (TrademarkSign,)
