#!/usr/bin/env python3
"""Convert a PFSA-ID split (token-per-line CoNLL, BILOU labels) into plain-text
articles plus a TypedCorpus gold file (the seeds.gold.json shape) for score.py.

Source corpus: PFSA-ID / PFSA-ID-MED by Purnomo W.P. et al., Kompas news articles,
repository github.com/sigit-purnomo/pfsa-id-dl (LICENSE: CC BY-NC-SA since 2024-03-07,
MIT before). Converted for evaluation only; python3 standard library only.

usage:
  pfsa_convert.py --report [--src DIR]
      documents per split file and the document overlap between every pair of files
  pfsa_convert.py --check DIR [--exports PREFIX]
      every gold quote's text lies on its line; writes a perfect and an empty export
  pfsa_convert.py --split FILE --out DIR [--part dev|heldout] [--exclude FILE ...]
                  [--one-sentence-per-line]
      write DIR/pfsa_NNN.txt and DIR/gold.json. --part keeps the documents whose SHA-1
      is even (dev) or odd (heldout), for when every split overlaps; --exclude drops the
      documents (same hash, or most sentences shared) of another split file.

Documents. The files carry no -DOCSTART- or double-blank-line marker. A document opens
with a Kompas dateline ("JAKARTA , KOMPAS —", "Jakarta , Kompas -", "KOMPAS , BANYUWANGI —",
"JAKARTA —"), follows an author credit line ("( AGE )", "MDN / DVD / FRD )"), or, for
features without a dateline, is recovered from the one-ISSUE-span-per-article annotation:
a second ISSUE inside a segment means a new article, whose first sentence is placed by
lexical cohesion between the two ISSUE sentences (place_start). Documents are identified
by the SHA-1 of their token sequence.

Text. One sentence per line, except that the sentences of one quotation stay on the line
where it opens (Kompas prints a quoted passage as one paragraph; the CoNLL sentence
splitter cut it); --one-sentence-per-line turns that off. The splitter left every
quotation's opening mark (and some "(") at the end of the previous sentence; they are moved
to the sentence they open. Kompas prints U+201D for both opening and closing marks: the
characters are kept, and only spacing uses the open/close decision (the marks of STATEMENT
spans first, then alternation; the two agree on all but 7 of 5,491 marks).

Gold. quotes: STATEMENT spans enclosed in quotation marks, kind "direct"; text = what
lies between the marks; line = line of the opening mark; verb = the adjacent CUE/CUECOREF
token; speakers = [canonical name] (the fullest PERSON name of the article containing the
mention, titles and ranks stripped) or null when labels and text do not determine it;
speakersAlt = other accepted forms (the labelled form with its rank, the form before a
surname extension). The speaker is the PERSON/PERSONCOREF named after the cue ("kata
Presiden" -> the person "Presiden" introduces in the article); for "katanya"/"ujarnya"
and pronouns, the subject of the nearest earlier verb of saying, "menurut X", or the last
person named, and null when that is a person nobody labelled. optionalQuotes: every other
pair of quotation marks (unlabelled quotes of private persons, scare quotes, quotes nested
in a statement, statements with a missing mark), which an extractor may find at no cost.
"""
import argparse, collections, glob, hashlib, json, os, re, sys

DQ = {"\u201d", "\u201c", '"'}          # double quotation marks as tokens
SQ = {"\u2019", "\u2018", "'"}          # single quotation marks as tokens
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%"}
NO_SPACE_AFTER = {"(", "[", "{"}
DASHES = {"\u2014", "\u2013", "-", "--"}

# Words that are titles/ranks/roles, stripped from the front of a PERSON span to get the
# canonical name ("Komisaris Besar Yusri Yunus" -> "Yusri Yunus").
TITLE_WORDS = set("""
Ajun Komisaris Besar Jenderal Jendral Inspektur Satu Dua Brigadir Brigjen Irjen Kombes Kompol AKBP AKP
Letnan Kolonel Mayor Kapten Laksamana Marsekal Pertama Muda Madya Monsinyur Mgr Pastor Romo Pendeta
Prof Profesor Dr dr drg dokter gigi Ir KH H Hj Haji Hajah Ustaz Ustad Habib Kiai
Presiden Wakil Wapres Gubernur Wagub Bupati Wabup Wali Kota Wawali Walkot Menteri Menko Mendagri
Ketua Kepala Kapolri Kapolda Kapolres Kapolsek Pangdam Panglima Jaksa Sekjen Dirut Direktur
Pol Polisi TNI Purn Inf Czi Mar kes Sus Laut Letjen Pnb Kav Arh Kes Bapak Ibu Pak Bu Saudara
Sekda Kadis Kabid Kasat Kasi Camat Lurah Rektor Dekan Dirjen Irjen
Mensos Menkeu Menkes Menlu Menhan Mendikbud Menag Menaker Menhub Mendag Menperin Mentan Menpora
Menkominfo Menristek Menparekraf Menpan Menkumham Menteri Kabareskrim Kadiv Kabag Kanit Kajati
Kajari Kapuspen Dandim Danrem Kasad Kasal Kasau Danjen Pangkostrad Jubir
""".split())
PRONOUNS = {"dia", "ia", "beliau", "nya", "mereka", "dirinya"}
STOP = set("""
yang dengan untuk dalam pada tidak akan juga dari karena sudah masih bisa atau tersebut
ini itu kata ujar katanya ujarnya mereka kami kita saya telah oleh lebih menjadi adalah para
seperti hingga sejak antara bagi namun tetapi saat harus dapat ada hal orang tahun setelah
kepada terhadap sebagai serta sehingga agar jika kalau secara masa hari sekitar sebelum
belum pihak dengan apa sangat lagi sama semua bahwa tahun-tahun mengatakan menurut tutur
""".split())


# --------------------------------------------------------------------------- reading

