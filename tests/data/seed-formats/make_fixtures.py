"""Write the seed article (corpora/china-us-ai-talks) in every bilingual and structured format.

    python tests/data/seed-formats/make_fixtures.py

One unit per paragraph, in the paragraph order of ``en.txt``/``fr.txt`` (the seed's gold alignment is
1-1 throughout), so every file must give the same Documents, and the same findings, as the text pair.
XML is written with the standard library's ElementTree (escaping), CSV with ``csv``, PO with polib.
The outputs are committed; rerun this script after the seed article changes.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[2] / "corpora" / "china-us-ai-talks"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"


def paragraphs(name: str) -> list[str]:
    text = (SEED / name).read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def xml_text(root: ET.Element) -> str:
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def xliff12(source: list[str], target: list[str]) -> str:
    ET.register_namespace("", XLIFF12)
    root = ET.Element(f"{{{XLIFF12}}}xliff", version="1.2")
    file = ET.SubElement(
        root,
        f"{{{XLIFF12}}}file",
        {
            "original": "china-us-ai-talks.txt",
            "source-language": "en",
            "target-language": "fr",
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(file, f"{{{XLIFF12}}}body")
    for number, (s, t) in enumerate(zip(source, target, strict=True), start=1):
        unit = ET.SubElement(body, f"{{{XLIFF12}}}trans-unit", id=f"p{number}")
        ET.SubElement(unit, f"{{{XLIFF12}}}source").text = s
        ET.SubElement(unit, f"{{{XLIFF12}}}target", state="translated").text = t
    return xml_text(root)


def xliff20(source: list[str], target: list[str]) -> str:
    ET.register_namespace("", XLIFF20)
    root = ET.Element(f"{{{XLIFF20}}}xliff", version="2.0", srcLang="en", trgLang="fr")
    file = ET.SubElement(root, f"{{{XLIFF20}}}file", id="f1")
    for number, (s, t) in enumerate(zip(source, target, strict=True), start=1):
        unit = ET.SubElement(file, f"{{{XLIFF20}}}unit", id=f"p{number}")
        segment = ET.SubElement(unit, f"{{{XLIFF20}}}segment", state="translated")
        ET.SubElement(segment, f"{{{XLIFF20}}}source").text = s
        ET.SubElement(segment, f"{{{XLIFF20}}}target").text = t
    return xml_text(root)


def tmx(source: list[str], target: list[str]) -> str:
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "mtqa-fixtures",
            "creationtoolversion": "1",
            "segtype": "paragraph",
            "o-tmf": "none",
            "adminlang": "en",
            "srclang": "en",
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(root, "body")
    for number, (s, t) in enumerate(zip(source, target, strict=True), start=1):
        tu = ET.SubElement(body, "tu", tuid=f"p{number}")
        for lang, text in (("en", s), ("fr", t)):
            tuv = ET.SubElement(tu, "tuv", {"xml:lang": lang})
            ET.SubElement(tuv, "seg").text = text
    return xml_text(root)


def po(source: list[str], target: list[str]) -> str:
    catalog = polib.POFile(wrapwidth=78)
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr", "MIME-Version": "1.0"}
    for number, (s, t) in enumerate(zip(source, target, strict=True), start=1):
        catalog.append(polib.POEntry(msgctxt=f"p{number}", msgid=s, msgstr=t))
    return str(catalog)


def table(source: list[str], target: list[str], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["id", "source", "target"])
    for number, (s, t) in enumerate(zip(source, target, strict=True), start=1):
        writer.writerow([f"p{number}", s, t])
    return out.getvalue()


def jsonl(source: list[str], target: list[str]) -> str:
    rows = [
        json.dumps({"id": f"p{n}", "source": s, "target": t}, ensure_ascii=False)
        for n, (s, t) in enumerate(zip(source, target, strict=True), start=1)
    ]
    return "\n".join(rows) + "\n"


def markdown(blocks: list[str]) -> str:
    return "\n\n".join([f"# {blocks[0]}", *blocks[1:]]) + "\n"


def html(blocks: list[str], lang: str) -> str:
    from html import escape

    body = "\n".join([f"<h1>{escape(blocks[0])}</h1>", *(f"<p>{escape(b)}</p>" for b in blocks[1:])])
    head = f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><title>{escape(blocks[0])}</title></head>\n'
    return f"{head}<body>\n{body}\n</body>\n</html>\n"


def main() -> None:
    source, target = paragraphs("en.txt"), paragraphs("fr.txt")
    outputs = {
        "seed.xliff12.xlf": xliff12(source, target),
        "seed.xliff20.xlf": xliff20(source, target),
        "seed.tmx": tmx(source, target),
        "seed.po": po(source, target),
        "seed.csv": table(source, target, ","),
        "seed.tsv": table(source, target, "\t"),
        "seed.jsonl": jsonl(source, target),
        "en.md": markdown(source),
        "fr.md": markdown(target),
        "en.html": html(source, "en"),
        "fr.html": html(target, "fr"),
    }
    for name, text in outputs.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {name} ({len(text):,} characters)")


if __name__ == "__main__":
    main()
