"""Independent check of gold_blind10: reads the written files back from disk.

- every JSON parses and has the gold_blind9 field set and order (+ notes), speakers the gold_blind9 keys
- each document decodes as the UTF-8 it declares
- every quote, speaker name, member name, title/subtitle/kicker and body_must_contain string occurs verbatim
  (whitespace-normalised) in the visible text of its document; body_must_not_contain occurs on the page but not in the body
- every body paragraph (and list item) occurs in the visible text; a paragraph with non-body markup spliced into it
  may occur as two parts split at a sentence boundary, in order (reported)
- every quote occurs in the gold body; quote strings carry no outer quotation marks and no trailing comma
- member keys exist in the Destatis register GV100AD (all of Germany), fit the kind, and the name matches
- dates are well-formed, mentioned dates sorted and without the publication date
Run from the repository root:  python3 tests/gold_blind10/_check.py
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
        return norm(raw.decode("utf-8")), "utf-8"
    head = raw[:1024].decode("ascii", "replace").lower()
    m = re.search(r"charset=[\"']?([\w-]+)", head)
    enc = m.group(1).lower() if m else None
    assert enc == "utf-8", (fname, enc)
    page = raw.decode(enc)
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", page)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return norm(html.unescape(t)), enc


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
totals = {"docs": 0, "speakers": 0, "quotes": 0, "lists": 0, "members": 0, "mentioned_dates": 0, "dated": 0}
for jf in sorted(HERE.glob("*.json")):
    rec = json.loads(jf.read_text(encoding="utf-8"))
    fname = rec["source"]
    assert list(rec)[:len(FIELDS)] == FIELDS, (fname, list(rec))
    assert list(rec)[-1] == "notes" and rec["notes"], (fname, "notes missing")
    assert rec["language"] == "de"
    vis, enc = visible((HERE / "docs" / fname).read_bytes(), fname)
    body = rec["body"]
    need = [rec["title"], rec["subtitle"], rec["kicker"], *rec["body_must_contain"]]
    for s in rec["speakers"]:
        assert list(s) == SPEAKER, (fname, s)
        assert s["name"].endswith(s["surname"]), (fname, s["name"])
        if s["honorific"]:
            assert s["name"].startswith(s["honorific"] + " "), (fname, s["name"])
        assert s["given_name"] + " " + s["surname"] in s["name"], (fname, s["name"])
        need.append(s["name"])
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
    for n in need:
        if n is None:
            continue
        n2 = norm(n)
        if n2.startswith("- "):
            n2 = n2[2:]
        ok = all(part in vis for part in n2.split(" | ")) if " | " in n2 else n2 in vis
        if not ok:
            problems += 1
            print("NOT VISIBLE", fname, repr(n))
    spliced = 0
    for para in body.split("\n\n"):
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
    assert rec["mentioned_dates"] == sorted(rec["mentioned_dates"]), fname
    assert len(set(rec["mentioned_dates"])) == len(rec["mentioned_dates"]), fname
    assert rec["date"] not in rec["mentioned_dates"], fname
    for d in rec["mentioned_dates"] + ([rec["date"]] if rec["date"] else []):
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d), d
    totals["docs"] += 1
    totals["speakers"] += len(rec["speakers"])
    totals["quotes"] += sum(len(s["quotes"]) for s in rec["speakers"])
    totals["lists"] += len(rec["member_lists"])
    totals["members"] += sum(len(ml["members"]) for ml in rec["member_lists"])
    totals["mentioned_dates"] += len(rec["mentioned_dates"])
    totals["dated"] += rec["date"] is not None
    print(f"ok  {fname:42} {enc:6} speakers={len(rec['speakers'])} quotes={sum(len(s['quotes']) for s in rec['speakers'])} "
          f"lists={len(rec['member_lists'])} dates={len(rec['mentioned_dates'])} spliced_paragraphs={spliced}")
print("totals:", totals)
print("problems:", problems)