def read_conll(path):
    """-> list of sentences; a sentence is a list of (token, label)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, _, lab = line.rpartition("\t")
            if not tok:
                tok, lab = lab, "O"
            cur.append((tok, lab.strip() or "O"))
    if cur:
        sents.append(cur)
    return sents


def spans_of(labels):
    """BILOU labels -> list of (type, first, last) over the given index space (tolerant)."""
    out, cur = [], None
    for i, lab in enumerate(labels):
        if lab == "O" or "-" not in lab:
            cur = None
            continue
        p, typ = lab.split("-", 1)
        if p in ("B", "U") or cur is None or cur[0] != typ:
            cur = [typ, i, i]
            out.append(cur)
        cur[2] = i
        if p in ("L", "U"):
            cur = None
    return [tuple(s) for s in out]


# --------------------------------------------------------------------------- documents

def is_dateline(toks):
    """'JAKARTA , KOMPAS —', 'LOMBOK UTARA , KOMPAS —', 'Jakarta , Kompas -', 'KOMPAS , BANYUWANGI —',
    'JAKARTA —'."""
    low = [t.lower() for t in toks[:9]]
    if "kompas" not in low:
        j = 0
        while j < len(toks) and j < 4 and toks[j].isupper() and len(toks[j]) >= 3 and toks[j].isalpha():
            j += 1
        return 1 <= j < len(toks) - 1 and toks[j] in ("\u2014", "\u2013") and toks[j + 1][:1].isupper()
    k = low.index("kompas")
    if k == 0:  # KOMPAS , CITY —
        if len(toks) > 3 and toks[1] == ",":
            j = 2
            while j < len(toks) and j < 7 and toks[j].isupper():
                j += 1
            return j > 2 and j < len(toks) and toks[j] in DASHES
        return False
    if k < 2 or toks[k - 1] != "," or k + 1 >= len(toks) or toks[k + 1] not in DASHES | {","}:
        return False
    city = toks[:k - 1]
    return all(t.isupper() or t[:1].isupper() for t in city) and 1 <= len(city) <= 5


CREDIT_RE = re.compile(r"^\(?\s*[A-Z][A-Z0-9]{1,}(?:\s+[A-Z][A-Z0-9]+)*(?:\s*/\s*[A-Z][A-Z0-9]+)*\s*\)$")


def is_credit(toks):
    """Author-initials credit that ends a Kompas article: '( AGE )', 'MDN / DVD / FRD )', 'LITBANG KOMPAS )'."""
    s = " ".join(toks)
    return len(toks) <= 12 and bool(CREDIT_RE.match(s))


def content_words(toks):
    out = []
    for t in toks:
        w = t.lower()
        if len(w) >= 4 and w.isalpha() and w not in STOP:
            out.append(w)
            if t[:1].isupper():
                out.append(w)  # names weigh double
    return collections.Counter(out)


def cos(a, b):
    if not a or not b:
        return 0.0
    num = sum(v * b.get(k, 0) for k, v in a.items())
    den = (sum(v * v for v in a.values()) * sum(v * v for v in b.values())) ** 0.5
    return num / den if den else 0.0


CONTINUATION_STARTS = {"namun", "tetapi", "karena", "sementara", "selain", "ia", "dia", "mereka",
                       "hal", "itu", "dengan", "oleh", "kemudian", "lalu", "bahkan", "padahal",
                       "akibatnya", "sedangkan", "adapun", "katanya", "ujarnya", "menurut", "kata",
                       "ternyata", "meski", "meskipun", "apalagi", "jadi", "sayangnya", "pihaknya",
                       "kami", "saya", "kita", "saat", "tak", "hanya"}


def place_start(sents, words, lo, hi, open_after, seg_start, W=8, bias=0.05, max_cos=0.19):
    """Choose the first sentence of a dateline-less article somewhere in (lo, hi]: the
    sentence where the vocabulary of the W sentences before it is least like that of the
    text from it to the ISSUE sentence (lexical cohesion), with a small preference for the
    ISSUE sentence itself. None when nothing qualifies or the best place is still cohesive
    (cosine > max_cos): then the ISSUE is a second one of the same article. Tuned on 22
    boundaries known from PFSA-ID-MED's different document order or from reading (20 placed
    exactly); the dev-20/30/40 splits then hold 204/306/408 documents, the sizes a 20/30/40 %
    split of the corpus's 1,018 articles gives."""

    def block(a, b):
        c = collections.Counter()
        for x in range(a, b):
            c.update(words[x])
        return c

    best, best_score, raw = None, None, None
    for b in range(max(lo + 2, seg_start + 3), hi + 1):
        if open_after[b - 1]:          # inside a quotation
            continue
        first = [t for t, _ in sents[b][:3]]
        if b < hi and (first[0][:1].islower() or first[0].lower() in CONTINUATION_STARTS):
            continue                   # (the ISSUE sentence may be a lead: "Selain petugas ...")
        if b < hi and len(first) > 1 and first[0][:1].isupper() and (
                first[1] in SPEECH_VERBS or first[1:2] == [","] and first[2:3] and first[2] in SPEECH_VERBS):
            continue                   # "Seto mengatakan, ..." continues an article
        c = cos(block(max(lo, b - W), b), block(b, max(hi + 1, b + W)))
        score = c - (bias if b == hi else 0.0)
        if best_score is None or score < best_score:
            best, best_score, raw = b, score, c
    if best is None or raw > max_cos:
        return None                    # no clear break: a second ISSUE inside one article
    return best


def quote_open_after(sents):
    """For each sentence: is a double quotation open at its end (file-level alternation
    resynchronised on STATEMENT spans)? Used only to keep boundaries out of quotes."""
    toks, labs, sid = [], [], []
    for i, s in enumerate(sents):
        for t, l in s:
            toks.append(t)
            labs.append(l)
            sid.append(i)
    anchors = {}
    for typ, a, b in spans_of(labs):
        if typ == "STATEMENT":
            ms = [k for k in range(a, b + 1) if mark_kind(toks[k]) == "D"]
            if len(ms) >= 2:
                anchors[ms[0]] = "open"
                anchors[ms[-1]] = "close"
    state = False
    out = [False] * len(sents)
    for k, t in enumerate(toks):
        if mark_kind(t) == "D":
            role = anchors.get(k) or ("close" if state else "open")
            state = role == "open"
        if k + 1 == len(toks) or sid[k + 1] != sid[k]:
            out[sid[k]] = state
    return out


