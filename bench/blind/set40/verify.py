#!/usr/bin/env python3
"""Check blind set 40 against the corpora format, with locale lints. Standard library only."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency", "spelling"}
errors = []
PAIRS = {("en", "de"), ("en", "fr"), ("en", "es"), ("en", "it"), ("en", "nl"), ("en", "sv"), ("en", "pt-BR"),
         ("de", "en")}
COMMA_DECIMAL = ("fr", "de", "es", "it", "nl", "sv", "pt-BR")
NBSP, NNBSP = "\u00a0", "\u202f"


def lint(text, lang):
    """Locale problems in one paragraph: list of (offset, message)."""
    out = []
    if lang == "fr":
        for m in re.finditer(r":", text):
            if text[m.end():m.end() + 2] == "//":
                continue
            if m.start() == 0 or text[m.start() - 1] != NBSP:
                out.append((m.start(), "':' without U+00A0 before it"))
        for m in re.finditer(r"[;!?%€]", text):
            if m.start() == 0 or text[m.start() - 1] != NNBSP:
                out.append((m.start(), f"{m.group()!r} without U+202F before it"))
        for m in re.finditer(r"«(?!\u00a0)|(?<!\u00a0)»", text):
            out.append((m.start(), "guillemet without U+00A0"))
    if lang in COMMA_DECIMAL:
        for m in re.finditer(r"\d\.\d{1,2}(?!\d)", text):
            before = text[max(0, m.start() - 10):m.start()]
            if before.endswith("Bluetooth ") and text[m.start() - 1] == " ":
                continue  # a version number, not a decimal
            if lang == "nl" and re.match(r"\d\.\d\d uur", text[m.start():]):
                continue  # Dutch clock time: 22.00 uur
            out.append((m.start(), "decimal point"))
        for m in re.finditer(r"\d,\d{3}(?!\d)", text):
            out.append((m.start(), "English thousands separator"))
        for m in re.finditer(r'"', text):
            out.append((m.start(), "straight double quote"))
    if lang in ("fr", "sv"):
        for m in re.finditer(r"\d\.\d{3}(?!\d)", text):
            out.append((m.start(), "point as thousands separator"))
    if lang == "sv":
        for m in re.finditer(r"[“„«»]", text):
            out.append((m.start(), f"non-Swedish quotation mark {m.group()!r} (Swedish uses ”…”)"))
    if lang == "de":
        for m in re.finditer(r"„[^“]*(”|\")", text):
            out.append((m.start(), "German opening quote closed wrongly"))
        for i, ch in enumerate(text):
            if ch == "“" and "„" not in text[:i]:
                out.append((i, "English opening quote in German"))
    if lang == "es":
        for sent in re.finditer(r"[^.!?¿¡]*[?!]", text):
            mark = sent.group()[-1]
            opener = "¿" if mark == "?" else "¡"
            if opener not in text[max(0, sent.start() - 1):sent.end()]:
                out.append((sent.end() - 1, f"{mark!r} without opening {opener!r}"))
    if lang in ("it", "pt-BR", "es", "nl", "de", "sv", "fr", "en"):
        for m in re.finditer(r"'", text):
            out.append((m.start(), "straight apostrophe (the pages use ’)"))
    if lang == "en":
        for m in re.finditer(r"\d,\d{1,2}(?!\d)", text):
            out.append((m.start(), "decimal comma"))
        for m in re.finditer(r"[„«»\u00a0\u202f]", text):
            out.append((m.start(), f"foreign typography {m.group()!r}"))
        for m in re.finditer(r"\d\s?€", text):
            out.append((m.start(), "euro sign after the amount"))
    if re.search(r"\d x \d", text):
        out.append((re.search(r"\d x \d", text).start(), "letter x as multiplication sign"))
    if "  " in text:
        out.append((text.index("  "), "double space"))
    return out


def err(msg):
    errors.append(msg)


def read_paras(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: BOM")
    if b"\r" in raw:
        err(f"{path}: CR found")
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{path}: must end with exactly one newline")
    body = text[:-1]
    paras = body.split("\n\n")
    for i, p in enumerate(paras):
        if not p.strip():
            err(f"{path}: empty paragraph {i} (more than one blank line?)")
        if "\n" in p:
            err(f"{path}: paragraph {i} has an internal line break")
        if p != p.strip():
            err(f"{path}: paragraph {i} has leading/trailing whitespace")
    return paras


def check(folder):
    d = os.path.join(HERE, folder)
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("source", "target", "source_lang", "target_lang", "alignment", "artefacts",
              "clean_target_paragraphs"):
        if k not in gold:
            err(f"{folder}: gold.json lacks {k}")
    if gold["source"] != gold["source_lang"] + ".txt" or gold["target"] != gold["target_lang"] + ".txt":
        err(f"{folder}: file names do not match language codes")
    toml = open(os.path.join(d, "mtqa.toml"), encoding="utf-8").read()
    if toml != 'profile = "product"\n':
        err(f"{folder}: mtqa.toml must hold only profile = \"product\"")
    extra = set(os.listdir(d)) - {gold["source"], gold["target"], "gold.json", "mtqa.toml"}
    if extra:
        err(f"{folder}: unexpected files {sorted(extra)}")
    src = read_paras(os.path.join(d, gold["source"]))
    tgt = read_paras(os.path.join(d, gold["target"]))
    # alignment
    ns, nt = 0, 0
    for b in gold["alignment"]:
        s, t = b["source"], b["target"]
        if not s and not t:
            err(f"{folder}: empty bead")
        if s != list(range(ns, ns + len(s))):
            err(f"{folder}: bead {b} source not consecutive/in order (expected from {ns})")
        if t != list(range(nt, nt + len(t))):
            err(f"{folder}: bead {b} target not consecutive/in order (expected from {nt})")
        ns += len(s)
        nt += len(t)
    if ns != len(src) or nt != len(tgt):
        err(f"{folder}: alignment covers {ns}/{len(src)} source, {nt}/{len(tgt)} target paragraphs")
    # artefacts
    annotated = set()
    omitted_src = set()
    for a in gold["artefacts"]:
        if a["category"] not in CATS:
            err(f"{folder}: unknown category {a['category']}")
        want_side = "source" if a["category"] == "omission" else "target"
        if a["side"] != want_side:
            err(f"{folder}: {a['category']} must be on side {want_side}")
        paras = src if a["side"] == "source" else tgt
        if not 0 <= a["paragraph"] < len(paras):
            err(f"{folder}: paragraph {a['paragraph']} out of range")
            continue
        text = paras[a["paragraph"]]
        n = text.count(a["excerpt"]) if a["excerpt"] else 0
        occ = a.get("occurrence")
        if occ is None and n != 1:
            err(f"{folder}: excerpt {a['excerpt']!r} occurs {n} times in {a['side']} paragraph {a['paragraph']}")
        if occ is not None and not (1 <= occ <= n and n > 1):
            err(f"{folder}: bad occurrence {occ} for {a['excerpt']!r} ({n} found)")
        if not a.get("note"):
            err(f"{folder}: artefact without note")
        if a["side"] == "target":
            annotated.add(a["paragraph"])
        else:
            omitted_src.add(a["paragraph"])
    for b in gold["alignment"]:
        if omitted_src & set(b["source"]):
            annotated |= set(b["target"])
    clean = gold["clean_target_paragraphs"]
    if clean != sorted(set(clean)):
        err(f"{folder}: clean list not sorted/unique")
    if set(clean) & annotated:
        err(f"{folder}: clean paragraphs {sorted(set(clean) & annotated)} are annotated")
    if any(not 0 <= c < len(tgt) for c in clean):
        err(f"{folder}: clean paragraph out of range")
    if len(clean) < 3:
        err(f"{folder}: fewer than 3 clean paragraphs")
    if not 7 <= len(gold["artefacts"]) <= 8:
        err(f"{folder}: {len(gold['artefacts'])} artefacts (want 7-8)")
    if not 10 <= len(src) <= 13 or not 10 <= len(tgt) <= 13:
        err(f"{folder}: {len(src)}/{len(tgt)} paragraphs (want 10-13 a side)")
    for name, paras in (("source", src), ("target", tgt)):
        for i, p in enumerate(paras):
            if "\u00a4" in p or "\u00a7" in p:
                err(f"{folder}: {name} paragraph {i} keeps a placeholder character")
    spans = {}
    for a in gold["artefacts"]:
        if a["side"] == "target" and a["excerpt"] in tgt[a["paragraph"]]:
            text, start = tgt[a["paragraph"]], -1
            for _ in range(a.get("occurrence", 1)):
                start = text.index(a["excerpt"], start + 1)
            spans.setdefault(a["paragraph"], []).append((start, start + len(a["excerpt"])))
    for i, p in enumerate(tgt):
        for pos, msg in lint(p, gold["target_lang"]):
            if not any(s0 <= pos < s1 for s0, s1 in spans.get(i, [])):
                err(f"{folder}: target paragraph {i}: {msg} at {pos} outside any artefact: {p[max(0, pos - 15):pos + 15]!r}")
    for i, p in enumerate(src):
        for pos, msg in lint(p, gold["source_lang"]):
            err(f"{folder}: source paragraph {i}: {msg} at {pos}: {p[max(0, pos - 15):pos + 15]!r}")
    if (gold["source_lang"], gold["target_lang"]) not in PAIRS:
        err(f"{folder}: unexpected pair")
    doubtful = set(range(len(tgt))) - set(clean) - annotated
    if doubtful:
        err(f"{folder}: target paragraphs {sorted(doubtful)} neither clean nor annotated")
    if not 4 <= len(clean) <= 5:
        err(f"{folder}: {len(clean)} clean paragraphs (want 4-5)")
    varied = {(len(b["source"]), len(b["target"])) for b in gold["alignment"]} - {(1, 1)}
    return len(src), len(tgt), len(gold["artefacts"]), sorted(doubtful), varied


def main():
    folders = sorted(f for f in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, f)))
    if len(folders) != 8:
        err(f"expected 8 page folders, found {len(folders)}")
    varied = []
    for f in folders:
        try:
            ns, nt, na, doubtful, v = check(f)
            varied.append(v)
            print(f"{f}: {ns}/{nt} paragraphs, {na} artefacts, doubtful {doubtful}")
        except Exception as e:  # noqa: BLE001
            err(f"{f}: {e!r}")
    kinds = [k for v in varied for k in v]
    if sorted(kinds) != [(0, 1), (1, 0), (1, 2), (2, 1)] or sum(1 for v in varied if v) != 4:
        err(f"want exactly four pages varying the alignment, one 0-1, 1-0, 1-2, 2-1 each; found {kinds}")
    for dirpath, _, files in os.walk(HERE):
        for fn in files:
            p = os.path.join(dirpath, fn)
            if "/" + "work" + "/" in open(p, encoding="utf-8", errors="replace").read():
                err(f"{os.path.relpath(p, HERE)}: machine path")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
