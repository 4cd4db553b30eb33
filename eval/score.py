#!/usr/bin/env python3
"""Score a TypedCorpus export against a gold file (the export and gold format of the TypedCorpus corpus model).

usage: score.py --gold GOLD.json --export EXPORT.json [--require METRIC=MIN ...] [--verbose]

Prints one row per metric and a last line 'score: ...'. Exits 1 when a --require
threshold is not met, 2 on unusable input, else 0.
"""
import argparse, json, re, sys, unicodedata

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def norm_quote(s):
    s = norm(s) or ""
    while True:
        t = re.sub(r"[\s,;:.]+$", "", s.strip(QUOTE_MARKS + " "))
        if t == s:
            return s.casefold()
        s = t


def norm_loose(s):
    s = norm(s)
    if s is None:
        return None
    s = re.sub(r"^\d+\.\s*", "", s)          # section numbering
    return s.rstrip(" .:").casefold()


class Canon:
    def __init__(self, aliases, equiv):
        self.aliases = {k.casefold(): v for k, v in aliases.items()}
        self.equiv = {k.casefold(): v.casefold() for k, v in equiv.items()}

    def name(self, s):
        s = norm(s) or ""
        return self.aliases.get(s.casefold(), s).casefold()

    def names(self, xs):
        return frozenset(self.name(x) for x in (xs or []))

    def party(self, s):
        n = self.name(s)
        return self.equiv.get(n, n)

    def parties(self, xs):
        return frozenset(self.party(x) for x in (xs or []))


class Tally:
    def __init__(self):
        self.rows = {}

    def add(self, metric, good, total):
        g, t = self.rows.get(metric, (0, 0))
        self.rows[metric] = (g + good, t + total)

    def ratio(self, metric):
        g, t = self.rows.get(metric, (0, 0))
        return 1.0 if t == 0 else g / t


def prf(tally, name, tp, n_pred, n_gold):
    tally.add(name + ".precision", tp, n_pred)
    tally.add(name + ".recall", tp, n_gold)


def f1(t, name):
    p, r = t.ratio(name + ".precision"), t.ratio(name + ".recall")
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def set_prf(t, name, pred, gold, optional=()):
    pred, gold, optional = set(pred), set(gold), set(optional)
    tp = len(pred & gold)
    counted_pred = len(pred - (optional - gold))
    prf(t, name, tp, counted_pred, len(gold))
    return pred - gold - optional, gold - pred