def segment(sents):
    """-> list of (first, end) sentence ranges."""
    n = len(sents)
    toks = [[t for t, _ in s] for s in sents]
    starts = {0}
    for i in range(n):
        if is_dateline(toks[i]):
            starts.add(i)
        if is_credit(toks[i]) and i + 1 < n:
            starts.add(i + 1)
    issue = [i for i, s in enumerate(sents) if any(l in ("B-ISSUE", "U-ISSUE") for _, l in s)]
    open_after = quote_open_after(sents)
    words = [content_words(t) for t in toks]
    bounds = sorted(starts)
    extra = []
    for si, a in enumerate(bounds):
        e = bounds[si + 1] if si + 1 < len(bounds) else n
        iss = [i for i in issue if a <= i < e]
        prev, start = (iss[0] if iss else None), a
        for j in iss[1:]:
            b = place_start(sents, words, prev, j, open_after, start)
            if b is not None:
                extra.append(b)
                start = b
            prev = j
    bounds = sorted(set(bounds) | set(extra))
    return [(a, bounds[k + 1] if k + 1 < len(bounds) else n) for k, a in enumerate(bounds)]


def doc_hash(sents):
    h = hashlib.sha1()
    h.update(" ".join(t for s in sents for t, _ in s).encode("utf-8"))
    return h.hexdigest()


def load_docs(path):
    sents = read_conll(path)
    return [sents[a:b] for a, b in segment(sents)]


# --------------------------------------------------------------------------- one document

def mark_kind(tok):
    """'D' double quotation mark token, 'S' single one, '' otherwise."""
    if tok in DQ:
        return "D"
    if tok in SQ:
        return "S"
    return ""


class Tok:
    __slots__ = ("t", "lab", "sent", "glue", "role", "orig")

    def __init__(self, t, lab, sent, orig):
        self.t, self.lab, self.sent, self.orig = t, lab, sent, orig
        self.glue = False      # no space between this token and the next (was one token)
        self.role = None       # 'open' / 'close' for quotation marks


def split_glued(t):
    """'”Di' -> ['”', 'Di']; 'ini”' -> ['ini', '”']; other tokens unchanged."""
    parts = [t]
    if len(t) > 1 and t[0] in DQ and t[1:2].isalnum():
        parts = [t[0], t[1:]]
    if len(parts[-1]) > 1 and parts[-1][-1] in DQ and parts[-1][-2:-1].isalnum():
        parts = parts[:-1] + [parts[-1][:-1], parts[-1][-1]]
    return parts


class Doc:
    def __init__(self, sents):
        self.sents_in = sents
        self.toks = []
        orig_labels = []
        self.map = []          # original token index -> list of Tok indices
        for si, s in enumerate(sents):
            for t, l in s:
                oi = len(orig_labels)
                orig_labels.append(l)
                idx = []
                parts = split_glued(t)
                for pi, p in enumerate(parts):
                    tk = Tok(p, l, si, oi)
                    tk.glue = pi + 1 < len(parts)
                    idx.append(len(self.toks))
                    self.toks.append(tk)
                self.map.append(idx)
        self.spans = [(typ, self.map[a][0], self.map[b][-1]) for typ, a, b in spans_of(orig_labels)]
        self.classify_marks()
        self.pair_marks()
        self.layout_sentences()
        self.dl_dash = set()
        if self.sentences:
            s0 = self.sentences[0]
            words = [self.toks[k].t for k in s0]
            if is_dateline(words):
                low = [w.lower() for w in words]
                kk = low.index("kompas") if "kompas" in low[:9] else 0
                x = kk + 1 if kk else next((y for y in range(1, len(words)) if words[y] in DASHES), None)
                while x is not None and x < len(words) and words[x] in DASHES:
                    self.dl_dash.add(s0[x])
                    x += 1

    # ---- quotation marks
    def classify_marks(self):
        T = self.toks
        anchors = {}
        self.statements = [(a, b) for typ, a, b in self.spans if typ == "STATEMENT"]
        for a, b in self.statements:
            ms = [k for k in range(a, b + 1) if mark_kind(T[k].t) == "D"]
            if len(ms) >= 2:
                anchors[ms[0]] = "open"
                anchors[ms[-1]] = "close"
                inner = ms[1:-1]
                for n, k in enumerate(inner):
                    anchors[k] = "open" if n % 2 == 0 else "close"
            elif len(ms) == 1:
                k = ms[0]
                tail = [T[x].t for x in range(k + 1, b + 1)]
                anchors[k] = "close" if all(x in NO_SPACE_BEFORE for x in tail) else "open"
        state = False
        for k, tk in enumerate(T):
            if mark_kind(tk.t) != "D":
                continue
            role = anchors.get(k)
            if role is None:
                role = "close" if state else "open"
            tk.role = role
            state = role == "open"
        # single marks: pair inside a sentence; an unpaired one is an apostrophe
        by_sent = collections.defaultdict(list)
        for k, tk in enumerate(T):
            if mark_kind(tk.t) == "S":
                by_sent[tk.sent].append(k)
        for ks in by_sent.values():
            for n, k in enumerate(ks):
                if n == len(ks) - 1 and len(ks) % 2 == 1:
                    T[k].role = "apos"
                else:
                    T[k].role = "open" if n % 2 == 0 else "close"

    def pair_marks(self):
        """Double marks: an opening mark pushes, a closing one pops. Single marks pair in order."""
        T = self.toks
        self.pairs, stack = [], []
        for k, tk in enumerate(T):
            if mark_kind(tk.t) == "D":
                if tk.role == "open":
                    stack.append(k)
                elif stack:
                    self.pairs.append((stack.pop(), k))
        self.spairs, sopen = [], None
        for k, tk in enumerate(T):
            if mark_kind(tk.t) == "S" and tk.role in ("open", "close"):
                if tk.role == "open":
                    sopen = k
                elif sopen is not None:
                    self.spairs.append((sopen, k))
                    sopen = None
        self.inside = [False] * len(T)
        for o, c in self.pairs:
            for k in range(o, c + 1):
                self.inside[k] = True

    # ---- sentences and lines
    def layout_sentences(self):
        T = self.toks
        sents = collections.defaultdict(list)
        for k, tk in enumerate(T):
            sents[tk.sent].append(k)
        order = [sents[i] for i in sorted(sents)]
        # move opening marks / "(" left at the end of a sentence to the next one
        for i in range(len(order) - 1):
            s = order[i]
            moved = []
            while len(s) > 1 and (T[s[-1]].role == "open" or T[s[-1]].t in NO_SPACE_AFTER):
                moved.insert(0, s.pop())
            order[i + 1] = moved + order[i + 1]
        # and closing marks that open a sentence back to the previous one
        for i in range(1, len(order)):
            s = order[i]
            while len(s) > 1 and T[s[0]].role == "close" and mark_kind(T[s[0]].t) == "D":
                order[i - 1].append(s.pop(0))
        self.sentences = [s for s in order if s]
        for i, s in enumerate(self.sentences):
            for k in s:
                T[k].sent = i

    def lines(self, join_quotes=True, max_join=15):
        """Group sentences into lines: a sentence inside a (paired) double quotation that
        closes within max_join sentences continues the line where the quotation opened."""
        sents = self.sentences
        if not join_quotes:
            return [list(s) for s in sents]
        sent_of = {k: i for i, s in enumerate(sents) for k in s}
        reach = [i for i in range(len(sents))]      # the line must run on to this sentence
        for o, c in self.pairs:
            so, sc = sent_of[o], sent_of[c]
            if sc > so and sc - so <= max_join:
                for i in range(so, sc):
                    reach[i] = max(reach[i], sc)
        out, cur, until = [], [], -1
        for i, s in enumerate(sents):
            cur.extend(s)
            until = max(until, reach[i])
            if i >= until:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        return out

    # ---- rendering
    def space_between(self, i, j):
        """Should a space separate tokens i and j (consecutive on a line)?"""
        T = self.toks
        a, b = T[i], T[j]
        if a.glue:
            return False
        if i in self.dl_dash or j in self.dl_dash:
            return True                                  # dateline "KOMPAS — Text", "KOMPAS - Text"
        if a.role == "open":
            return False
        if b.role in ("close", "apos"):
            return False
        if b.t in NO_SPACE_BEFORE or a.t in NO_SPACE_AFTER:
            return False
        if b.t.startswith("-") and len(b.t) > 1:        # "-nya"
            return False
        if b.t in ("’s", "'s"):
            return False
        if b.t in ("-", "/") or a.t in ("-", "/"):
            return False                                 # Covid-19, 13/4/2020
        if (b.t == "\u2013" and a.t[-1:].isdigit()) or (a.t == "\u2013" and b.t[:1].isdigit()):
            return False
        return True

    def render(self, join_quotes=True):
        """-> list of line strings; sets self.pos[k] = (line_no, start, end) per token."""
        self.pos = {}
        lines = []
        for ln, toks in enumerate(self.lines(join_quotes), 1):
            buf = ""
            for n, k in enumerate(toks):
                if n and self.space_between(toks[n - 1], k):
                    buf += " "
                self.pos[k] = (ln, len(buf), len(buf) + len(self.toks[k].t))
                buf += self.toks[k].t
            lines.append(buf)
        self.text_lines = lines
        return lines


