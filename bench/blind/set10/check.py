import json, os, sys
R = os.path.dirname(os.path.abspath(__file__))
CATS = {"punctuation","sentence_boundary","name","number","omission","addition","untranslated","repetition","typography","terminology","markup","mistranslation","consistency"}
ok = True
def err(*a):
    global ok; ok = False; print("ERR", *a)
for f in sorted(os.listdir(R)):
    d = os.path.join(R, f)
    if not os.path.isdir(d): continue
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    P = {}
    for side in ("source", "target"):
        raw = open(os.path.join(d, g[side]), "rb").read()
        t = raw.decode("utf-8")
        if raw.startswith(b"\xef\xbb\xbf") or "\r" in t or not t.endswith("\n") or t.endswith("\n\n"): err(f, side, "file format")
        ps = t[:-1].split("\n\n")
        if any(p != p.strip() or "\n" in p or not p for p in ps): err(f, side, "paragraph format")
        P[side] = ps
    assert g["source"] == g["source_lang"]+".txt" and g["target"] == g["target_lang"]+".txt"
    i = j = 0
    for b in g["alignment"]:
        if b["source"] != list(range(i, i+len(b["source"]))) or b["target"] != list(range(j, j+len(b["target"]))): err(f, "bead", b)
        if not b["source"] and not b["target"]: err(f, "empty bead")
        i += len(b["source"]); j += len(b["target"])
    if i != len(P["source"]) or j != len(P["target"]): err(f, "coverage", i, j)
    bad = set()
    for a in g["artefacts"]:
        if a["category"] not in CATS: err(f, "cat", a)
        if (a["side"] == "source") != (a["category"] == "omission"): err(f, "side", a)
        p = P[a["side"]][a["paragraph"]]
        n = p.count(a["excerpt"])
        occ = a.get("occurrence")
        if n == 0 or (occ is None and n != 1) or (occ is not None and (n < 2 or occ > n)): err(f, "excerpt", n, a["excerpt"])
        if a["side"] == "target": bad.add(a["paragraph"])
        else:
            for b in g["alignment"]:
                if a["paragraph"] in b["source"]: bad.update(b["target"])
    if set(g["clean_target_paragraphs"]) & bad: err(f, "clean includes bad")
    if sorted(set(range(len(P["target"]))) - bad) != g["clean_target_paragraphs"]: err(f, "clean list")
    if len(g["clean_target_paragraphs"]) < 3: err(f, "few clean")
    if not 10 <= len(P["source"]) <= 13: err(f, "para count", len(P["source"]))
    if not 6 <= len(g["artefacts"]) <= 8: err(f, "artefact count")
    print(f, g["source_lang"], g["target_lang"], len(P["source"]), len(P["target"]), len(g["artefacts"]), sum(len(p.split()) for p in P["source"]))
print("OK" if ok else "FAIL")
