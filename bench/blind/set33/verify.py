#!/usr/bin/env python3
"""Check blind set 33 against the corpora/ format; exit 1 on any problem.

    python verify.py             format, counts, alignment, excerpts, lints of the clean paragraphs
    python verify.py --selftest  also run the clean-paragraph lints on the annotated paragraphs (report only)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
              "repetition", "typography", "terminology", "markup", "mistranslation", "consistency"}
KEYS = ["source", "target", "source_lang", "target_lang", "alignment", "artefacts", "clean_target_paragraphs"]
ART_KEYS = {"category", "side", "paragraph", "excerpt", "occurrence", "note"}
PAIRS = {("en", "fi"), ("en", "hu"), ("en", "el"), ("en", "tr"), ("en", "es"), ("en", "de"), ("fr", "en"), ("en", "it")}
LEGIT_DOUBLES = {("de", "die"), ("de", "der"), ("de", "das"), ("en", "had"), ("en", "that")}
# abbreviations after which a lower-case word may follow a full stop
ABBREV = {"el": ("εκατ", "δισ", "χλμ"), "en": ("a.m", "p.m", "St", "Dr", "Prof"), "de": ("z.B", "Nr", "Mio", "Mrd"),
          "es": ("aprox",), "it": ("ecc",), "hu": ("kb", "stb"), "fi": ("mm", "esim"), "tr": ("vb",)}
MONTHS_DAYS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
          "lunes martes miércoles jueves viernes sábado domingo",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
          "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "hu": "január február március április május június július augusztus szeptember október november december "
          "hétfőn kedden szerdán csütörtökön pénteken szombaton vasárnap",
}
errors = []
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
        if "  " in p:
            err(article, f"{os.path.basename(path)} paragraph {i} has a double space")
    if MACHINE in text:
        err(article, "machine path in text")
    return paras


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def lint(lang, p):
    """Problems a careful editor of `lang` would mark; returns a list of messages (empty = clean)."""
    out = []
    words = re.findall(r"\w+", p.lower())
    for a, b in zip(words, words[1:]):
        if a == b and not a.isdigit() and (lang, a) not in LEGIT_DOUBLES:
            out.append(f"doubled word {a!r}")
    for bad in (",,", "..", " ,", " .", ";;", "::", " :", " ;", " ?", " !", " %", ", ,"):
        if bad in p.replace("...", ""):
            out.append(f"{bad!r}")
    for m in re.finditer(r"(?<!\d)\. (\w+)", p):
        before = p[:m.start()]
        if m.group(1)[0].islower() and not before.endswith(ABBREV.get(lang, ())):
            out.append("full stop followed by lower case")
    # a lower-case word run straight into a capitalised word that opens a quotation or a sentence-like clause
    if re.search(r"[a-zäöüßçğışéèàòùáíóúñõâêîôûåæøœ\u03ac-\u03ce] [”“„«»]?\b(?:Der|Die|Das|Il|La|Lo|Le|L’|The|They|It|Its|This|Bu|Şirket\w*|Az|Οι|Ο|Η)\b(?! [A-ZÄÖÜ])", p):
        m = re.search(r"[a-zäöüßçğışéèàòùáíóúñõâêîôûåæøœ\u03ac-\u03ce] [”“„«»]?\b(?:Der|Die|Das|Il|La|Lo|Le|L’|The|They|It|Its|This|Bu|Şirket\w*|Az|Οι|Ο|Η)\b", p)
        out.append(f"capitalised sentence opener inside a sentence near {p[max(0, m.start() - 15):m.end() + 5]!r}")
    if re.search(r", [A-ZÄÖÜÁÉÍÓÚ][a-zäöüáéíóőúű]+ [a-zäöüáéíóőúű]", p) and lang in ("hu", "fi", "tr", "it", "es", "de"):
        m = re.search(r", ([A-ZÄÖÜÁÉÍÓÚ][a-zäöüáéíóőúű]+) ", p)
        if m.group(1) in ("Az", "A", "Die", "Der", "Das", "Il", "La", "El", "Los", "Las", "Bu", "Se", "Tämä"):
            out.append(f"comma followed by a capitalised article {m.group(1)!r}")
    if "&" in p or "<" in p:
        out.append("markup")
    if "\u202f" in p:
        out.append("narrow no-break space (used only by French)")
    if re.search(r"(?<!\d)\u00a0|\u00a0(?!\d)", p):
        out.append("no-break space outside a digit group")
    if '"' in p:
        out.append("straight double quote")
    months = MONTHS_DAYS.get(lang, "").split()
    for w in months:
        if re.search(r"[a-záéíóúäöőű,] " + w.capitalize() + r"\b", p):
            out.append(f"month or weekday {w!r} capitalised inside a sentence")
    # numbers
    dec_comma = lang in ("fi", "hu", "el", "tr", "es", "de", "it")
    if dec_comma and re.search(r"\d\.\d{1,2}\b(?!\.)", p):
        out.append("decimal point in a decimal-comma language")
    if dec_comma and re.search(r"\d,\d{3}\b", p):
        out.append("English thousands separator")
    if lang == "en" and re.search(r"\d,\d{1,2}\b|\d\.\d{3}\b", p):
        out.append("decimal comma or full stop as thousands separator in English")
    if lang in ("fi", "hu") and re.search(r"\d\.\d{3}\b", p):
        out.append("full stop as thousands separator (no-break space wanted)")
    if lang in ("fi", "hu") and re.search(r"\d \d{3}\b", p):
        out.append("plain space as thousands separator (no-break space wanted)")
    if lang in ("el", "tr", "es", "de", "it", "en") and re.search(r"\d[ \u00a0\u202f]\d{3}\b", p):
        out.append("space as thousands separator")
    if lang == "en" and re.search(r"\d h \d", p):
        out.append("French time format")
    # percent
    if lang in ("hu", "el", "es", "it") and re.search(r"\d[ \u00a0]%", p):
        out.append("space before %")
    if lang == "tr" and re.search(r"\d[ \u00a0]?%", p):
        out.append("percent sign after the number (Turkish writes %49)")
    if lang == "de" and "%" in p:
        out.append("% sign in running German news text (Prozent)")
    # quotation marks and apostrophes
    if lang == "fi":
        if re.search(r"[“„«»]", p):
            out.append("quotation marks other than ” ”")
        if p.count("”") % 2:
            out.append("odd number of ”")
        if "'" in p:
            out.append("straight apostrophe")
    if lang == "hu":
        if re.search(r"[“«»]", p):
            out.append("quotation marks other than „ ”")
        if p.count("„") != p.count("”"):
            out.append("unbalanced „ ”")
        if "'" in p:
            out.append("straight apostrophe")
    if lang == "el":
        if re.search(r"[“”„]", p):
            out.append("quotation marks other than « »")
        if p.count("«") != p.count("»"):
            out.append("unbalanced « »")
        if "?" in p:
            out.append("Latin question mark (Greek uses ;)")
    if lang == "tr":
        if re.search(r"[«»„]", p):
            out.append("quotation marks other than “ ”")
        if p.count("“") != p.count("”"):
            out.append("unbalanced “ ”")
        if "’" in p:
            out.append("curly apostrophe (the set's Turkish texts use ')")
    if lang == "es":
        if re.search(r"[“”„]", p):
            out.append("quotation marks other than « »")
        if p.count("«") != p.count("»"):
            out.append("unbalanced « »")
        if p.count("?") != p.count("¿") or p.count("!") != p.count("¡"):
            out.append("opening ¿ or ¡ missing")
        if "'" in p:
            out.append("straight apostrophe")
    if lang == "de":
        if re.search(r"[”«»]", p) or p.count("„") != p.count("“"):
            out.append("quotation marks other than „ “")
        if "'" in p:
            out.append("straight apostrophe")
    if lang == "it":
        if re.search(r"[“”„]", p):
            out.append("quotation marks other than « »")
        if p.count("«") != p.count("»"):
            out.append("unbalanced « »")
        if "'" in p:
            out.append("straight apostrophe")
    if lang == "en":
        if re.search(r"[«»„]", p):
            out.append("quotation marks other than “ ”")
        if p.count("“") != p.count("”"):
            out.append("unbalanced “ ”")
        if "'" in p:
            out.append("straight apostrophe")
    return out


def check(article, selftest):
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
            err(article, f"artefact {k} excerpt {a['excerpt']!r} occurs {n} times in paragraph {a['paragraph']}")
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
        if MACHINE in a["note"] or MACHINE in a["excerpt"]:
            err(article, f"artefact {k}: machine path")
    # 0-1 beads must carry an addition of the whole paragraph; 1-0 beads an omission
    for b in gold["alignment"]:
        if not b["source"]:
            for t in b["target"]:
                if not any(a["category"] == "addition" and a["paragraph"] == t and a["excerpt"] == tgt[t] for a in arts):
                    err(article, f"added target paragraph {t} not annotated as a whole-paragraph addition")
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
        for msg in lint(gold["target_lang"], tgt[c]):
            err(article, f"clean {gold['target_lang']} paragraph {c}: {msg}")
    if selftest:
        for i in sorted(dirty):
            cats = [a["category"] for a in arts if a["side"] == "target" and a["paragraph"] == i]
            print(f"  selftest {article} tgt {i} {cats or ['(omission)']}: {lint(gold['target_lang'], tgt[i]) or '-'}")
    return gold, src, tgt


def main():
    selftest = "--selftest" in sys.argv[1:]
    articles = sorted(x for x in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, x)) and not x.startswith("_"))
    if len(articles) != 8:
        errors.append(f"{len(articles)} articles, expected 8")
    for f in os.listdir(HERE):
        p = os.path.join(HERE, f)
        if os.path.isfile(p) and MACHINE in open(p, encoding="utf-8").read():
            errors.append(f"{f}: machine path")
    total, pairs, shapes_all = {}, set(), set()
    for a in articles:
        gold, src, tgt = check(a, selftest)
        pairs.add((gold["source_lang"], gold["target_lang"]))
        for x in gold["artefacts"]:
            total[x["category"]] = total.get(x["category"], 0) + 1
        shapes = [f"{len(b['source'])}-{len(b['target'])}" for b in gold["alignment"] if (len(b['source']), len(b['target'])) != (1, 1)]
        shapes_all |= set(shapes)
        print(f"{a}: {gold['source_lang']}->{gold['target_lang']} {len(src)}/{len(tgt)} beads {shapes or 'all 1-1'} "
              f"artefacts {len(gold['artefacts'])} clean {len(gold['clean_target_paragraphs'])}")
    if pairs != PAIRS:
        errors.append(f"language pairs {sorted(pairs)} differ from {sorted(PAIRS)}")
    for want in ("1-2", "2-1", "0-1", "1-0"):
        if want not in shapes_all:
            errors.append(f"no {want} bead in the set")
    print("total", sum(total.values()), dict(sorted(total.items(), key=lambda kv: -kv[1])))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
