"""Checks the set-14 folders: file format, gold.json format, exact excerpts, alignment beads,
clean paragraphs, page sizes; lints clean target paragraphs for obvious typography slips."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency", "spelling"}
errors = []
total = Counter()
rows = []

def err(msg):
    errors.append(msg)

def paras(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(f"{path}: BOM")
    if b"\r" in raw: err(f"{path}: CR")
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"): err(f"{path}: trailing newline")
    ps = text[:-1].split("\n\n")
    for i, p in enumerate(ps):
        if not p or "\n" in p or p != p.strip(): err(f"{path}: paragraph {i} malformed")
    return ps

for folder in sorted(os.listdir(HERE)):
    d = os.path.join(HERE, folder)
    if not os.path.isdir(d):
        continue
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    keys = ["source", "target", "source_lang", "target_lang", "alignment", "artefacts", "clean_target_paragraphs"]
    if list(g) != keys: err(f"{folder}: gold keys {list(g)}")
    if g["source"] != g["source_lang"] + ".txt" or g["target"] != g["target_lang"] + ".txt": err(f"{folder}: names")
    if open(os.path.join(d, "mtqa.toml"), encoding="utf-8").read() != 'profile = "product"\n': err(f"{folder}: toml")
    if sorted(os.listdir(d)) != sorted([g["source"], g["target"], "gold.json", "mtqa.toml"]): err(f"{folder}: files")
    S = paras(os.path.join(d, g["source"]))
    T = paras(os.path.join(d, g["target"]))
    if not (12 <= len(S) <= 25 and 12 <= len(T) <= 25): err(f"{folder}: size {len(S)}/{len(T)}")
    # alignment
    si = ti = 0
    events = []
    t_of_s = {}
    for b in g["alignment"]:
        if set(b) != {"source", "target"}: err(f"{folder}: bead keys")
        s, t = b["source"], b["target"]
        if s != list(range(si, si + len(s))) or t != list(range(ti, ti + len(t))): err(f"{folder}: bead {b} not consecutive/monotonic")
        if not s and not t: err(f"{folder}: empty bead")
        si += len(s); ti += len(t)
        for x in s: t_of_s[x] = t
        if (len(s), len(t)) != (1, 1): events.append(f"{len(s)}-{len(t)}")
    if si != len(S) or ti != len(T): err(f"{folder}: beads cover {si}/{ti} of {len(S)}/{len(T)}")
    # artefacts
    cats = Counter()
    dirty = set()
    for a in g["artefacts"]:
        if a["category"] not in CATS: err(f"{folder}: category {a['category']}")
        want_side = "source" if a["category"] == "omission" else "target"
        if a["side"] != want_side: err(f"{folder}: side {a}")
        extra = set(a) - {"category", "side", "paragraph", "excerpt", "occurrence", "note"}
        if extra: err(f"{folder}: keys {extra}")
        P = (S if a["side"] == "source" else T)[a["paragraph"]]
        n = P.count(a["excerpt"])
        occ = a.get("occurrence")
        if occ is None and n != 1: err(f"{folder}: excerpt {a['excerpt']!r} occurs {n}x in {a['side']} {a['paragraph']}")
        if occ is not None and not (n >= occ >= 1 and n > 1): err(f"{folder}: bad occurrence {a}")
        if a["side"] == "target": dirty.add(a["paragraph"])
        else: dirty.update(t_of_s[a["paragraph"]])
        cats[a["category"]] += 1
    n_art = sum(cats.values())
    if not 6 <= n_art <= 9: err(f"{folder}: {n_art} artefacts")
    clean = g["clean_target_paragraphs"]
    if clean != sorted(set(clean)) or len(clean) < 3: err(f"{folder}: clean list {clean}")
    if set(clean) & dirty: err(f"{folder}: clean paragraphs with artefacts {set(clean) & dirty}")
    if any(not 0 <= c < len(T) for c in clean): err(f"{folder}: clean index out of range")
    doubtful = set(range(len(T))) - set(clean) - dirty
    # lint clean target paragraphs
    tl = g["target_lang"]
    for c in clean:
        p = T[c]
        if re.search(r"\d\.\d", p) and not re.search(r"(USB-A|HDMI) \d\.\d|\d\.\d{3}", p): err(f"{folder}: decimal point in clean {c}: {p}")
        if re.search(r"[a-zà-ÿ][A-ZÀ-Þ][a-zà-ÿ]", p) and "GreenSpring" not in p and "NorthTrail" not in p and "PowerCore" not in p and "StormShell" not in p: err(f"{folder}: camel in clean {c}: {p}")
        if re.search(r"\s\s| ,|,,|\.\.|::", p): err(f"{folder}: spacing/punct in clean {c}: {p}")
        if re.search(r"\b(\w+) \1\b", p, re.I): err(f"{folder}: doubled word in clean {c}: {p}")
        if re.search(r"&(?!(#x[0-9A-F]+|[a-z]+);)", p) or "&amp;amp" in p: err(f"{folder}: markup in clean {c}: {p}")
        if tl == "fr":
            if re.search(r"[^\u00a0\u202f][;!?%]", p.replace("&amp;", "").replace("&ndash;", "").replace("&deg;", "").replace("&reg;", "").replace("&trade;", "").replace("&#x2019;", "")): err(f"{folder}: fr spacing in clean {c}: {p!r}")
            if "'" in p: err(f"{folder}: straight apostrophe in clean {c}")
        for m in re.finditer(r"\. ([a-zà-ÿ])", p):
            err(f"{folder}: lower-case after stop in clean {c}: {p}")
    total.update(cats)
    rows.append((folder, f"{g['source_lang']} → {g['target_lang']}", f"{len(S)}/{len(T)}",
                 ", ".join(events) or "all 1-1", n_art,
                 ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
                 len(clean), sorted(doubtful)))

for r in rows:
    print(r)
print("total", sum(total.values()), dict(sorted(total.items())))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
