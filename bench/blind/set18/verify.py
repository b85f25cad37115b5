#!/usr/bin/env python3
"""Check blind set 18 against the corpora format (standard library only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition",
              "untranslated", "repetition", "typography", "terminology", "markup",
              "mistranslation", "consistency", "spelling"}
errors = []
MACHINE = "/" + "work" + "/"


def err(page, msg):
    errors.append(f"{page}: {msg}")


def read_paras(page, path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(page, f"{path}: BOM")
    if b"\r" in raw:
        err(page, f"{os.path.basename(path)}: CR found")
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(page, f"{os.path.basename(path)}: must end with exactly one newline")
    body = text[:-1]
    if "\n\n\n" in body or body.startswith("\n"):
        err(page, f"{os.path.basename(path)}: paragraphs must be separated by one blank line")
    paras = body.split("\n\n")
    for i, p in enumerate(paras):
        if not p.strip() or "\n" in p or p != p.strip():
            err(page, f"{os.path.basename(path)}: paragraph {i} empty, multi-line or padded")
    if MACHINE in text:
        err(page, "machine path in text")
    return paras


def check(page):
    folder = os.path.join(HERE, page)
    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    keys = {"source", "target", "source_lang", "target_lang", "alignment", "artefacts",
            "clean_target_paragraphs"}
    if set(gold) != keys:
        err(page, f"gold keys {sorted(gold)}")
    for side in ("source", "target"):
        if gold[side] != gold[side + "_lang"] + ".txt":
            err(page, f"{side} file name does not match language code")
    if sorted(os.listdir(folder)) != sorted([gold["source"], gold["target"], "gold.json", "mtqa.toml"]):
        err(page, f"unexpected files {sorted(os.listdir(folder))}")
    if open(os.path.join(folder, "mtqa.toml"), encoding="utf-8").read() != 'profile = "product"\n':
        err(page, "mtqa.toml must hold only profile = \"product\"")
    src = read_paras(page, os.path.join(folder, gold["source"]))
    tgt = read_paras(page, os.path.join(folder, gold["target"]))
    # alignment: consecutive, monotonic, complete
    s_next, t_next = 0, 0
    for b in gold["alignment"]:
        if set(b) != {"source", "target"} or not (b["source"] or b["target"]):
            err(page, f"bad bead {b}")
            continue
        if b["source"] != list(range(s_next, s_next + len(b["source"]))):
            err(page, f"source not consecutive/in order at bead {b}")
        if b["target"] != list(range(t_next, t_next + len(b["target"]))):
            err(page, f"target not consecutive/in order at bead {b}")
        s_next += len(b["source"])
        t_next += len(b["target"])
    if s_next != len(src) or t_next != len(tgt):
        err(page, f"alignment covers {s_next}/{len(src)} source, {t_next}/{len(tgt)} target")
    # artefacts
    dirty = set()
    for a in gold["artefacts"]:
        allowed = {"category", "side", "paragraph", "excerpt", "note", "occurrence"}
        if not set(a) <= allowed or not {"category", "side", "paragraph", "excerpt", "note"} <= set(a):
            err(page, f"artefact keys {sorted(a)}")
        if a["category"] not in CATEGORIES:
            err(page, f"unknown category {a['category']}")
        want_side = "source" if a["category"] == "omission" else "target"
        if a["side"] != want_side:
            err(page, f"{a['category']} must be on side {want_side}")
        paras = src if a["side"] == "source" else tgt
        if not 0 <= a["paragraph"] < len(paras):
            err(page, f"paragraph {a['paragraph']} out of range")
            continue
        text = paras[a["paragraph"]]
        n = text.count(a["excerpt"])
        occ = a.get("occurrence")
        if occ is None and n != 1:
            err(page, f"excerpt {a['excerpt']!r} occurs {n} times in {a['side']} {a['paragraph']}")
        if occ is not None and (n < 2 or not 1 <= occ <= n):
            err(page, f"occurrence {occ} of {a['excerpt']!r} (found {n})")
        if a["side"] == "target":
            dirty.add(a["paragraph"])
        else:
            for b in gold["alignment"]:
                if a["paragraph"] in b["source"]:
                    dirty.update(b["target"])
    clean = gold["clean_target_paragraphs"]
    if clean != sorted(set(clean)) or any(not 0 <= c < len(tgt) for c in clean):
        err(page, "clean list not sorted/unique/in range")
    if set(clean) & dirty:
        err(page, f"clean paragraphs also annotated: {sorted(set(clean) & dirty)}")
    missing = set(range(len(tgt))) - dirty - set(clean)
    if missing:
        err(page, f"paragraphs neither clean nor annotated: {sorted(missing)}")
    if len(clean) < 3:
        err(page, "fewer than 3 clean paragraphs")
    return len(src), len(tgt), len(gold["artefacts"]), len(clean)


if __name__ == "__main__":
    pages = sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and not d.startswith("_"))
    for p in pages:
        print(p, *check(p))
    for name in os.listdir(HERE):
        if name.endswith((".py", ".md")) and MACHINE in open(os.path.join(HERE, name), encoding="utf-8").read():
            errors.append(f"{name}: machine path")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"OK: {len(pages)} pages")