# --------------------------------------------------------------------------- names

def strip_titles(words):
    """Drop leading titles/ranks and parenthesised rank qualifiers; keep the name."""
    w = list(words)
    while w:
        if w[0] in TITLE_WORDS:       # lowercase ones too: "dokter", "drg"; not "politisi …"
            w.pop(0)
        elif w[0] == "(" and ")" in w[:5]:
            w = w[w.index(")") + 1:]
        else:
            break
    while w and w[-1] in (",", "(", ")"):
        w.pop()
    return w


def is_name(words):
    core = strip_titles(words)
    if len(core) == 1 and core[0].lower() in PRONOUNS:
        return False
    return bool(core) and all(x[:1].isupper() or x[:1].isdigit() or x in ("’", "-") for x in core) and len(core) <= 6


SPEECH_VERBS = set("""
mengatakan menuturkan menjelaskan menyebutkan menyebut menambahkan mengungkapkan menegaskan
menyatakan mengakui berharap mengimbau meminta memaparkan menerangkan menilai berpendapat
mengemukakan menyampaikan mengingatkan menekankan mengutarakan membenarkan mengaku bercerita
berujar berkata bertutur mengklaim memastikan""".split())


CALENDAR = set("""Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni
Juli Agustus September Oktober November Desember""".split())


def is_name_token(t):
    return (t[:1].isupper() and t not in TITLE_WORDS and t.lower() not in PRONOUNS
            and any(ch.isalpha() for ch in t)) or t == "\u2019"


def contains(big, small):
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


class Namer:
    """The fullest PERSON name (titles stripped) of the document that contains the
    mention; failing that, the only such name in the split; else the mention itself."""

    def __init__(self, split_people):
        self.split_people = split_people     # list of title-stripped PERSON names (tuples)

    def canon(self, core, doc_people, pos):
        core = list(core)
        cands = [(p, at, raw) for p, at, raw in doc_people if contains(list(p), core)]
        if cands:
            longest = max(len(p) for p, _, _ in cands)
            cands = [c for c in cands if len(c[0]) == longest]
            before = [c for c in cands if c[1] <= pos]
            pick = max(before, key=lambda c: c[1]) if before else min(cands, key=lambda c: c[1])
            return " ".join(pick[0]), pick[2]
        split = {p for p in self.split_people if contains(list(p), core) and len(p) > len(core)}
        if len(split) == 1:
            p = split.pop()
            return " ".join(p), None
        return " ".join(core), None


# --------------------------------------------------------------------------- gold

