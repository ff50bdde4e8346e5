"""Independent check of gold_blind11: reads the written files back from disk.

- every JSON parses and has the gold_blind10 field set and order (+ notes), speakers the gold_blind10 keys,
  member lists the keys label, body, members
- each document decodes in the encoding it declares (h06: windows-1252 by <meta charset>, with cp1252 quote bytes)
- every quote, speaker name, member name, title/subtitle/kicker and body_must_contain string occurs verbatim
  (whitespace-normalised) in the visible text of its document; body_must_not_contain occurs on the page but not in the body
- every body paragraph (and list item) occurs in the visible text; a paragraph with non-body markup spliced into it
  may occur as two parts split at a sentence boundary, in order (reported)
- every quote occurs in the gold body; quote strings carry no outer quotation marks and no trailing comma
- title and subtitle are not in the body; the body has 180-450 words
- the publication date is what the document states: DATE_EVIDENCE below gives the string that states it, which must be
  on the page and parse (German date forms) to the gold date; a month-only statement parses to null
- a place occurs as the dateline opening a body paragraph ('X …', '(X) …', 'X (ots) …'); a null place has no such paragraph
  unless it opens with an agency tag
- member keys exist in the Destatis register GV100AD (all of Germany), fit the kind, and the name matches; a list's
  label occurs in the body; its body is null or named in the document
- dates are well-formed, mentioned dates sorted, unique and without the publication date
Run from the repository root:  python3 tests/gold_blind11/_check.py
"""
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
GAZ = Path("/work/shared/data/gazetteer")
FIELDS = ["source", "language", "title", "subtitle", "kicker", "categories", "date", "place", "speakers",
          "member_lists", "mentioned_dates", "body", "body_must_not_contain", "body_must_contain"]
SPEAKER = ["name", "honorific", "given_name", "surname", "role", "organisation", "quotes"]
OPEN_CLOSE = "„“”\"»«‚‘’'"
AGENCY = {"ots", "dpa/bb", "MOZ"}

# the string on each page that states the publication date (read off the documents by hand)
DATE_EVIDENCE = {
    "h01": "20.05.2025",
    "h02": "12. Juni 2025",
    "h03": "Dienstag, 8. Juli 2025",
    "h04": "27. Mai 2025",
    "h05": "03.06.2025",
    "h06": "[28.10.2025]",
    "h07": "2025-09-16",            # the <time datetime> attribute; visible as '16. September 2025'
    "h08": "September 2025",        # month only -> null
    "h09": "18.03.2025",
    "t01": "Dienstag, 7. Oktober 2025",
    "t02": "Teupitz, 3. Juni 2025.",
    "t03": "[14.08.2025]",
    "t04": "Veröffentlicht: 2025-04-29",
    "t05": "Juni 2025",             # month only -> null
}
MONTHS = {m: i + 1 for i, m in enumerate(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                                           "September", "Oktober", "November", "Dezember"])}


def parse_de_date(s):
    if m := re.search(r"(\d{4})-(\d\d)-(\d\d)", s):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if m := re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if m := re.search(r"(\d{1,2})\. (" + "|".join(MONTHS) + r") (\d{4})", s):
        return f"{m[3]}-{MONTHS[m[2]]:02d}-{int(m[1]):02d}"
    if re.fullmatch(r"(" + "|".join(MONTHS) + r") \d{4}", s):
        return None
    raise ValueError(s)


