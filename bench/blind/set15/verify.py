"""Checks every set-15 folder against the corpora format (corpora/README.md) and prints each gold span.

Run: python verify.py   (standard library only)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency", "spelling"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def paragraphs(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: BOM")
    if b"\r" in raw:
        err(f"{path}: CR")
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{path}: must end with exactly one newline")
    body = text[:-1]
    paras = body.split("\n\n")
    offsets, pos = [], 0
    for p in paras:
        if not p.strip() or "\n" in p or p != p.strip():
            err(f"{path}: bad paragraph {p!r}")
        offsets.append(pos)
        pos += len(p) + 2
    return text, paras, offsets


total = collections.Counter()
for folder in sorted(os.listdir(HERE)):
    d = os.path.join(HERE, folder)
    if not os.path.isdir(d):
        continue
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("source", "target", "source_lang", "target_lang", "alignment", "artefacts", "clean_target_paragraphs"):
        if k not in gold:
            err(f"{folder}: missing {k}")
    if open(os.path.join(d, "mtqa.toml"), encoding="utf-8").read() != 'profile = "product"\n':
        err(f"{folder}: mtqa.toml")
    stext, src, soff = paragraphs(os.path.join(d, gold["source"]))
    ttext, tgt, toff = paragraphs(os.path.join(d, gold["target"]))
    if not (12 <= len(src) <= 25 and 12 <= len(tgt) <= 25):
        err(f"{folder}: line count {len(src)}/{len(tgt)}")
    # alignment: consecutive, monotonic, complete
    ns = nt = 0
    shapes = collections.Counter()
    for b in gold["alignment"]:
        s, t = b["source"], b["target"]
        if s != list(range(ns, ns + len(s))) or t != list(range(nt, nt + len(t))):
            err(f"{folder}: bead {b} not consecutive/monotonic")
        ns += len(s)
        nt += len(t)
        shapes[f"{len(s)}-{len(t)}"] += 1
    if ns != len(src) or nt != len(tgt):
        err(f"{folder}: alignment covers {ns}/{nt} of {len(src)}/{len(tgt)}")
    cats = collections.Counter()
    annotated = set()
    for a in gold["artefacts"]:
        c = a["category"]
        if c not in CATS:
            err(f"{folder}: category {c}")
        side = a["side"]
        if (c == "omission") != (side == "source"):
            err(f"{folder}: side {side} for {c}")
        paras, offs, text = (src, soff, stext) if side == "source" else (tgt, toff, ttext)
        p = paras[a["paragraph"]]
        n = p.count(a["excerpt"])
        occ = a.get("occurrence")
        if occ is None and n != 1:
            err(f"{folder}: excerpt {a['excerpt']!r} occurs {n} times in {side} {a['paragraph']}")
            continue
        if occ is not None and not (n > 1 and 1 <= occ <= n):
            err(f"{folder}: bad occurrence for {a['excerpt']!r}")
            continue
        i = -1
        for _ in range(occ or 1):
            i = p.index(a["excerpt"], i + 1)
        start = offs[a["paragraph"]] + i
        end = start + len(a["excerpt"])
        assert text[start:end] == a["excerpt"]
        print(f"  {folder:28} {side:6} p{a['paragraph']:<2} [{start}:{end}] {c:15} {a['excerpt']!r}")
        cats[c] += 1
        if side == "target":
            annotated.add(a["paragraph"])
        else:
            for b in gold["alignment"]:
                if a["paragraph"] in b["source"]:
                    annotated.update(b["target"])
    clean = gold["clean_target_paragraphs"]
    if len(clean) < 3 or set(clean) & annotated or clean != sorted(set(clean)) or max(clean) >= len(tgt):
        err(f"{folder}: clean list {clean}")
    if not 6 <= sum(cats.values()) <= 9:
        err(f"{folder}: {sum(cats.values())} artefacts")
    total.update(cats)
    print(f"{folder}: {gold['source_lang']}->{gold['target_lang']} {len(src)}/{len(tgt)} "
          f"beads {dict(shapes)} artefacts {sum(cats.values())} {dict(sorted(cats.items()))} clean {len(clean)}")

print("TOTAL", sum(total.values()), dict(sorted(total.items())))
sys.exit(1 if errors else 0)
