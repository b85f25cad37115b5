#!/usr/bin/env python3
"""Check blind set 31 against the corpora/ format; exit 1 on any problem."""
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
LEGIT_DOUBLES = {("fr", "nous"), ("fr", "vous"), ("en", "had"), ("en", "that")}
MACHINE = "/" + "wo" + "rk/"
SELFTEST = ["--selftest"] if "--selftest" in sys.argv[1:] else []  # machine paths must not appear in committed files


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


LOWER = "a-zà-ÿąćęłńóśźżčďěňřšťůžőűçğışα-ωάέήίόύώϊϋΐΰа-яіїєґё"
DIGIT_SEP = {  # decimal mark and thousands separator wanted in each target language
    "fi": (",", "\u00a0"), "hu": (",", "\u00a0"), "uk": (",", "\u00a0"), "el": (",", "."), "tr": (",", "."),
    "fr": (",", "\u202f"), "en": (".", ","),
}
QUOTES = {  # quotation marks allowed in each target language
    "fi": "”", "hu": "„”", "el": "«»", "tr": "“”", "uk": "«»", "fr": "«»", "en": "“”",
}
ALL_QUOTES = "\"“”„«»‹›「」『』"


def mixed_script(article, where, p):
    """A word mixing Latin with Cyrillic or Greek letters is almost always a typing accident (homoglyph)."""
    for w in re.findall(r"\w+", p):
        scripts = (bool(re.search(r"[A-Za-z]", w)) + bool(re.search(r"[\u0400-\u04ff]", w))
                   + bool(re.search(r"[\u0370-\u03ff\u1f00-\u1fff]", w)))
        if scripts > 1:
            err(article, f"{where}: word {w!r} mixes scripts")


