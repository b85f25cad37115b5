"""Subtitle reader: SubRip and WebVTT cues as units."""

from __future__ import annotations

import re

import pytest

from mtqa.errors import InputError
from mtqa.io.subtitles import parse_subtitles
from mtqa.model import Span

SRT = """1
00:00:01,000 --> 00:00:04,000
<i>Le chat était assis</i>
sur le tapis.

2
00:00:03,500 --> 00:00:05,000 X1:10 X2:20
{\\an8}Le comité a approuvé le budget.

3
00:00:05,000 --> 00:00:06,000

"""

VTT = """WEBVTT - titre

NOTE a comment
over lines

STYLE
::cue { color: red }

intro
00:01.000 --> 00:04.000 align:start
<v Marie>Le chat &amp; le chien</v>
<00:02.000>était là.
"""


def test_srt_cues_without_numbers_and_timings_even_when_they_overlap() -> None:
    document = parse_subtitles(SRT.replace("\n", "\r\n").encode("utf-8-sig"), "fr.srt")
    assert [p.text for p in document.paragraphs] == [
        "<i>Le chat était assis</i> sur le tapis.",
        "{\\an8}Le comité a approuvé le budget.",
    ]
    assert [(u.id, document.locate(u.span.start).line) for u in document.units] == [("cue 1", 3), ("cue 2", 8)]
    first = document.paragraphs[0].text
    assert Span(first.index("<i>"), first.index("<i>") + 3) in document.source_map.protected


def test_webvtt_skips_its_header_notes_and_styles_and_unescapes() -> None:
    document = parse_subtitles(VTT.encode(), "fr.vtt")
    assert [p.text for p in document.paragraphs] == ["<v Marie>Le chat & le chien</v> <00:02.000>était là."]


def test_subtitles_without_text_are_refused() -> None:
    with pytest.raises(InputError, match=r"fr\.srt: no text to check"):
        parse_subtitles(b"1\n00:00:01,000 --> 00:00:02,000\n\n", "fr.srt")


@pytest.mark.parametrize(
    ("srt", "line", "shown"),
    [
        ("1\n00:00:01,000 --> 00:00:02,000\nHola.\n\n2\n00:00:03,000 -> 00:00:04,000\nAdiós.\n", 6, "-> 00:00:04,000"),
        ("1\n-1:-1:-1,-1 --> 00:00:02,000\nBonjour.\n", 2, "-1:-1:-1,-1 -->"),
        ("00:00:01.000 => 00:00:02.000\r\nCiao.\r\n", None, None),  # no arrow: one cue of text, as before
    ],
)
def test_a_timing_line_that_cannot_be_read_is_refused_with_its_line(
    srt: str, line: int | None, shown: str | None
) -> None:
    if line is None:
        assert [p.text for p in parse_subtitles(srt.encode(), "c.srt").paragraphs] == [
            "00:00:01.000 => 00:00:02.000 Ciao."
        ]
        return
    with pytest.raises(
        InputError, match=rf"^c\.srt: line {line}: a cue's timing line cannot be read \(.*{re.escape(shown or '')}"
    ):
        parse_subtitles(srt.encode(), "c.srt")


def test_cues_not_separated_by_blank_lines_are_split_at_each_timing_line() -> None:
    # Cue numbers and timings read as text gave false "numbers added" findings (2, 00, 01,000 ...).
    srt = (
        "1\n00:00:00,000 --> 00:00:01,900\nDer Rat tagte gestern.\n"
        "2\n00:00:02,000 --> 00:00:02,900\nEr beschloss nichts,\nwie erwartet.\n"
        "00:00:03,000 --> 00:00:04,000\nOhne Nummer.\n"
    )
    document = parse_subtitles(srt.encode(), "de.srt")
    assert [p.text for p in document.paragraphs] == [
        "Der Rat tagte gestern.",
        "Er beschloss nichts, wie erwartet.",
        "Ohne Nummer.",
    ]
    assert [document.locate(u.span.start).line for u in document.units] == [3, 6, 9]


def test_a_webvtt_timing_line_that_cannot_be_read_is_shown_its_own_format() -> None:
    vtt = "WEBVTT\n\n00:00:00 --> 00:00:01\nHej.\n"
    with pytest.raises(InputError, match=r"line 3: .* write it as 00:00:01\.000 --> 00:00:02\.500$"):
        parse_subtitles(vtt.encode(), "sv.vtt")