# GV100AD: Satzart 60 = Gemeinde (AGS = Land+RB+Kreis+Gemeinde), 50 = Gemeindeverband (key = Land+RB+Kreis+Verband)
gem, verb = {}, {}
with open(GAZ / "GV100AD_301121.ASC", encoding="utf-8") as f:
    for line in f:
        sa = line[:2]
        if sa == "60":
            gem[line[10:18]] = (line[22:72].strip(), line[122:124])
        elif sa == "50":
            verb[line[10:15] + line[18:22]] = (line[22:72].strip(), line[122:124])


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(raw, fname):
    if fname.endswith(".txt"):
        return norm(raw.decode("utf-8")), "utf-8", raw.decode("utf-8")
    head = raw[:1024].decode("ascii", "replace").lower()
    m = re.search(r"charset=[\"']?([\w-]+)", head)
    enc = m.group(1).lower() if m else None
    if fname.startswith("h06"):
        assert enc == "windows-1252" and b'<meta charset="windows-1252">' in raw, (fname, enc)
        assert b"\x84" in raw and b"\x93" in raw and b"\x96" in raw, "h06 must contain cp1252 quote and dash bytes"
        try:
            raw.decode("utf-8")
            raise AssertionError("h06 must not be valid UTF-8")
        except UnicodeDecodeError:
            pass
    else:
        assert enc == "utf-8", (fname, enc)
    page = raw.decode(enc)
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", page)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return norm(html.unescape(t)), enc, page


def para_visible(p, vis):
    p = norm(p)
    if p in vis:
        return True, False
    # a paragraph with a banner spliced in: two parts at a sentence boundary, in order
    for m in re.finditer(r"(?<=[.!?“”\"«»]) ", p):
        left, right = p[:m.start()], p[m.end():]
        i = vis.find(left)
        if i >= 0 and vis.find(right, i + len(left)) >= 0:
            return True, True
    return False, False


problems = 0
totals = {"docs": 0, "words": 0, "speakers": 0, "quotes": 0, "lists": 0, "members": 0, "mentioned_dates": 0,
          "dated": 0, "places": 0, "kickers": 0, "subtitles": 0, "categories": 0}
