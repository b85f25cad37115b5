#!/usr/bin/env python3
"""Check blind set 35 against the corpora/ format; exit 1 on any problem."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
              "repetition", "typography", "terminology", "markup", "mistranslation", "consistency"}
KEYS = ["source", "target", "source_lang", "target_lang", "alignment", "artefacts", "clean_target_paragraphs"]
ART_KEYS = {"category", "side", "paragraph", "excerpt", "occurrence", "note"}
errors = []
LEGIT_DOUBLES = {("de", "die"), ("de", "der"), ("de", "das"), ("fr", "nous"), ("fr", "vous"), ("nl", "dat"), ("en", "had"), ("en", "that")}
MACHINE = "/" + "wo" + "rk/"  # machine paths must not appear in committed files


def err(article, msg):
    errors.append(f"{article}: {msg}")


def read_paragraphs(article, path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(article, f"{os.path.basename(path)} has a BOM")
    text = raw.decode("utf-8")
    if "\r" in text:
        err(article, f"{os.path.basename(path)} has CR characters")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(article, f"{os.path.basename(path)} must end with exactly one newline")
    body = text[:-1]
    paras = body.split("\n\n")
    for i, p in enumerate(paras):
        if not p or "\n" in p:
            err(article, f"{os.path.basename(path)} paragraph {i} empty or has an internal line break")
        if p != p.strip():
            err(article, f"{os.path.basename(path)} paragraph {i} has leading/trailing whitespace")
    if MACHINE in text:
        err(article, "machine path in text")
    return paras


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def lint_clean(article, lang, i, p):
    """Heuristics for paragraphs declared clean (self-check against accidental artefacts)."""
    words = re.findall(r"\w+", p.lower())
    for a, b in zip(words, words[1:]):
        if a == b and not a.isdigit() and (lang, a) not in LEGIT_DOUBLES:
            err(article, f"clean target paragraph {i}: doubled word {a!r}")
    for bad in (",,", "..", " ,", " .", ";;", "::"):
        if bad in p.replace("...", ""):
            err(article, f"clean target paragraph {i}: {bad!r}")
    if re.search(r"(?<!\d)\. [a-zа-яà-ÿąćęłńóśźżčďěňřšťůžőűåäöçğışα-ωάέήίόύώϊϋΐΰ]", p) and not re.search(r"\b(a\.m|p\.m|St|Dr|Prof)\. [a-z]", p):
        err(article, f"clean target paragraph {i}: full stop followed by lower case")
    if lang == "fr":
        if re.search(r" [;:!?%»€]", p) or "« " in p:
            err(article, f"clean French paragraph {i}: plain space where French wants a no-break space")
        if "'" in p:
            err(article, f"clean French paragraph {i}: straight apostrophe")
        if re.search(r"\d[.,]\d{3}\b", p):
            err(article, f"clean French paragraph {i}: foreign thousands separator")
    if lang in ("fr", "es", "it", "ru", "pl", "cs") and re.search(r"\d\.\d{1,2}\b(?!\.)", p):
        err(article, f"clean paragraph {i}: decimal point in a decimal-comma language")
    if lang == "de" and re.search(r"[“”]", p.replace("“", "", p.count("„"))):
        err(article, f"clean German paragraph {i}: English quotes")
    if lang == "en" and re.search(r"„|\d,\d{1,2}\b", p):
        err(article, f"clean English paragraph {i}: foreign quote or decimal comma")
    if lang in ("pl", "cs") and re.search(r"[“]", p.replace("“", "", p.count("„") if lang == "cs" else 0)):
        err(article, f"clean {lang} paragraph {i}: wrong closing quotation mark")
    if lang in ("pl", "cs", "es") and re.search(r"\d,\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: English thousands separator")
    if lang == "es" and re.search(r"“|”", p):
        err(article, f"clean Spanish paragraph {i}: English quotes where the article uses « »")
    if lang in ("en", "es", "pl", "cs", "de") and "'" in p:
        err(article, f"clean {lang} paragraph {i}: straight apostrophe")
    if lang in ("nl", "pt-BR", "hu", "sv") and re.search(r"\d\.\d{1,2}\b(?!\.)", p):
        err(article, f"clean {lang} paragraph {i}: decimal point in a decimal-comma language")
    if lang in ("nl", "pt-BR", "hu", "sv") and re.search(r"\d,\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: English thousands separator")
    if lang in ("hu", "sv") and re.search(r"\d\.\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: full stop as thousands separator (space wanted)")
    if lang in ("nl", "pt-BR") and re.search(r"[„«»]", p):
        err(article, f"clean {lang} paragraph {i}: quotation marks other than “ ”")
    if lang == "hu" and re.search(r"[“«»]", p):
        err(article, f"clean Hungarian paragraph {i}: quotation marks other than „ ”")
    if lang == "sv" and re.search(r"[“„«»]", p):
        err(article, f"clean Swedish paragraph {i}: quotation marks other than ” ”")
    if lang in ("nl", "pt-BR", "hu", "sv") and "'" in p:
        err(article, f"clean {lang} paragraph {i}: straight apostrophe")
    if lang == "pt-BR" and re.search(r"\d %", p):
        err(article, f"clean Brazilian paragraph {i}: space before %")
    if lang == "it" and " %" in p:
        err(article, f"clean Italian paragraph {i}: space before %")
    if lang == "en" and ('"' in p or re.search(r"\d\.\d{3}\b", p)):
        err(article, f"clean English paragraph {i}: straight double quote or foreign thousands separator")
    if lang == "it" and (re.search(r"[“”„]", p) or "'" in p or re.search(r"\d,\d{3}\b", p)):
        err(article, f"clean Italian paragraph {i}: quotes other than « », straight apostrophe or English thousands")
    if lang == "pl" and re.search(r"\d\.\d{3}\b", p):
        err(article, f"clean Polish paragraph {i}: full stop as thousands separator")
    if lang == "es" and ("'" in p or re.search(r"[“”„]", p)):
        err(article, f"clean Spanish paragraph {i}: straight apostrophe or foreign quotes")
    if lang in ("de", "da", "ro") and re.search(r"\d\.\d{1,2}\b(?!\.)", p):
        err(article, f"clean {lang} paragraph {i}: decimal point in a decimal-comma language")
    if lang in ("de", "da", "ro") and re.search(r"\d,\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: English thousands separator")
    if lang in ("da", "ro") and "'" in p:
        err(article, f"clean {lang} paragraph {i}: straight apostrophe")
    if lang == "da" and re.search(r"[“”„]", p):
        err(article, f"clean Danish paragraph {i}: quotation marks other than » «")
    if lang == "ro" and re.search(r"[“«»]", p):
        err(article, f"clean Romanian paragraph {i}: quotation marks other than „ ”")
    if lang == "ro" and re.search(r"[şţŞŢ]", p):
        err(article, f"clean Romanian paragraph {i}: s or t with a cedilla instead of a comma below")
    if lang == "en" and "\u202f" in p:
        err(article, f"clean English paragraph {i}: narrow no-break space")
    if lang in ("cs", "sv") and re.search(r"\d\.\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: full stop as thousands separator (space wanted)")
    if lang in ("cs", "sv") and re.search(r"\d%", p):
        err(article, f"clean {lang} paragraph {i}: no space before %")
    if lang == "cs" and re.search(r"[”«»\"]", p):
        err(article, f"clean Czech paragraph {i}: quotation marks other than „ “")
    if lang == "cs" and p.count("„") != p.count("“"):
        err(article, f"clean Czech paragraph {i}: unbalanced „ “")
    if lang == "sv" and p.count("”") % 2:
        err(article, f"clean Swedish paragraph {i}: odd number of ”")
    if lang in ("it", "es", "pt-BR") and re.search(r"\d[ \u00a0\u202f]\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: space as thousands separator (full stop wanted)")
    if lang == "it" and p.count("«") != p.count("»"):
        err(article, f"clean Italian paragraph {i}: unbalanced « »")
    if lang == "pt-BR" and p.count("“") != p.count("”"):
        err(article, f"clean Brazilian paragraph {i}: unbalanced “ ”")
    if lang == "pt-BR" and re.search(r"R\$\d|US\$\d", p):
        err(article, f"clean Brazilian paragraph {i}: no space after the currency sign")
    if lang == "es" and p.count("«") != p.count("»"):
        err(article, f"clean Spanish paragraph {i}: unbalanced « »")
    if lang == "fr" and re.search(r"«(?!\u00a0)|(?<!\u00a0)»", p):
        err(article, f"clean French paragraph {i}: « » without a no-break space inside")
    # set 35: Finnish, Greek, Turkish, Korean; Polish quotation marks balanced
    if lang == "fi":
        if re.search(r'[“„«»"]', p):
            err(article, f"clean Finnish paragraph {i}: quotation marks other than ” ”")
        if p.count("”") % 2:
            err(article, f"clean Finnish paragraph {i}: odd number of ”")
        if re.search(r"\d\.\d{1,2}\b(?!\.)", p) or re.search(r"\d[.,]\d{3}\b", p):
            err(article, f"clean Finnish paragraph {i}: decimal point or foreign thousands separator")
        if re.search(r"\d%", p):
            err(article, f"clean Finnish paragraph {i}: no space before %")
        if "'" in p:
            err(article, f"clean Finnish paragraph {i}: straight apostrophe")
    if lang == "el":
        if re.search(r'[“”„"\']', p):
            err(article, f"clean Greek paragraph {i}: quotation marks other than « » or a straight apostrophe")
        if p.count("«") != p.count("»"):
            err(article, f"clean Greek paragraph {i}: unbalanced « »")
        if "?" in p:
            err(article, f"clean Greek paragraph {i}: Latin question mark (Greek uses ;)")
        if re.search(r"\d\.\d{1,2}\b(?!\.)", p) or re.search(r"\d,\d{3}\b", p):
            err(article, f"clean Greek paragraph {i}: decimal point or English thousands separator")
        if re.search(r"\d[ \u00a0\u202f]%", p):
            err(article, f"clean Greek paragraph {i}: space before % (the article glues it)")
    if lang == "tr":
        if re.search(r'[„«»"’]', p):
            err(article, f"clean Turkish paragraph {i}: quotation marks other than “ ” or a curly apostrophe (the article uses ')")
        if p.count("“") != p.count("”"):
            err(article, f"clean Turkish paragraph {i}: unbalanced “ ”")
        if re.search(r"\d[ \u00a0]?%", p):
            err(article, f"clean Turkish paragraph {i}: percent sign after the number (Turkish: %40)")
        if re.search(r"\d\.\d{1,2}\b(?!\.)", p) or re.search(r"\d,\d{3}\b", p):
            err(article, f"clean Turkish paragraph {i}: decimal point or English thousands separator")
    if lang == "ko":
        if re.search(r"\d,\d{1,2}\b", p):
            err(article, f"clean Korean paragraph {i}: decimal comma")
        if re.search(r'[，。、„«»"\']', p):
            err(article, f"clean Korean paragraph {i}: full-width or foreign punctuation, or straight quotes")
        if p.count("“") != p.count("”"):
            err(article, f"clean Korean paragraph {i}: unbalanced “ ”")
        if re.search(r"\d[ \u00a0]%", p):
            err(article, f"clean Korean paragraph {i}: space before %")
    if lang == "pl" and p.count("„") != p.count("”"):
        err(article, f"clean Polish paragraph {i}: unbalanced „ ”")
    if lang == "hu" and p.count("„") != p.count("”"):
        err(article, f"clean Hungarian paragraph {i}: unbalanced „ ”")
    if lang == "en" and p.count("“") != p.count("”"):
        err(article, f"clean English paragraph {i}: unbalanced “ ”")
    if "&" in p or "<" in p:
        err(article, f"clean target paragraph {i}: markup")


def check(article):
    d = os.path.join(HERE, article)
    files = sorted(os.listdir(d))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if list(gold) != KEYS:
        err(article, f"gold.json keys {list(gold)}")
    if "mtqa.toml" in files:
        err(article, "has mtqa.toml")
    src_f, tgt_f = gold["source"], gold["target"]
    if src_f != gold["source_lang"] + ".txt" or tgt_f != gold["target_lang"] + ".txt":
        err(article, "file names do not match language codes")
    if sorted([src_f, tgt_f, "gold.json"]) != files:
        err(article, f"unexpected files {files}")
    src = read_paragraphs(article, os.path.join(d, src_f))
    tgt = read_paragraphs(article, os.path.join(d, tgt_f))
    if not (10 <= len(src) <= 13 and 10 <= len(tgt) <= 13):
        err(article, f"paragraph counts {len(src)}/{len(tgt)} outside 10-13")
    # alignment: consecutive, monotonic, complete
    ns = nt = 0
    for b in gold["alignment"]:
        s, t = b["source"], b["target"]
        if list(b) != ["source", "target"] or not (s or t):
            err(article, f"bad bead {b}")
        if s != list(range(ns, ns + len(s))) or t != list(range(nt, nt + len(t))):
            err(article, f"bead {b} not consecutive/in order (expected source from {ns}, target from {nt})")
        ns += len(s)
        nt += len(t)
    if ns != len(src) or nt != len(tgt):
        err(article, f"alignment covers {ns}/{nt}, files have {len(src)}/{len(tgt)}")
    # artefacts
    arts = gold["artefacts"]
    if not 7 <= len(arts) <= 8:
        err(article, f"{len(arts)} artefacts, expected 7-8")
    dirty = set()
    for k, a in enumerate(arts):
        if not set(a) <= ART_KEYS or not {"category", "side", "paragraph", "excerpt", "note"} <= set(a):
            err(article, f"artefact {k} keys {sorted(a)}")
            continue
        if a["category"] not in CATEGORIES:
            err(article, f"artefact {k} category {a['category']}")
        want_side = "source" if a["category"] == "omission" else "target"
        if a["side"] != want_side:
            err(article, f"artefact {k} side {a['side']}")
        paras = src if a["side"] == "source" else tgt
        if not 0 <= a["paragraph"] < len(paras):
            err(article, f"artefact {k} paragraph out of range")
            continue
        n = count(paras[a["paragraph"]], a["excerpt"])
        occ = a.get("occurrence")
        if occ is None and n != 1:
            err(article, f"artefact {k} excerpt {a['excerpt']!r} occurs {n} times")
        if occ is not None and (n < 2 or not 1 <= occ <= n):
            err(article, f"artefact {k} occurrence {occ} but excerpt occurs {n} times")
        if a["side"] == "target":
            dirty.add(a["paragraph"])
        else:
            for b in gold["alignment"]:
                if a["paragraph"] in b["source"]:
                    dirty |= set(b["target"])
                    if not b["target"] and a["excerpt"] != src[a["paragraph"]]:
                        err(article, f"artefact {k}: 1-0 bead but excerpt is not the whole paragraph")
    # 0-1 beads must carry an addition; 1-0 beads an omission
    for b in gold["alignment"]:
        if not b["source"]:
            for t in b["target"]:
                if not any(a["category"] == "addition" and a["paragraph"] == t for a in arts):
                    err(article, f"added target paragraph {t} not annotated as addition")
        if not b["target"]:
            for s in b["source"]:
                if not any(a["category"] == "omission" and a["paragraph"] == s for a in arts):
                    err(article, f"omitted source paragraph {s} not annotated as omission")
    clean = gold["clean_target_paragraphs"]
    if clean != sorted(set(clean)) or any(not 0 <= c < len(tgt) for c in clean):
        err(article, f"clean list not sorted/unique/in range: {clean}")
    if set(clean) & dirty:
        err(article, f"clean paragraphs {sorted(set(clean) & dirty)} are annotated")
    if set(clean) | dirty != set(range(len(tgt))):
        err(article, f"paragraphs neither clean nor annotated: {sorted(set(range(len(tgt))) - set(clean) - dirty)}")
    if not 4 <= len(clean) <= 5:
        err(article, f"{len(clean)} clean paragraphs, expected 4-5")
    for c in clean:
        lint_clean(article, gold["target_lang"], c, tgt[c])
    return gold, src, tgt


def main():
    articles = sorted(x for x in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, x)) and not x.startswith("_"))
    if len(articles) != 8:
        errors.append(f"{len(articles)} articles, expected 8")
    for f in os.listdir(HERE):
        p = os.path.join(HERE, f)
        if os.path.isfile(p) and MACHINE in open(p, encoding="utf-8").read():
            errors.append(f"{f}: machine path")
    total = {}
    for a in articles:
        gold, src, tgt = check(a)
        for x in gold["artefacts"]:
            total[x["category"]] = total.get(x["category"], 0) + 1
        shapes = [f"{len(b['source'])}-{len(b['target'])}" for b in gold["alignment"] if (len(b['source']), len(b['target'])) != (1, 1)]
        print(f"{a}: {gold['source_lang']}->{gold['target_lang']} {len(src)}/{len(tgt)} beads {shapes or 'all 1-1'} "
              f"artefacts {len(gold['artefacts'])} clean {len(gold['clean_target_paragraphs'])}")
    print("total", sum(total.values()), dict(sorted(total.items(), key=lambda kv: -kv[1])))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
