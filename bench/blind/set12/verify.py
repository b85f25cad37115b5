"""Checks every article folder of set 12 against the format of corpora/README.md."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency"}
ok = True
total = Counter()


def err(msg):
    global ok
    ok = False
    print("ERROR", msg)


def paras(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(path + ": BOM")
    if b"\r" in raw: err(path + ": CR")
    t = raw.decode("utf-8")
    if not t.endswith("\n") or t.endswith("\n\n"): err(path + ": trailing newline")
    ps = t[:-1].split("\n\n")
    for p in ps:
        if not p.strip() or "\n" in p or p != p.strip(): err(path + ": bad paragraph %r" % p[:40])
    return ps


for folder in sorted(os.listdir(HERE)):
    d = os.path.join(HERE, folder)
    if not os.path.isdir(d) or folder.startswith(("_", ".")):
        continue
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    src, tgt = paras(os.path.join(d, g["source"])), paras(os.path.join(d, g["target"]))
    assert g["source"] == g["source_lang"] + ".txt" and g["target"] == g["target_lang"] + ".txt"
    cs, ct = [], []
    for b in g["alignment"]:
        if not b["source"] and not b["target"]: err(folder + ": empty bead")
        for k, lst in (("source", cs), ("target", ct)):
            if b[k] and b[k] != list(range(b[k][0], b[k][0] + len(b[k]))): err(folder + ": gap in bead")
            lst.extend(b[k])
    if cs != list(range(len(src))): err(folder + ": source beads %s" % cs)
    if ct != list(range(len(tgt))): err(folder + ": target beads %s" % ct)
    dirty = set()
    cats = Counter()
    for a in g["artefacts"]:
        if a["category"] not in CATS: err(folder + ": category " + a["category"])
        side = "source" if a["category"] == "omission" else "target"
        if a["side"] != side: err(folder + ": side")
        text = (src if side == "source" else tgt)[a["paragraph"]]
        n = text.count(a["excerpt"])
        occ = a.get("occurrence")
        if n == 0: err("%s: excerpt not found %r" % (folder, a["excerpt"]))
        elif occ is None and n != 1: err("%s: excerpt occurs %d times %r" % (folder, n, a["excerpt"]))
        elif occ is not None and not 1 <= occ <= n: err(folder + ": occurrence")
        cats[a["category"]] += 1
        if side == "target":
            dirty.add(a["paragraph"])
        else:
            for b in g["alignment"]:
                if a["paragraph"] in b["source"]: dirty.update(b["target"])
    clean = g["clean_target_paragraphs"]
    if len(clean) < 3: err(folder + ": fewer than 3 clean")
    if set(clean) & dirty: err(folder + ": clean paragraphs with artefacts %s" % (set(clean) & dirty))
    if any(not 0 <= c < len(tgt) for c in clean): err(folder + ": clean index")
    shapes = Counter("%d-%d" % (len(b["source"]), len(b["target"])) for b in g["alignment"])
    total.update(cats)
    print("%-32s %s->%s %2d/%2d beads %s | %d artefacts: %s | clean %s" % (
        folder, g["source_lang"], g["target_lang"], len(src), len(tgt), dict(shapes),
        sum(cats.values()), ", ".join("%s %d" % kv for kv in cats.most_common()), clean))
print("total %d: %s" % (sum(total.values()), ", ".join("%s %d" % kv for kv in total.most_common())))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
