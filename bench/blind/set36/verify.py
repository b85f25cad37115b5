#!/usr/bin/env python3
"""Check blind set 36 against the corpora format, with locale lints. Standard library only.

Adapted from set 29's verify.py: same format, alignment and excerpt checks; lints for the targets
of this set (fi, el, hu, ja, tr, cs, es, en) and its sources (en, it). A lint finding is allowed only
inside the span of an annotated target excerpt; sources must be lint-free.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency"}
errors = []
PAIRS = {("en", "fi"), ("en", "el"), ("en", "hu"), ("en", "ja"), ("en", "tr"), ("en", "cs"), ("en", "es"),
         ("it", "en")}
NBSP, NNBSP = "\u00a0", "\u202f"
COMMA_DECIMAL = {"fi", "el", "hu", "tr", "cs", "es", "it"}
SPACE_THOUSANDS = {"fi", "hu", "cs"}          # groups of three separated by U+00A0
UNITS = r"(?:kg|g|cm|mm|m|km|km/h|W|kW|V|Ah|mAh|Pa|L|dB|bar|ATM)"
# quotation marks that are foreign to each language (its own are allowed)
FOREIGN_QUOTES = {
    "fi": "“„«»",      # Finnish: ”…”
    "el": "„",         # Greek: «…», “…” inside
    "hu": "“«»",       # Hungarian: „…”
    "cs": "”«»",       # Czech: „…“
    "tr": "„«»",       # Turkish: “…”
    "es": "„",         # Spanish: «…», “…” inside
    "en": "„«»",       # English: “…”
    "it": "„",         # Italian: «…» or “…”
    "ja": "“”„«»",     # Japanese: 「…」
}
CJK = "\u3040-\u30ff\u4e00-\u9fff"
TR_NAMES = ("Pulivo", "Home", "LiDAR", "R7")   # proper names that take a suffix only after an apostrophe


def lint(text, lang):
    """Locale problems in one paragraph: list of (offset, message)."""
    out = []

    def flag(pattern, msg, flags=0):
        for m in re.finditer(pattern, text, flags):
            out.append((m.start(), msg))

    flag(r'"', "straight double quote")
    flag(r"'", "straight apostrophe")
    for ch in FOREIGN_QUOTES.get(lang, ""):
        flag(re.escape(ch), f"quotation mark {ch!r} foreign to {lang}")
    if "  " in text:
        out.append((text.index("  "), "double space"))
    if lang != "ja":
        flag(r"\d" + UNITS + r"(?![\w/])", "no space between number and unit")
    if lang in COMMA_DECIMAL:
        flag(r"\d\.\d{1,2}(?!\d)", "decimal point")
        flag(r"\d,\d{3}(?!\d)", "English thousands separator")
    if lang in SPACE_THOUSANDS:
        flag(r"\d[ .]\d{3}(?!\d)", "thousands separator must be U+00A0")
    if lang == "es":
        flag(r"\d\.\d{3}(?!\d)", "point as thousands separator (RAE: none in four digits, a space above)")
        if text.count("!") != text.count("¡") or text.count("?") != text.count("¿"):
            out.append((0, "unpaired ! or ? without ¡ or ¿"))
    # percent sign
    if lang in ("fi", "cs", "es"):
        flag(r"\d%", "percent sign without U+00A0 before it")
        flag(r"\d[ \u202f]%", "percent sign after a plain space")
    if lang in ("hu", "el", "en", "it"):
        flag(r"\d[ \u00a0\u202f]%", "space before percent sign")
    if lang == "tr":
        flag(r"\d\s*%", "percent sign after the number (Turkish writes %45)")
    if lang == "el":
        flag(r"[\u0370-\u03ff\u1f00-\u1fff]\?", "Latin question mark after Greek (Greek uses ';')")
        flag(r"; [\u03b1-\u03c9\u03ac-\u03ce]", "';' used as a semicolon (Greek uses the ano teleia '·')")
    if lang == "ja":
        flag(r"[" + CJK + r"][,.:;!?]", "half-width mark after Japanese text")
        flag(r"[\uff10-\uff19]", "full-width digit")
        flag(r"[" + CJK + r"] ", "space after Japanese text")
    if lang == "tr":
        flag(r"\b(?:" + "|".join(TR_NAMES) + r")[a-zçğıöşü]", "suffix on a proper name without apostrophe")
    if lang == "en":
        flag(r"\d,\d{1,2}(?!\d)", "decimal comma")
        flag(r"\d\s*€", "euro sign after the amount")
        flag(r"[\u00a0\u202f]", "no-break space")
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


def check(folder, totals):
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
        if len(s) > 2 or len(t) > 2:
            err(f"{folder}: bead {b} larger than 2")
        ns += len(s)
        nt += len(t)
    if ns != len(src) or nt != len(tgt):
        err(f"{folder}: alignment covers {ns}/{len(src)} source, {nt}/{len(tgt)} target paragraphs")
    # artefacts
    annotated = set()
    omitted_src = set()
    for a in gold["artefacts"]:
        totals[a["category"]] += 1
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
        if not b["target"] and not (omitted_src & set(b["source"])):
            err(f"{folder}: 1-0 bead {b} without an omission annotated on its source paragraph")
        if not b["source"]:
            if not any(a["category"] == "addition" and a["paragraph"] in b["target"]
                       and a["excerpt"] == tgt[a["paragraph"]] for a in gold["artefacts"]):
                err(f"{folder}: 0-1 bead {b} without the whole paragraph annotated as an addition")
    clean = gold["clean_target_paragraphs"]
    if clean != sorted(set(clean)):
        err(f"{folder}: clean list not sorted/unique")
    if set(clean) & annotated:
        err(f"{folder}: clean paragraphs {sorted(set(clean) & annotated)} are annotated")
    if any(not 0 <= c < len(tgt) for c in clean):
        err(f"{folder}: clean paragraph out of range")
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
    return (gold["source_lang"], gold["target_lang"]), len(src), len(tgt), len(gold["artefacts"]), len(clean), varied


def main():
    folders = sorted(f for f in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, f)))
    if len(folders) != 8:
        err(f"expected 8 page folders, found {len(folders)}")
    varied, pairs, totals = [], [], collections.Counter()
    nsrc = ntgt = nclean = 0
    for f in folders:
        try:
            pair, ns, nt, na, nc, v = check(f, totals)
            varied.append(v)
            pairs.append(pair)
            nsrc, ntgt, nclean = nsrc + ns, ntgt + nt, nclean + nc
            kinds = ", ".join(f"{a}-{b}" for a, b in sorted(v)) or "all 1-1"
            print(f"{f}: {pair[0]}->{pair[1]}, {ns}/{nt} paragraphs, {kinds}, {na} artefacts, {nc} clean")
        except Exception as e:  # noqa: BLE001
            err(f"{f}: {e!r}")
    if sorted(pairs) != sorted(PAIRS):
        err(f"pairs {sorted(pairs)} are not the eight of this set")
    kinds = [k for v in varied for k in v]
    if sorted(kinds) != [(0, 1), (1, 0), (1, 2), (2, 1)] or sum(1 for v in varied if v) != 4:
        err(f"want exactly four pages varying the alignment, one 0-1, 1-0, 1-2, 2-1 each; found {kinds}")
    total = sum(totals.values())
    share = totals["mistranslation"] / total if total else 0
    if not 0.2 <= share <= 0.33:
        err(f"mistranslation share {share:.2f} (want about a quarter)")
    print(f"total {total} artefacts: " + ", ".join(f"{c} {n}" for c, n in totals.most_common()))
    print(f"paragraphs {nsrc} source, {ntgt} target; {nclean} clean target paragraphs")
    for dirpath, _, files in os.walk(HERE):
        for fn in files:
            p = os.path.join(dirpath, fn)
            body = open(p, encoding="utf-8", errors="replace").read()
            if "/" + "work" + "/" in body or "/" + "opt" + "/" in body:
                err(f"{os.path.relpath(p, HERE)}: machine path")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