class Converter:
    def __init__(self, docs, join_quotes=True):
        self.docs = docs
        self.join = join_quotes
        self.cue_words = set()
        self.split_people = set()
        self.lower_vocab = set()        # words seen in lower case: not proper names
        self.split_nicknames = set()    # name-like PERSONCOREF forms no PERSON contains ("Jokowi")
        self.org_words = set()          # capitalised words of AFFILIATION / LOCATION spans
        self.trace = []
        self.stats = collections.Counter()

    def prepare(self):
        self.objs = [Doc(s) for s in self.docs]
        for d in self.objs:
            for typ, a, b in d.spans:
                words = [d.toks[k].t for k in range(a, b + 1)]
                if typ == "PERSON" and is_name(words):
                    self.split_people.add(tuple(strip_titles(words)))
                if typ == "PERSONCOREF" and is_name(words):
                    self.split_nicknames.add(tuple(strip_titles(words)))
                if typ in ("AFFILIATION", "LOCATION"):
                    self.org_words.update(w for w in words if w[:1].isupper())
                if typ in ("CUE", "CUECOREF") and a == b:
                    self.cue_words.add(words[0].lower())
            self.lower_vocab.update(t.t for t in d.toks if t.t.islower())
        self.split_nicknames = {n for n in self.split_nicknames
                                if not any(contains(list(p), list(n)) for p in self.split_people)}
        self.namer = Namer(sorted(self.split_people))

    # ---- people of a document
    def mentions(self, d):
        """PERSON / PERSONCOREF spans in order: (first, last, type, words)."""
        return [(a, b, typ, [d.toks[k].t for k in range(a, b + 1)]) for typ, a, b in d.spans
                if typ in ("PERSON", "PERSONCOREF")]

    def doc_people(self, d):
        """(title-stripped name, position, labelled text) for every PERSON span, plus
        name-like PERSONCOREF spans that no PERSON name contains (nicknames: "Jokowi")."""
        out = []
        ments = self.mentions(d)
        for a, b, typ, words in ments:
            if typ == "PERSON" and is_name(words):
                out.append((tuple(strip_titles(words)), a, " ".join(words)))
        for a, b, typ, words in ments:
            if typ == "PERSONCOREF" and is_name(words):
                core = strip_titles(words)
                if not any(contains(list(p), core) for p, _, _ in out):
                    out.append((tuple(core), a, " ".join(words)))
        return out

    def canon(self, core, people, at):
        """-> (canonical name, [other accepted forms]). The canonical name is the fullest
        form of the person in the article: the longest labelled PERSON name containing the
        mention, extended by the surname that follows it in the text ("Tito" ->
        "Tito Karnavian"); else the single such name in the split. The labelled form with
        its titles, the form before the extension and, for a one-word name, fuller names
        of the split that contain it are accepted alternatives."""
        d = self.cur_doc
        core = list(core)
        name, raw = self.namer.canon(core, people, at)
        alts = [raw]
        words = name.split()
        ext = self.extend_right(d, words)
        if len(ext) > len(words):
            alts.append(name)
            name = " ".join(ext)
        if len(name.split()) == 1:
            split = sorted({" ".join(p) for p in self.split_people if contains(list(p), words) and len(p) > 1})
            if 1 <= len(split) <= 3:
                alts.extend(split)
        seen, out = {name}, []
        for x in alts:
            if x and x not in seen:
                seen.add(x)
                out.append(x)
        return name, out

    def extend_right(self, d, words):
        """Longest 'words + following name tokens' (up to 3 more) found in the article."""
        T = d.toks
        n = len(words)
        best = list(words)
        for i in range(len(T) - n + 1):
            if [T[x].t for x in range(i, i + n)] != words:
                continue
            ext = list(words)
            j = i + n
            while (j < len(T) and len(ext) < n + 3 and is_name_token(T[j].t) and T[j].t not in CALENDAR
                   and T[j].sent == T[i].sent and T[j].t[-1:] != "\u2019"):
                ext.append(T[j].t)
                j += 1
            if len(ext) > len(best):
                best = ext
        return best

    def known_name_ending_at(self, d, k, people):
        """Longest run of capitalised tokens ending at token k that is part of a known
        person's name ("Suharso" of "Suharso Monoarfa"): -> (first index, core) or None."""
        T = d.toks
        if not is_name_token(T[k].t):
            return None
        j = k
        while j - 1 >= 0 and is_name_token(T[j - 1].t) and T[j - 1].sent == T[k].sent:
            j -= 1
        for start in range(j, k + 1):
            run = [T[x].t for x in range(start, k + 1)]
            if len(run) == 1 and len(run[0]) < 3:
                continue
            if any(contains(list(p), run) for p, _, _ in people):
                return start, run
        for start in range(j, k + 1):       # a person labelled in another article of the split
            run = [T[x].t for x in range(start, k + 1)]
            if len(run) == 1:
                # one word only in speaker position: "Doni menambahkan", "menurut Doni,"
                w = run[0]
                nxt = [T[x].t for x in range(k + 1, min(len(T), k + 3))]
                prv = T[start - 1].t if start and T[start - 1].sent == T[k].sent else ""
                speaking = nxt[:1] and (nxt[0] in SPEECH_VERBS or nxt[0] == "," and nxt[1:2] and nxt[1] in SPEECH_VERBS)
                placed = prv in ("", ",") or prv.lower() in ("menurut", "kata", "ujar")
                if len(w) < 4 or w.isupper() or not (tuple(run) in self.split_nicknames or speaking and placed):
                    continue
            if len({p for p in self.split_people | self.split_nicknames if contains(list(p), run)}) == 1:
                return start, run
        return None

    def org_like(self, d, k):
        """Is the capitalised run ending at token k an organisation or place of the split
        (its words all occur in AFFILIATION / LOCATION spans, or it is an acronym)?"""
        T = d.toks
        j = k
        while j - 1 >= 0 and is_name_token(T[j - 1].t) and T[j - 1].sent == T[k].sent:
            j -= 1
        run = [T[x].t for x in range(j, k + 1)]
        return all(w in self.org_words or w.isupper() for w in run)

    def first_person_in(self, d, people, lo, hi, labelled):
        """First person named in tokens [lo, hi) outside quotations, or None."""
        T = d.toks
        k = lo
        while k < hi:
            if not d.inside[k] and is_name_token(T[k].t):
                y = k
                while y + 1 < hi and is_name_token(T[y + 1].t):
                    y += 1
                for end in range(y, k - 1, -1):
                    if end in labelled:
                        a, words = labelled[end]
                        return self.canon(strip_titles(words), people, a)
                for end in range(y, k - 1, -1):
                    hit = self.known_name_ending_at(d, end, people)
                    if hit and hit[0] >= k:
                        return self.canon(hit[1], people, hit[0])
                k = y
            k += 1
        return None

    def scan_back(self, d, people, start, same_sentence=False, max_sents=12):
        """The person a pronoun, a '-nya' cue or a description before token `start` refers
        to, sentence by sentence backwards, outside quotations. A sentence with a verb of
        saying answers with that verb's subject ("Cahyadi Wanda …, mengatakan, … Presiden
        Joko Widodo …" -> Cahyadi Wanda); "menurut X" / "kata X" answer with X; otherwise
        the last person the sentence names. A subject that is a name of nobody labelled
        ("Rusman mengatakan", "Menurut Rizieq", "Jendareh, misalnya,") makes the answer
        unknown (None): better unscored than wrong."""
        T = d.toks
        labelled = {b: (a, words) for a, b, typ, words in self.mentions(d) if is_name(words)}
        s0 = T[min(start, len(T) - 1)].sent
        by_sent = collections.defaultdict(list)
        for k in range(0, min(start, len(T))):
            if not d.inside[k]:
                by_sent[T[k].sent].append(k)
        for si in range(s0, max(-1, s0 - max_sents - 1), -1):
            if same_sentence and si != s0:
                break
            ks = by_sent.get(si, [])
            if not ks:
                continue
            first = ks[0]
            # 1. a verb of saying: its subject
            verb = next((k for k in ks if T[k].t in SPEECH_VERBS), None)
            if verb is not None:
                hit = self.first_person_in(d, people, first, verb, labelled)
                if hit:
                    return hit
                prev = verb - 1
                if prev >= first and is_name_token(T[prev].t) and not self.org_like(d, prev):
                    return None, []      # "Rusman mengatakan" with no Rusman labelled: unknown
                if prev >= first and T[prev].t in TITLE_WORDS:
                    role, x = [], prev   # "Mensos mengatakan": the person holding the role
                    while x >= first and T[x].t in TITLE_WORDS:
                        role.insert(0, T[x].t)
                        x -= 1
                    name = self.resolve_role(d, role, people)
                    return self.canon(name.split(), people, verb) if name else (None, [])
            # 2. "menurut X" / "kata X": X
            for k in ks:
                if T[k].t.lower() in ("menurut", "kata", "ujar", "lanjut", "tutur", "ucap") and k + 1 < len(T) \
                        and is_name_token(T[k + 1].t):
                    y = k + 1
                    while y + 1 < len(T) and is_name_token(T[y + 1].t):
                        y += 1
                    hit = self.first_person_in(d, people, k + 1, y + 1, labelled)
                    if hit:
                        return hit
                    if T[k + 1].t.lower() not in self.lower_vocab and not T[k + 1].t.isupper() \
                            and not self.org_like(d, y):
                        return None, []  # "Menurut <unknown name>"
            # 3. a private person introduced in between
            if self.unknown_person_opens(d, first, people):
                return None, []
            # 4. the last person the sentence names
            for k in reversed(ks):
                if k in labelled:
                    a, words = labelled[k]
                    return self.canon(strip_titles(words), people, a)
                hit = self.known_name_ending_at(d, k, people)
                if hit:
                    return self.canon(hit[1], people, hit[0])
        return None, []

    def unknown_person_opens(self, d, k, people):
        """Token k opens its sentence with a proper name that is no known person, set off by
        a comma or an age in brackets: a private person comes in between."""
        T = d.toks
        if k and T[k - 1].sent == T[k].sent:
            return False
        y = k
        while y + 1 < len(T) and is_name_token(T[y + 1].t) and y - k < 2:
            y += 1
        run = [T[x].t for x in range(k, y + 1)]
        if not is_name_token(T[k].t) or y + 2 >= len(T):
            return False
        age = T[y + 1].t == "(" and T[y + 2].t.isdigit()
        if not (age or T[y + 1].t == "," and T[y + 2].t == "misalnya"):
            return False
        if any(w.lower() in self.lower_vocab or w.isupper() for w in run):
            return False                 # a common word or an acronym, not a name
        return not any(contains(list(p), run) for p, _, _ in people)

    def name_after(self, d, people, k):
        """First known person named from token k to the end of its sentence."""
        T = d.toks
        sent = T[k].sent
        x = k
        while x < len(T) and T[x].sent == sent and not d.inside[x]:
            if is_name_token(T[x].t):
                y = x
                while y + 1 < len(T) and is_name_token(T[y + 1].t):
                    y += 1
                hit = self.known_name_ending_at(d, y, people)
                if hit:
                    return self.canon(hit[1], people, hit[0])
                x = y
            x += 1
        return None, []

    def resolve(self, d, mention, people):
        """-> (canonical name or None, [alternatives])."""
        a, b, typ, words = mention
        core = strip_titles(words)
        if core and is_name(words):
            self.how = "name"
            return self.canon(core, people, a)
        # role word only ("Presiden"): the person the role introduces in this document
        if all(w in TITLE_WORDS for w in words):
            self.how = "role"
            found = self.resolve_role(d, words, people)
            return self.canon(found.split(), people, a) if found else (None, [])
        # pronoun or description ("dia", "politisi senior Partai Golkar"): last person named
        self.how = "pronoun"
        return self.scan_back(d, people, a)

    def resolve_role(self, d, role, people):
        T = d.toks
        n = len(role)
        hits = []
        for k in range(len(T) - n):
            if [T[x].t for x in range(k, k + n)] == role and not (k and T[k - 1].t == "Wakil"):
                name = []
                x = k + n
                while x < len(T) and (T[x].t in TITLE_WORDS or T[x].t in ("TNI", "Polri", "RI")):
                    x += 1                     # "Panglima TNI Marsekal Hadi Tjahjanto"
                while x < len(T) and is_name_token(T[x].t) and len(name) < 4:
                    name.append(T[x].t)
                    x += 1
                if name:
                    hits.append(name)
        for name in hits:
            for p, at, raw in people:
                if contains(name, list(p)) or contains(list(p), name) and len(name) >= 2:
                    return " ".join(p)
        # "Presiden Joko Widodo" written but not labelled here: accept a name that is a
        # labelled PERSON elsewhere in the split
        for name in hits:
            known = [p for p in self.split_people if len(p) >= 2 and contains(name, list(p))]
            if known:
                return " ".join(max(known, key=len))
        return None

    def speaker_for(self, d, o, c):
        """(verb, (speaker, [alternatives])) of the quotation with marks at o (open) and c
        (close); speaker None when the labels and text do not determine it."""
        T = d.toks
        people = self.doc_people(d)
        ments = self.mentions(d)
        lab = lambda k: T[k].lab.split("-", 1)[-1] if T[k].lab != "O" else "O"
        # cue after the closing mark: "…,” kata Presiden" / "…,” katanya"
        k = c + 1
        while k < len(T) and T[k].t == ",":
            k += 1
        if k < len(T) and (lab(k) in ("CUE", "CUECOREF") or T[k].t.lower() in self.cue_words):
            verb = T[k].t
            m = next((m for m in ments if m[0] > k and T[m[0]].sent == T[k].sent), None)
            if m is not None and m[0] - k <= 40:
                r = self.resolve(d, m, people)
                self.how = "after-" + self.how
                return verb, r
            if lab(k) == "CUECOREF" or T[k].t.lower().endswith("nya"):
                self.how = "cue-nya"
                return verb, self.scan_back(d, people, o)
            self.how = "cue-unlabelled-name"
            found = self.name_after(d, people, k + 1)
            if found[0] is None and k + 1 < len(T) and T[k + 1].t in TITLE_WORDS:
                role, x = [], k + 1
                while x < len(T) and T[x].t in TITLE_WORDS:
                    role.append(T[x].t)
                    x += 1
                if x >= len(T) or not is_name_token(T[x].t):     # "kata Presiden dari …"
                    self.how = "cue-unlabelled-role"
                    name = self.resolve_role(d, role, people)
                    found = self.canon(name.split(), people, k) if name else (None, [])
            return verb, found
        # cue before the opening mark: "Lavrov mengatakan: ”…”"
        k = o - 1
        while k >= 0 and T[k].t in (",", ":"):
            k -= 1
        if k >= 0 and (lab(k) in ("CUE", "CUECOREF") or T[k].t in SPEECH_VERBS):
            verb = T[k].t if lab(k) in ("CUE", "CUECOREF") else None
            m = [m for m in ments if m[1] < k and T[m[0]].sent == T[k].sent]
            if m:
                r = self.resolve(d, m[-1], people)
                self.how = "before-" + self.how
                return verb, r
            self.how = "before-scan"
            return verb, self.scan_back(d, people, k, same_sentence=True)
        self.how = "no-cue"
        return None, (None, [])

    def convert_doc(self, d, fname):
        self.cur_doc = d
        lines = d.render(self.join)
        T = d.toks
        pairs, spairs = d.pairs, d.spairs

        def text_between(o, c):
            lo, so, eo = d.pos[o]
            lc, sc, ec = d.pos[c]
            if lo == lc:
                return lines[lo - 1][eo:sc].strip()
            parts = [lines[lo - 1][eo:].strip()] + [lines[x - 1].strip() for x in range(lo + 1, lc)] + [lines[lc - 1][:sc].strip()]
            return " ".join(p for p in parts if p)

        quotes, optional = [], []
        used = set()
        for a, b in d.statements:
            ms = [k for k in range(a, b + 1) if mark_kind(T[k].t) == "D"]
            if not ms:
                self.stats["statements_without_marks"] += 1
                continue
            if len(ms) >= 2 and T[ms[0]].role == "open" and T[ms[-1]].role == "close":
                o, c = ms[0], ms[-1]
                used.add((o, c))
                text = text_between(o, c)
                self.how = ""
                verb, (spk, alts) = self.speaker_for(d, o, c)
                self.stats["how:" + self.how] += 1
                self.trace.append((fname, d.pos[o][0], self.how, spk, lines[d.pos[c][0] - 1][d.pos[c][2]:][:90]))
                q = {"line": d.pos[o][0], "text": text, "kind": "direct",
                     "speakers": [spk] if spk else None, "verb": verb,
                     "addressee": None, "via": None}
                if alts and spk:
                    q["speakersAlt"] = [[x] for x in alts]
                quotes.append(q)
                self.stats["quotes"] += 1
                self.stats["quotes_with_speakers"] += bool(spk)
                self.stats["quotes_multiline"] += d.pos[o][0] != d.pos[c][0]
            else:
                # only one mark, or mismatched marks: keep as optional, not required
                self.stats["statements_malformed"] += 1
                k = ms[0]
                if T[k].role == "close":   # closing mark only: text runs from the span start
                    first = next(x for x in range(a, b + 1) if T[x].t not in (",", ".", "”"))
                    ln, s0, _ = d.pos[first]
                    lc, sc, _ = d.pos[k]
                    txt = lines[ln - 1][s0:sc].strip() if ln == lc else None
                    if txt:
                        optional.append({"line": ln, "text": txt})
                else:
                    last = [x for x in range(a, b + 1) if mark_kind(T[x].t)]
                    c = last[-1] if len(last) > 1 else b
                    ln, _, e0 = d.pos[k]
                    lc, sc, ec = d.pos[c]
                    if ln == lc:
                        txt = lines[ln - 1][e0:sc if mark_kind(T[c].t) else ec].strip()
                        if txt:
                            optional.append({"line": ln, "text": txt})
        stmt_ranges = [(a, b) for a, b in d.statements]
        for o, c in pairs + spairs:
            if (o, c) in used:
                continue
            txt = text_between(o, c)
            if not txt:
                continue
            optional.append({"line": d.pos[o][0], "text": txt})
            inside = any(a <= o and c <= b for a, b in stmt_ranges)
            self.stats["optional_nested" if inside else "optional_unlabelled"] += 1
        # de-duplicate optional entries and drop those equal to a required quote
        seen = {(q["line"], q["text"]) for q in quotes}
        opt = []
        for x in optional:
            key = (x["line"], x["text"])
            if key not in seen:
                seen.add(key)
                opt.append(x)
        self.stats["optional"] += len(opt)
        return lines, {"file": fname, "quotes": quotes, "optionalQuotes": opt}


