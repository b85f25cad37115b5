#!/usr/bin/env python3
"""Check blind set 16 against the corpora format. Standard library only.

Checks per page folder: file format (UTF-8 without BOM, LF, one trailing newline, paragraphs
separated by one blank line, no internal line breaks), gold.json fields, alignment beads covering
every source and target paragraph exactly once in order, every excerpt occurring exactly once in
its paragraph (or its `occurrence`-th time when given), clean paragraphs disjoint from annotated
ones and from targets aligned with omissions, >= 3 clean paragraphs, mtqa.toml = profile only.
Run: python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition",
              "untranslated", "repetition", "typography", "terminology", "markup",
              "mistranslation", "consistency", "spelling"}
errors = []


def err(page, msg):
    errors.append("%s: %s" % (page, msg))


def read_paras(page, path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(page, "%s has a BOM" % path)
    if b"\r" in raw:
        err(page, "%s has CR" % path)
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(page, "%s must end with exactly one newline" % os.path.basename(path))
    body = text[:-1]
    paras = body.split("\n\n")
    for i, p in enumerate(paras):
        if not p or "\n" in p or p != p.strip():
            err(page, "%s paragraph %d malformed" % (os.path.basename(path), i))
    return paras


def check(page):
    d = os.path.join(HERE, page)
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("source", "target", "source_lang", "target_lang", "alignment", "artefacts",
              "clean_target_paragraphs"):
        if k not in g:
            err(page, "missing field " + k)
    if g["source"] != g["source_lang"] + ".txt" or g["target"] != g["target_lang"] + ".txt":
        err(page, "file names do not match languages")
    src = read_paras(page, os.path.join(d, g["source"]))
    tgt = read_paras(page, os.path.join(d, g["target"]))
    files = sorted(os.listdir(d))
    if files != sorted([g["source"], g["target"], "gold.json", "mtqa.toml"]):
        err(page, "unexpected files %s" % files)
    if open(os.path.join(d, "mtqa.toml"), encoding="utf-8").read() != 'profile = "product"\n':
        err(page, "mtqa.toml must hold only profile = \"product\"")
    # alignment
    ns = nt = 0
    for b in g["alignment"]:
        s, t = b["source"], b["target"]
        if not s and not t:
            err(page, "empty bead")
        if s != list(range(ns, ns + len(s))) or t != list(range(nt, nt + len(t))):
            err(page, "bead %s out of order" % b)
        ns += len(s)
        nt += len(t)
    if ns != len(src) or nt != len(tgt):
        err(page, "alignment covers %d/%d src, %d/%d tgt" % (ns, len(src), nt, len(tgt)))
    # artefacts
    annotated = set()
    for a in g["artefacts"]:
        if a["category"] not in CATEGORIES:
            err(page, "unknown category %s" % a["category"])
        want_side = "source" if a["category"] == "omission" else "target"
        if a["side"] != want_side:
            err(page, "wrong side for %s" % a["category"])
        paras = src if a["side"] == "source" else tgt
        if not 0 <= a["paragraph"] < len(paras):
            err(page, "paragraph out of range: %s" % a)
            continue
        text = paras[a["paragraph"]]
        n = text.count(a["excerpt"])
        occ = a.get("occurrence")
        if occ is None and n != 1:
            err(page, "excerpt %r occurs %d times in %s %d" % (a["excerpt"], n, a["side"], a["paragraph"]))
        if occ is not None and not (1 <= occ <= n and n > 1):
            err(page, "bad occurrence for %r" % a["excerpt"])
        if not a.get("note"):
            err(page, "artefact without note")
        if a["side"] == "target":
            annotated.add(a["paragraph"])
        else:
            for b in g["alignment"]:
                if a["paragraph"] in b["source"]:
                    annotated.update(b["target"])
    clean = g["clean_target_paragraphs"]
    if clean != sorted(set(clean)) or any(not 0 <= c < len(tgt) for c in clean):
        err(page, "clean list not sorted/unique/in range")
    if set(clean) & annotated:
        err(page, "clean overlaps annotated: %s" % sorted(set(clean) & annotated))
    if len(clean) < 3:
        err(page, "fewer than 3 clean paragraphs")
    if not 7 <= len(g["artefacts"]) <= 9:
        err(page, "%d artefacts (want 7-9)" % len(g["artefacts"]))
    return len(src), len(tgt), len(g["artefacts"]), len(clean)


def main():
    pages = sorted(p for p in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, p)))
    for p in pages:
        try:
            print("%-28s src %2d tgt %2d artefacts %d clean %d" % ((p,) + check(p)))
        except Exception as e:  # noqa: BLE001
            err(p, "exception %r" % e)
    for e in errors:
        print("ERROR", e)
    print("OK, %d pages" % len(pages) if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
