"""Builds the article folders of blind set 12 from the data below.

Markers in the texts (replaced before writing): "~" -> U+00A0, "_" -> U+202F, "§" -> a plain space that
the French spacing pass must leave alone (used only where a typography artefact is planted). French texts
also get U+00A0 inside « » and before ":" and U+202F before "; ! ? %".
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = []


def fix(text, lang):
    if lang == "fr":
        text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")
        for ch in ";!?%":
            text = text.replace(" " + ch, "\u202f" + ch)
    return text.replace("~", "\u00a0").replace("_", "\u202f").replace("§", " ")


def art(folder, sl, tl, src, tgt, align, artefacts, clean):
    ARTICLES.append(dict(folder=folder, sl=sl, tl=tl, src=src, tgt=tgt, align=align,
                         artefacts=artefacts, clean=clean))


def A(cat, par, excerpt, note, occ=None):
    d = {"category": cat, "side": "source" if cat == "omission" else "target", "paragraph": par,
         "excerpt": excerpt}
    if occ:
        d["occurrence"] = occ
    d["note"] = note
    return d


def one_to_one(n):
    return [([i], [i]) for i in range(n)]



def main():
    import importlib
    sys.path.insert(0, HERE)
    for i in range(1, 9):
        importlib.import_module("art%d" % i)
    for a in ARTICLES:
        d = os.path.join(HERE, a["folder"])
        os.makedirs(d, exist_ok=True)
        sf, tf = a["sl"] + ".txt", a["tl"] + ".txt"
        for name, paras, lang in ((sf, a["src"], a["sl"]), (tf, a["tgt"], a["tl"])):
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n\n".join(fix(p, lang) for p in paras) + "\n")
        arts = []
        for x in a["artefacts"]:
            x = dict(x)
            x["excerpt"] = fix(x["excerpt"], a["sl"] if x["side"] == "source" else a["tl"])
            arts.append(x)
        gold = {"source": sf, "target": tf, "source_lang": a["sl"], "target_lang": a["tl"],
                "alignment": [{"source": s, "target": t} for s, t in a["align"]],
                "artefacts": arts, "clean_target_paragraphs": a["clean"]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    import build  # register ARTICLES in the module the art files import
    build.main()