for jf in sorted(HERE.glob("*.json")):
    rec = json.loads(jf.read_text(encoding="utf-8"))
    fname = rec["source"]
    assert list(rec)[:len(FIELDS)] == FIELDS, (fname, list(rec))
    assert list(rec)[-1] == "notes" and rec["notes"], (fname, "notes missing")
    assert rec["language"] == "de"
    raw = (HERE / "docs" / fname).read_bytes()
    vis, enc, page = visible(raw, fname)
    body = rec["body"]
    paras = body.split("\n\n")
    words = len(body.split())
    if not 180 <= words <= 450:
        problems += 1
        print("BODY LENGTH", fname, words)
    need = [rec["title"], rec["subtitle"], rec["kicker"], *rec["categories"], *rec["body_must_contain"]]
    for s in rec["speakers"]:
        assert list(s) == SPEAKER, (fname, s)
        assert s["name"].endswith(s["surname"]), (fname, s["name"])
        if s["honorific"]:
            assert s["name"].startswith(s["honorific"] + " "), (fname, s["name"])
        assert s["given_name"] + " " + s["surname"] in s["name"], (fname, s["name"])
        need.append(s["name"])
        if s["role"]:
            need.append(s["role"])
        need += s["quotes"]
        assert s["quotes"], (fname, s["name"], "speaker without quote")
        for q in s["quotes"]:
            if q not in body:
                problems += 1
                print("QUOTE NOT IN GOLD BODY", fname, repr(q))
            if q[0] in OPEN_CLOSE or q[-1] in OPEN_CLOSE or q.endswith(","):
                problems += 1
                print("QUOTE WITH OUTER MARK OR COMMA", fname, repr(q))
    for ml in rec["member_lists"]:
        assert list(ml) == ["label", "body", "members"], (fname, list(ml))
        if ml["label"] not in body:
            problems += 1
            print("MEMBER LABEL NOT IN BODY", fname, ml["label"])
        if ml["body"] is not None and ml["body"] not in vis:
            problems += 1
            print("MEMBER BODY NOT NAMED", fname, ml["body"])
        for m in ml["members"]:
            need.append(m["name"])
            k, kind = m["key"], m["kind"]
            if kind in ("Stadt", "Gemeinde"):
                name, typ = gem[k]
                assert name.split(",")[0] == m["name"], (fname, m, name)
                assert (typ in ("61", "62", "63", "67")) == (kind == "Stadt"), (fname, m, typ)
            elif kind == "Amt":
                name, typ = verb[k]
                assert len(k) == 9 and typ == "51" and name.replace("Amt ", "") == m["name"], (fname, m, name, typ)
            else:
                assert k is None, (fname, m)
            if f"{kind} {m['name']}" not in body and m["name"] not in body:
                problems += 1
                print("MEMBER NOT IN BODY", fname, m)
    for n in need:
        if n is None:
            continue
        n2 = norm(n)
        if n2.startswith("- "):
            n2 = n2[2:]
        if n2 not in vis:
            problems += 1
            print("NOT VISIBLE", fname, repr(n))
    spliced = 0
    for para in paras:
        for line in (para.split("\n") if para.startswith("- ") else [para]):
            text = line[2:] if line.startswith("- ") else line
            ok, split = para_visible(text, vis)
            spliced += split
            if not ok:
                problems += 1
                print("BODY PARAGRAPH NOT IN DOCUMENT", fname, repr(text[:80]))
    for key in ("title", "subtitle"):
        if rec[key] and rec[key] in body:
            problems += 1
            print("HEADLINE IN BODY", fname, key)
    for g in rec["body_must_contain"]:
        assert g in body, (fname, g)
    for b in rec["body_must_not_contain"]:
        assert b not in body, (fname, b)
        assert norm(b) in vis, (fname, "must_not string not on page", b)
    # publication date: the stated form is on the page and means the gold date
    ev = DATE_EVIDENCE[fname[:3]]
    if ev not in vis and ev not in page:
        problems += 1
        print("DATE EVIDENCE NOT ON PAGE", fname, ev)
    if parse_de_date(ev) != rec["date"]:
        problems += 1
        print("DATE MISMATCH", fname, ev, rec["date"])
    # place: a dateline opening a body paragraph
    if rec["place"]:
        pl = re.escape(rec["place"])
        if not any(re.match(rf"(\({pl}\) |{pl}(,| \(| –| \.|\.))", p) for p in paras):
            problems += 1
            print("PLACE NOT A DATELINE", fname, rec["place"])
    else:
        for p in paras:
            m = re.match(r"\(([^)]+)\) ", p)
            if m and m.group(1) not in AGENCY:
                problems += 1
                print("DATELINE WITHOUT PLACE", fname, m.group(1))
    assert rec["mentioned_dates"] == sorted(rec["mentioned_dates"]), fname
    assert len(set(rec["mentioned_dates"])) == len(rec["mentioned_dates"]), fname
    assert rec["date"] not in rec["mentioned_dates"], fname
    for d in rec["mentioned_dates"] + ([rec["date"]] if rec["date"] else []):
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d), d
    totals["docs"] += 1
    totals["words"] += words
    totals["speakers"] += len(rec["speakers"])
    totals["quotes"] += sum(len(s["quotes"]) for s in rec["speakers"])
    totals["lists"] += len(rec["member_lists"])
    totals["members"] += sum(len(ml["members"]) for ml in rec["member_lists"])
    totals["mentioned_dates"] += len(rec["mentioned_dates"])
    totals["dated"] += rec["date"] is not None
    totals["places"] += rec["place"] is not None
    totals["kickers"] += rec["kicker"] is not None
    totals["subtitles"] += rec["subtitle"] is not None
    totals["categories"] += len(rec["categories"])
    print(f"ok  {fname:48} {enc:12} words={words} speakers={len(rec['speakers'])} "
          f"quotes={sum(len(s['quotes']) for s in rec['speakers'])} lists={len(rec['member_lists'])} "
          f"dates={len(rec['mentioned_dates'])} spliced_paragraphs={spliced}")
print("totals:", totals)
print("problems:", problems)