# --------------------------------------------------------------------------- driver

def part_of(h):
    return "dev" if int(h, 16) % 2 == 0 else "heldout"


def cmd_report(src):
    files = sorted(glob.glob(os.path.join(src, "*.txt")))
    hashes, sents_of = {}, {}
    for f in files:
        docs = load_docs(f)
        hashes[f] = [doc_hash(d) for d in docs]
        sents_of[f] = {" ".join(t for t, _ in s) for d in docs for s in d}
        n_dl = sum(1 for d in docs if is_dateline([t for t, _ in d[0]]))
        print(f"{os.path.basename(f)}: {len(docs)} docs ({n_dl} open with a dateline), "
              f"{sum(len(d) for d in docs)} sentences, {len(set(hashes[f]))} distinct hashes")
    print("\noverlap (documents with identical token hash; sentences shared):")
    for i, f in enumerate(files):
        for g in files[i + 1:]:
            common = set(hashes[f]) & set(hashes[g])
            sc = len(sents_of[f] & sents_of[g])
            print(f"  {os.path.basename(f)} x {os.path.basename(g)}: {len(common)} docs "
                  f"({len(common) / max(1, len(set(hashes[f]))):.0%} of first, "
                  f"{len(common) / max(1, len(set(hashes[g]))):.0%} of second); {sc} shared sentences")


