#!/usr/bin/env python3
"""Check blind set 39 against the corpora/ format; exit 1 on any problem."""
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


CJK = r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]"
ARABIC = r"[\u0600-\u06ff]"


def lint_clean(article, lang, i, p):
    """Heuristics for paragraphs declared clean (self-check against accidental artefacts)."""
    words = re.findall(r"\w+", p.lower())
    for a, b in zip(words, words[1:]):
        if a == b and not a.isdigit() and (lang, a) not in LEGIT_DOUBLES:
            err(article, f"clean target paragraph {i}: doubled word {a!r}")
    for bad in (",,", "..", " ,", " .", ";;", "::", "。。", "，，", "、、", "،،"):
        if bad in p.replace("...", ""):
            err(article, f"clean target paragraph {i}: {bad!r}")
    if re.search(r"(?<!\d)\. [a-zа-яёіїєґà-ÿčďěňřšťůžáéíóúý]", p) and not re.search(r"\b(a\.m|p\.m|St|Dr|Prof)\. [a-z]", p):
        err(article, f"clean target paragraph {i}: full stop followed by lower case")
    if re.search(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff]", p) and lang not in ("ar", "zh", "ja"):
        err(article, f"clean target paragraph {i}: letters of another script")
    if "&" in p or "<" in p:
        err(article, f"clean target paragraph {i}: markup")
    if lang in ("ru", "uk", "cs", "pt-PT") and re.search(r"\d\.\d{1,2}\b(?!\.)", p):
        err(article, f"clean {lang} paragraph {i}: decimal point in a decimal-comma language")
    if lang in ("ru", "uk", "cs", "pt-PT") and re.search(r"\d,\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: English thousands separator")
    if lang in ("ru", "uk", "cs") and re.search(r"\d\.\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: full stop as thousands separator (space wanted)")
    if lang in ("ru", "uk", "pt-PT") and (re.search(r"[“”\"„]", p) or p.count("«") != p.count("»")):
        err(article, f"clean {lang} paragraph {i}: quotation marks other than balanced « »")
    if lang in ("ru", "uk") and re.search(r"[A-Za-z]{3,}", p):
        err(article, f"clean {lang} paragraph {i}: Latin word in Cyrillic text")
    if lang in ("ru", "uk") and re.search(r"» —|»—", p.replace("», —", "")):
        err(article, f"clean {lang} paragraph {i}: no comma between quotation and dash")
    if lang == "uk" and re.search(r"[ыэёъЫЭЁЪ]", p):
        err(article, f"clean Ukrainian paragraph {i}: Russian letter")
    if lang == "uk" and "'" in p:
        err(article, f"clean Ukrainian paragraph {i}: straight apostrophe (’ wanted)")
    if lang == "ru" and re.search(r"[іїєґІЇЄҐ]", p):
        err(article, f"clean Russian paragraph {i}: Ukrainian letter")
    if lang == "ar":
        if re.search(ARABIC + r"\s*[,;?]", p) or re.search(r"[,;?]\s*" + ARABIC, p):
            err(article, f"clean Arabic paragraph {i}: Latin comma, semicolon or question mark beside Arabic text")
        if re.search(r"[\"“”]", p) or p.count("«") != p.count("»"):
            err(article, f"clean Arabic paragraph {i}: quotation marks other than balanced « »")
        if re.search(r"[\u0660-\u0669\u06f0-\u06f9]", p):
            err(article, f"clean Arabic paragraph {i}: Arabic-Indic digits among Western digits")
        if re.search(r"[A-Za-z]", p):
            err(article, f"clean Arabic paragraph {i}: Latin letters")
    if lang in ("zh", "ja"):
        if re.search(CJK + r"[,.;:?!()]|[,;:?!()]" + CJK, p) or re.search(r"(?<!\d)\.(?!\d)", p):
            err(article, f"clean {lang} paragraph {i}: half-width punctuation beside CJK text")
        if '"' in p or "'" in p:
            err(article, f"clean {lang} paragraph {i}: straight quotation marks")
        if re.search(CJK + r" |" + r" " + CJK, p):
            err(article, f"clean {lang} paragraph {i}: space beside CJK text")
        if re.search(r"[A-Za-z]{3,}", p):
            err(article, f"clean {lang} paragraph {i}: Latin word")
    if lang == "zh" and (re.search(r"[「」『』]", p) or p.count("“") != p.count("”")):
        err(article, f"clean Chinese paragraph {i}: quotation marks other than balanced “ ”")
    if lang == "zh" and re.search(r"[\u3040-\u30ff]", p):
        err(article, f"clean Chinese paragraph {i}: kana")
    if lang == "ja" and (re.search(r"[“”，．]", p) or p.count("「") != p.count("」")):
        err(article, f"clean Japanese paragraph {i}: quotes other than 「」 or full-width ，．")
    if lang == "pt-PT":
        if "'" in p:
            err(article, f"clean Portuguese paragraph {i}: straight apostrophe")
        if re.search(r"\d %", p):
            err(article, f"clean Portuguese paragraph {i}: space before %")
        if re.search(r"ômic|ônic|\bequipe\b|\bônibus\b|\bfato\b|\btrem\b|\bregistro\b|\bcelular", p):
            err(article, f"clean Portuguese paragraph {i}: Brazilian spelling or word in a European Portuguese text")
    if lang == "cs":
        if "'" in p:
            err(article, f"clean Czech paragraph {i}: straight apostrophe")
        if re.search(r"\d%", p):
            err(article, f"clean Czech paragraph {i}: no space before %")
        if re.search(r"[”«»\"]", p) or p.count("„") != p.count("“"):
            err(article, f"clean Czech paragraph {i}: quotation marks other than balanced „ “")
    if lang == "en":
        if "'" in p or '"' in p:
            err(article, f"clean English paragraph {i}: straight apostrophe or quote")
        if re.search(r"„|«|「|\d,\d{1,2}\b|\d\.\d{3}\b", p):
            err(article, f"clean English paragraph {i}: foreign quote or separator")
        if p.count("“") != p.count("”"):
            err(article, f"clean English paragraph {i}: unbalanced “ ”")
        if "\u202f" in p or "\u00a0" in p:
            err(article, f"clean English paragraph {i}: no-break space")


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
