"""Checks the article folders of this set against the corpora format (run from this folder)."""
import json, os, sys

CATEGORIES = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
              "repetition", "typography", "terminology", "markup", "mistranslation", "consistency"}


def paragraphs(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path}: BOM"
    text = raw.decode("utf-8")
    assert "\r" not in text, f"{path}: CR"
    assert text.endswith("\n") and not text.endswith("\n\n"), f"{path}: one trailing newline"
    ps = text[:-1].split("\n\n")
    for p in ps:
        assert p and "\n" not in p and p == p.strip(), f"{path}: bad paragraph {p[:40]!r}"
    return ps


def check(folder):
    g = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    assert g["source"] == g["source_lang"] + ".txt" and g["target"] == g["target_lang"] + ".txt"
    src = paragraphs(os.path.join(folder, g["source"]))
    tgt = paragraphs(os.path.join(folder, g["target"]))
    s_seen, t_seen = [], []
    for b in g["alignment"]:
        assert b["source"] or b["target"], "empty bead"
        for key, seen in (("source", s_seen), ("target", t_seen)):
            idx = b[key]
            assert idx == list(range(idx[0], idx[0] + len(idx))) if idx else True, "non-consecutive bead"
            seen.extend(idx)
    assert s_seen == list(range(len(src))), f"source beads {s_seen} vs {len(src)} paragraphs"
    assert t_seen == list(range(len(tgt))), f"target beads {t_seen} vs {len(tgt)} paragraphs"
    dirty = set()
    for a in g["artefacts"]:
        assert a["category"] in CATEGORIES, a
        assert a["side"] == ("source" if a["category"] == "omission" else "target"), a
        text = (src if a["side"] == "source" else tgt)[a["paragraph"]]
        n = text.count(a["excerpt"])
        if "occurrence" in a:
            assert n >= a["occurrence"] >= 1 and n > 1, (a, n)
        else:
            assert n == 1, (a, n)
        assert a["note"]
        if a["side"] == "target":
            dirty.add(a["paragraph"])
        else:
            for b in g["alignment"]:
                if a["paragraph"] in b["source"]:
                    dirty.update(b["target"])
    clean = g["clean_target_paragraphs"]
    assert clean == sorted(set(clean)) and len(clean) >= 3
    assert not dirty & set(clean), (folder, dirty & set(clean))
    assert set(clean) | dirty == set(range(len(tgt))), "a paragraph is neither clean nor annotated"
    cats = {}
    for a in g["artefacts"]:
        cats[a["category"]] = cats.get(a["category"], 0) + 1
    kinds = sorted({f"{len(b['source'])}-{len(b['target'])}" for b in g["alignment"]} - {"1-1"})
    print(f"{folder}: {g['source_lang']}->{g['target_lang']} {len(src)}/{len(tgt)} beads {kinds or 'all 1-1'} "
          f"artefacts {len(g['artefacts'])} {cats} clean {clean}")
    return cats


total = {}
folders = sorted(d for d in os.listdir(".") if os.path.isdir(d) and os.path.exists(os.path.join(d, "gold.json")))
for d in folders:
    for k, v in check(d).items():
        total[k] = total.get(k, 0) + v
print(len(folders), "articles,", sum(total.values()), "artefacts:", dict(sorted(total.items(), key=lambda kv: -kv[1])))