def lint_clean(article, lang, i, p):
    """Heuristics for paragraphs declared clean (self-check against accidental artefacts)."""
    words = re.findall(r"\w+", p.lower())
    for a, b in zip(words, words[1:]):
        if a == b and not a.isdigit() and (lang, a) not in LEGIT_DOUBLES:
            err(article, f"clean target paragraph {i}: doubled word {a!r}")
    for bad in (",,", "..", " ,", " .", ";;", "::", "  ", " ;" if lang != "fr" else ";;"):
        if bad in p.replace("...", ""):
            err(article, f"clean target paragraph {i}: {bad!r}")
    if re.search(r"\.[A-Za-zÀ-ÿА-Яа-яΑ-Ωα-ω]{2}", p) and lang != "en" or re.search(r"[a-z]\.[A-Z][a-z]", p):
        if not re.search(r"https?://|www\.|\b[A-ZΑ-Ω]\.[A-ZΑ-Ω]\.", p):
            err(article, f"clean target paragraph {i}: no space after a full stop")
    if re.search(r"(?<!\d)\. [" + LOWER + "]", p) and not re.search(r"\b(a\.m|p\.m|St|Dr|Prof)\. [a-z]", p):
        err(article, f"clean target paragraph {i}: full stop followed by lower case")
    if "&" in p or "<" in p:
        err(article, f"clean target paragraph {i}: markup")
    if re.search(r"(https?|www)[\s\u00a0\u202f]*[:.][\s\u00a0\u202f]|https?[\s\u00a0\u202f]+:", p):
        err(article, f"clean target paragraph {i}: space inside a URL")
    # quotation marks
    allowed = QUOTES[lang]
    for q in ALL_QUOTES:
        if q in p and q not in allowed:
            err(article, f"clean {lang} paragraph {i}: quotation mark {q!r} (allowed: {allowed})")
    if lang in ("hu", "el", "tr", "uk", "fr", "en") and len(allowed) == 2 and p.count(allowed[0]) != p.count(allowed[1]):
        err(article, f"clean {lang} paragraph {i}: unbalanced {allowed}")
    if lang == "fi" and p.count("”") % 2:
        err(article, f"clean Finnish paragraph {i}: odd number of ”")
    if lang == "fr" and re.search(r"«(?!\u00a0)|(?<!\u00a0)»", p):
        err(article, f"clean French paragraph {i}: « » without a no-break space inside")
    # apostrophes: ’ everywhere except Turkish, whose articles here use the straight ' before suffixes
    if lang == "tr" and ("’" in p or "ʼ" in p):
        err(article, f"clean Turkish paragraph {i}: curly apostrophe where the article uses '")
    if lang != "tr" and ("'" in p or "ʼ" in p):
        err(article, f"clean {lang} paragraph {i}: straight or modifier apostrophe where the article uses ’")
    if lang == "el" and "’" in p:
        err(article, f"clean Greek paragraph {i}: apostrophe (none is used in these texts)")
    # numbers
    dec, thou = DIGIT_SEP[lang]
    if dec == "," and re.search(r"\d\.\d{1,2}\b(?!\.)", p):
        err(article, f"clean {lang} paragraph {i}: decimal point in a decimal-comma language")
    if dec == "." and re.search(r"\d,\d{1,2}\b", p):
        err(article, f"clean {lang} paragraph {i}: decimal comma in English")
    for sep in (",", ".", " ", "\u00a0", "\u202f"):
        if sep != thou and sep != dec and re.search(r"\d" + re.escape(sep) + r"\d{3}\b", p):
            err(article, f"clean {lang} paragraph {i}: thousands separator {sep!r} (wanted {thou!r})")
    if thou == "." and re.search(r"\d,\d{3}\b", p):
        err(article, f"clean {lang} paragraph {i}: English thousands separator")
    # percent sign
    if lang in ("fi",) and re.search(r"\d%", p):
        err(article, f"clean {lang} paragraph {i}: no space before % (Finnish writes 6,4 %)")
    if lang == "fi" and re.search(r"\d %", p):
        err(article, f"clean Finnish paragraph {i}: plain space before % (no-break space wanted)")
    if lang in ("hu", "el", "uk", "en") and re.search(r"\d[ \u00a0\u202f]%", p):
        err(article, f"clean {lang} paragraph {i}: space before %")
    if lang == "tr" and (re.search(r"\d[ \u00a0]?%", p) or re.search(r"%[ \u00a0]\d", p)):
        err(article, f"clean Turkish paragraph {i}: % must precede the number without a space (%18)")
    if lang == "fr" and re.search(r"[^\u202f]%", p):
        err(article, f"clean French paragraph {i}: % without a narrow no-break space")
    # spacing
    if lang == "fr":
        if re.search(r" [;:!?%»€]|« |[^\u00a0 ]:(?!//)", p):
            err(article, f"clean French paragraph {i}: plain or missing space where French wants a no-break space")
        if re.search(r"\u00a0[;!?%]|\w[;!?]", p):
            err(article, f"clean French paragraph {i}: narrow no-break space (U+202F) wanted before ; ! ? %")
    elif "\u202f" in p:
        err(article, f"clean {lang} paragraph {i}: narrow no-break space")
    if lang in ("en", "tr", "hu", "fi", "uk", "el") and re.search(r"\s[:;!?]", p):
        err(article, f"clean {lang} paragraph {i}: space before a colon, semicolon or mark")
    # language-specific marks
    if lang == "el" and "?" in p:
        err(article, f"clean Greek paragraph {i}: Latin question mark (Greek uses ;)")
    if lang == "en" and re.search(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", p):
        err(article, f"clean English paragraph {i}: Japanese character or full-width mark")
    if lang == "tr" and re.search(r"\d (ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)\b", p):
        err(article, f"clean Turkish paragraph {i}: month after a day number in lower case")
    if lang == "hu" and re.search(r"\b(Január|Február|Március|Április|Május|Június|Július|Augusztus|Szeptember|Október|November|December|Hétfő|Kedd|Szerda|Csütörtök|Péntek|Szombat|Vasárnap)\w*", p[1:]):
        err(article, f"clean Hungarian paragraph {i}: month or weekday capitalised inside a sentence")
    if lang in ("fi",) and re.search(r"\b(Tammikuu|Helmikuu|Maaliskuu|Huhtikuu|Toukokuu|Kesäkuu|Heinäkuu|Elokuu|Syyskuu|Lokakuu|Marraskuu|Joulukuu)\w*", p[1:]):
        err(article, f"clean Finnish paragraph {i}: month capitalised inside a sentence")


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
    for side, paras in (("source", src), ("target", tgt)):
        for i, p in enumerate(paras):
            mixed_script(article, f"{side} paragraph {i}", p)
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
    if SELFTEST:
        before = len(errors)
        for c in sorted(dirty):
            lint_clean(article, gold["target_lang"], c, tgt[c])
        fired = errors[before:]
        del errors[before:]
        SELFTEST.append((article, sorted(dirty), fired))
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
    shapes_seen = set()
    for a in articles:
        gold, src, tgt = check(a)
        for x in gold["artefacts"]:
            total[x["category"]] = total.get(x["category"], 0) + 1
        shapes = [f"{len(b['source'])}-{len(b['target'])}" for b in gold["alignment"] if (len(b['source']), len(b['target'])) != (1, 1)]
        shapes_seen.update(shapes)
        print(f"{a}: {gold['source_lang']}->{gold['target_lang']} {len(src)}/{len(tgt)} beads {shapes or 'all 1-1'} "
              f"artefacts {len(gold['artefacts'])} clean {len(gold['clean_target_paragraphs'])}")
    print("total", sum(total.values()), dict(sorted(total.items(), key=lambda kv: -kv[1])))
    if not {"1-2", "2-1", "0-1", "1-0"} <= shapes_seen:
        errors.append(f"alignment variants in the set: {sorted(shapes_seen)}; want 1-2, 2-1, 0-1 and 1-0")
    if not 0.2 <= total.get("mistranslation", 0) / max(1, sum(total.values())) <= 0.3:
        errors.append("word-level mistranslations should be about a quarter of the artefacts")
    if SELFTEST:
        for article, dirty, fired in SELFTEST[1:]:
            print(f"selftest {article}: annotated paragraphs {dirty}")
            for f in fired:
                print("   lint", f)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
