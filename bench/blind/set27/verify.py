#!/usr/bin/env python3
"""Check blind set 27 against the corpora format. Standard library only."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency", "spelling"}
errors = []


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
    if not 10 <= len(src) <= 14:
        err(f"{folder}: {len(src)} source lines (want 10-14)")
    for name, paras in (("source", src), ("target", tgt)):
        for i, p in enumerate(paras):
            if "\u00a4" in p or "\u00a7" in p:
                err(f"{folder}: {name} paragraph {i} keeps a placeholder character")
    doubtful = set(range(len(tgt))) - set(clean) - annotated
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
    if sorted(kinds) != [(1, 0), (1, 2), (2, 1)] or sum(1 for v in varied if v) != 3:
        err(f"want exactly three pages varying the alignment, one 1-2, one 2-1, one 1-0; found {kinds}")
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