def cmd_convert(a):
    docs = load_docs(a.split)
    hashes = [doc_hash(d) for d in docs]
    excl, excl_sents = set(), set()
    for f in a.exclude or []:
        for d in load_docs(f):
            excl.add(doc_hash(d))
            excl_sents |= {" ".join(t for t, _ in s) for s in d}
    keep, shared = [], 0
    for d, h in zip(docs, hashes):
        if a.part and part_of(h) != a.part:
            continue
        ss = [" ".join(t for t, _ in s) for s in d]
        n_shared = sum(1 for x in ss if x in excl_sents)
        if h in excl or n_shared * 2 > len(ss):
            continue                   # same document (or mostly the same sentences) as an excluded split
        shared += n_shared
        keep.append(d)
    dropped = len(docs) - len(keep)
    conv = Converter(keep, join_quotes=not a.one_sentence_per_line)
    conv.prepare()
    os.makedirs(a.out, exist_ok=True)
    for old in glob.glob(os.path.join(a.out, "pfsa_*.txt")):
        os.remove(old)
    arts = []
    for n, d in enumerate(conv.objs):
        fname = f"pfsa_{n:03d}.txt"
        lines, g = conv.convert_doc(d, fname)
        with open(os.path.join(a.out, fname), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
        arts.append(g)
    gold = {
        "about": ("Gold quotes converted from the PFSA-ID corpus (Purnomo W.P. et al., Kompas articles, "
                  "github.com/sigit-purnomo/pfsa-id-dl) by eval/pfsa/pfsa_convert.py from "
                  f"{os.path.basename(a.split)}" + (f", part {a.part}" if a.part else "") +
                  ". Only public-figure direct quotes are labelled; optionalQuotes are other quoted spans "
                  "(not counted against precision); speakers null = not determined by the labels."),
        "aliases": {"Jokowi": "Joko Widodo"},
        "articles": arts,
    }
    with open(os.path.join(a.out, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    st = conv.stats
    print(f"{os.path.basename(a.split)}{' part ' + a.part if a.part else ''}: {len(keep)} docs written to {a.out}"
          f" ({dropped} skipped by --part/--exclude" + (f"; kept docs share {shared} sentences with excluded splits"
                                                        if a.exclude else "") + ")")
    print(f"  quotes {st['quotes']} (with speakers {st['quotes_with_speakers']}, spanning lines {st['quotes_multiline']}),"
          f" optionalQuotes {st['optional']} (unlabelled {st['optional_unlabelled']}, nested {st['optional_nested']},"
          f" malformed statements {st['statements_malformed']}), statements without quote marks skipped "
          f"{st['statements_without_marks']}")
    how = sorted((k[4:], v) for k, v in st.items() if k.startswith("how:"))
    print("  speaker found by: " + ", ".join(f"{k} {v}" for k, v in how))
    return 0


def cmd_check(folder, prefix):
    """Every gold quote's text must lie on its line; write a perfect and an empty export
    (PREFIX.perfect.json, PREFIX.empty.json) to run score.py against."""
    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    bad = n = 0
    for art in gold["articles"]:
        with open(os.path.join(folder, art["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for q in art["quotes"] + art["optionalQuotes"]:
            n += 1
            if not q["text"] or q["text"] not in lines[q["line"] - 1]:
                bad += 1
                print(f"  {art['file']}:{q['line']}: text not on its line: {q['text'][:60]!r}")
    perfect = {"articles": [{"file": art["file"], "quotes": [
        {"line": q["line"], "text": q["text"], "kind": q["kind"], "speakers": q["speakers"] or [],
         "verb": q["verb"]} for q in art["quotes"]]} for art in gold["articles"]]}
    empty = {"articles": [{"file": art["file"], "quotes": []} for art in gold["articles"]]}
    for name, data in (("perfect", perfect), ("empty", empty)):
        with open(f"{prefix}.{name}.json", "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
    print(f"{folder}: {len(gold['articles'])} articles, {n} gold and optional quotes, {bad} not on their line; "
          f"wrote {prefix}.perfect.json and {prefix}.empty.json")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--report", action="store_true", help="docs per file and pairwise overlap")
    ap.add_argument("--src", default="/tmp/pfsa", help="folder with the split files (for --report)")
    ap.add_argument("--split", help="split file to convert")
    ap.add_argument("--out", help="output folder")
    ap.add_argument("--part", choices=["dev", "heldout"], help="keep only documents whose hash falls in this half")
    ap.add_argument("--exclude", action="append", help="drop documents that also occur in this split file")
    ap.add_argument("--one-sentence-per-line", action="store_true",
                    help="do not keep a multi-sentence quotation on one line")
    ap.add_argument("--check", metavar="DIR", help="validate a converted folder and write test exports")
    ap.add_argument("--exports", default="/tmp/pfsa-check", metavar="PREFIX",
                    help="where --check writes PREFIX.perfect.json and PREFIX.empty.json")
    a = ap.parse_args()
    if a.check:
        return cmd_check(a.check, a.exports)
    if a.report:
        cmd_report(a.src)
        return 0
    if not a.split or not a.out:
        ap.error("--split and --out are required (or --report)")
    return cmd_convert(a)


if __name__ == "__main__":
    sys.exit(main())