def score(gold, export, verbose):
    canon = Canon(gold.get("aliases", {}), gold.get("partyEquivalents", {}))
    by_file = {}
    for a in export.get("articles", []):
        f = (a.get("file") or "").replace("\\", "/").split("/")[-1]
        by_file[f] = a
    t = Tally()
    notes = []
    for g in gold["articles"]:
        e = by_file.get(g["file"])
        if e is None:
            notes.append(f"{g['file']}: missing from export")
            e = {}
        f = g["file"]
        for field in ("title", "subtitle", "outlet", "dateline", "date", "author"):
            if field not in g:
                continue
            ok = norm_loose(e.get(field)) == norm_loose(g.get(field))
            t.add("meta." + field, int(ok), 1)
            t.add("meta.all", int(ok), 1)
            if not ok:
                notes.append(f"{f}: {field} = {e.get(field)!r}, gold {g.get(field)!r}")
        for field, opt in (("sections", None), ("related", None), ("citedSources", "citedSourcesOptional")):
            if field not in g:
                continue
            extra, missing = set_prf(t, field, [norm_loose(x) for x in e.get(field, []) or []],
                                     [norm_loose(x) for x in g[field]],
                                     [norm_loose(x) for x in g.get(opt, [])] if opt else [])
            for x in extra: notes.append(f"{f}: {field} has extra {x!r}")
            for x in missing: notes.append(f"{f}: {field} misses {x!r}")
        if "people" in g:
            extra, missing = set_prf(t, "people", canon.names(e.get("people")), canon.names(g["people"]))
            for x in extra: notes.append(f"{f}: people has extra {x!r}")
            for x in missing: notes.append(f"{f}: people misses {x!r}")
        for field, key in (("paragraphs", "paragraphLines"), ("listItems", "listItemLines"), ("captions", "captionLines")):
            if key not in g:
                continue
            pred = [x.get("line") for x in e.get(field, []) or []]
            extra, missing = set_prf(t, "structure." + field, pred, g[key])
            if extra: notes.append(f"{f}: {field} at extra lines {sorted(extra)}")
            if missing: notes.append(f"{f}: {field} missing lines {sorted(missing)}")
        paras = e.get("paragraphs") or []
        ok = "firstParagraphStartsWith" not in g or bool(paras) and norm(paras[0].get("text", "")).startswith(norm(g["firstParagraphStartsWith"]))
        if "firstParagraphStartsWith" in g:
            t.add("structure.datelineStripped", int(ok), 1)
        if not ok:
            notes.append(f"{f}: first paragraph does not start with {g['firstParagraphStartsWith']!r}")
        if "captionCredits" in g:
            extra, missing = set_prf(t, "captions.credit", [norm_loose(c.get("credit")) for c in e.get("captions", []) or []],
                                     [norm_loose(c) for c in g["captionCredits"]])
        # quotes
        pred_q = list(e.get("quotes", []) or [])
        used = set()
        tp = 0
        for gq in g["quotes"]:
            match = None
            for i, pq in enumerate(pred_q):
                if i in used:
                    continue
                if pq.get("line") == gq["line"] and norm_quote(pq.get("text")) == norm_quote(gq["text"]):
                    match = i
                    break
            if match is None:
                notes.append(f"{f}: quote missed at line {gq['line']}: {gq['text'][:50]!r}")
                continue
            used.add(match)
            tp += 1
            pq = pred_q[match]
            kinds = {"partial", "term"} if gq.get("lenient") else {gq["kind"]}
            ok = pq.get("kind") in kinds
            t.add("quotes.kind", int(ok), 1)
            if not ok:
                notes.append(f"{f}: quote line {gq['line']} kind {pq.get('kind')!r}, gold {gq['kind']!r}")
            if gq.get("speakers") is None:
                continue
            accepted = [canon.names(gq["speakers"])] + [canon.names(s) for s in gq.get("speakersAlt", [])]
            if gq.get("lenient"):
                accepted.append(frozenset())
            got = canon.names(pq.get("speakers"))
            ok = got in accepted
            t.add("quotes.speakers", int(ok), 1)
            if got:  # of the quotes the extractor attributes, how many it attributes rightly (a wrong fact is worse than none)
                t.add("quotes.speakers.answeredRight", int(ok), 1)
            t.add("quotes.speakers.answered", int(bool(got) or frozenset() in accepted), 1)
            if gq["kind"] in ("direct",):
                t.add("quotes.speakers.direct", int(ok), 1)
            if not ok:
                notes.append(f"{f}: quote line {gq['line']} speakers {sorted(got)}, gold {sorted(accepted[0])}")
            if gq.get("verb") and gq["kind"] == "direct":
                ok = (norm(pq.get("verb")) or "").casefold() == norm(gq["verb"]).casefold()
                t.add("quotes.verb", int(ok), 1)
            for attr in ("addressee", "via"):
                if gq.get(attr):
                    ok = canon.name(pq.get(attr) or "") == canon.name(gq[attr])
                    t.add("quotes." + attr, int(ok), 1)
                    if not ok:
                        notes.append(f"{f}: quote line {gq['line']} {attr} {pq.get(attr)!r}, gold {gq[attr]!r}")
        optional = {(o["line"], norm_quote(o["text"])) for o in g.get("optionalQuotes", [])}
        n_optional = 0
        for i, pq in enumerate(pred_q):
            if i in used:
                continue
            if (pq.get("line"), norm_quote(pq.get("text"))) in optional:
                n_optional += 1
                continue
            notes.append(f"{f}: extra quote at line {pq.get('line')}: {str(pq.get('text'))[:50]!r}")
        prf(t, "quotes", tp, len(pred_q) - n_optional, len(g["quotes"]))
        # agreements
        if "agreements" not in g:
            continue
        pred_a = list(e.get("agreements", []) or [])
        used = set()
        required = [x for x in g["agreements"] if not x.get("optional")]
        tp = 0
        matched_optional = 0
        for ga in g["agreements"]:
            match = None
            for i, pa in enumerate(pred_a):
                if i in used or pa.get("line") != ga["line"]:
                    continue
                text = (norm(pa.get("text")) or "").casefold()
                title = norm_loose(pa.get("title"))
                if norm(ga["key"]).casefold() in text or (ga.get("title") and title == norm_loose(ga["title"])):
                    match = i
                    break
            if match is None:
                if not ga.get("optional"):
                    notes.append(f"{f}: agreement missed at line {ga['line']}: {ga['key']!r}")
                continue
            used.add(match)
            if ga.get("optional"):
                matched_optional += 1
                continue
            tp += 1
            pa = pred_a[match]
            ok = pa.get("kind") == ga["kind"]
            t.add("agreements.kind", int(ok), 1)
            if not ok:
                notes.append(f"{f}: agreement line {ga['line']} kind {pa.get('kind')!r}, gold {ga['kind']!r}")
            ok = canon.parties(pa.get("parties")) == canon.parties(ga["parties"])
            t.add("agreements.parties", int(ok), 1)
            if not ok:
                notes.append(f"{f}: agreement line {ga['line']} parties {pa.get('parties')}, gold {ga['parties']}")
            if ga.get("title"):
                ok = norm_loose(pa.get("title")) == norm_loose(ga["title"])
                t.add("agreements.title", int(ok), 1)
            if ga.get("date"):
                ok = (pa.get("date") or "") == ga["date"]
                t.add("agreements.date", int(ok), 1)
                if not ok:
                    notes.append(f"{f}: agreement line {ga['line']} date {pa.get('date')!r}, gold {ga['date']!r}")
        for na in g.get("notAgreements", []):
            for i, pa in enumerate(pred_a):
                if pa.get("line") == na["line"] and na["key"].casefold() in (norm(pa.get("text")) or "").casefold():
                    notes.append(f"{f}: line {na['line']} is not an agreement ({na['why']})")
        for i, pa in enumerate(pred_a):
            if i not in used:
                notes.append(f"{f}: extra agreement at line {pa.get('line')}: {str(pa.get('text'))[:50]!r}")
        t.add("agreements.precision", tp + matched_optional, len(pred_a))
        t.add("agreements.recall", tp, len(required))
    return t, notes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--export", required=True)
    ap.add_argument("--require", action="append", default=[], help="METRIC=MIN, e.g. quotes.f1=0.95")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    try:
        gold = json.load(open(a.gold, encoding="utf-8"))
        export = json.load(open(a.export, encoding="utf-8-sig"))
    except (OSError, ValueError) as ex:
        print(f"score.py: cannot read input: {ex}", file=sys.stderr)
        return 2
    t, notes = score(gold, export, a.verbose)
    metrics = {k: t.ratio(k) for k in sorted(t.rows)}
    for name in ("quotes", "agreements", "people", "related", "sections", "citedSources",
                 "structure.paragraphs", "structure.listItems", "structure.captions"):
        metrics[name + ".f1"] = f1(t, name)
    width = max(len(k) for k in metrics)
    for k in sorted(metrics):
        g, n = t.rows.get(k, ("", ""))
        print(f"{k:<{width}}  {metrics[k]:.3f}  {g}/{n}" if n != "" else f"{k:<{width}}  {metrics[k]:.3f}")
    if a.verbose or len(notes) <= 40:
        for n in notes:
            print("  - " + n)
    else:
        print(f"  ({len(notes)} differences; --verbose lists them)")
    failed = []
    for req in a.require:
        k, _, v = req.partition("=")
        if k not in metrics:
            failed.append(f"{k}=no-data")
        elif metrics[k] + 1e-9 < float(v):
            failed.append(f"{k}={metrics[k]:.3f}<{v}")
    head = ["quotes.f1", "quotes.speakers", "quotes.kind", "meta.all", "agreements.f1", "structure.paragraphs.f1"]
    shown = " ".join(f"{k}={metrics[k]:.3f}" if k in metrics else f"{k}=n/a" for k in head)
    print("score: " + shown + (" FAILED " + ",".join(failed) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
