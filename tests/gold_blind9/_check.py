"""Independent check of gold_blind9: reads the written files back from disk.

- every JSON parses and has the gold_blind8 field set (+ member key)
- each document decodes in the encoding it declares (h02 windows-1252, h04 ISO-8859-1 with no declaration)
- every quote, speaker name, member name, title/subtitle/kicker and body_must_contain string occurs verbatim
  (whitespace-normalised) in the visible text of its document; body_must_not_contain occurs on the page but not in the body
- member keys exist in the Brandenburg gazetteer and fit the kind
Run from the repository root:  python3 tests/gold_blind9/_check.py
"""
import csv
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
GAZ = Path("/work/shared/data/gazetteer")
FIELDS = ["source", "language", "title", "subtitle", "kicker", "categories", "date", "place", "speakers",
          "member_lists", "mentioned_dates", "body", "body_must_not_contain", "body_must_contain"]
SPEAKER = ["name", "honorific", "given_name", "surname", "role", "organisation", "quotes"]

with open(GAZ / "brandenburg_gemeinden.csv", encoding="utf-8") as f:
    gem = {r["ags"]: r for r in csv.DictReader(f)}
with open(GAZ / "brandenburg_aemter.csv", encoding="utf-8") as f:
    aemter = {r["verband_schluessel"]: r for r in csv.DictReader(f)}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(raw, fname):
    if fname.endswith(".txt"):
        text = raw.decode("utf-8")
        return norm(text), "utf-8"
    head = raw[:1024].decode("ascii", "replace").lower()
    m = re.search(r"charset=[\"']?([\w-]+)", head)
    enc = m.group(1) if m else None
    if fname.startswith("h04"):
        assert enc is None and b"charset" not in raw.lower(), "h04 must have no charset declaration"
        try:
            raw.decode("utf-8")
            raise AssertionError("h04 must not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        enc = "iso-8859-1"
    elif fname.startswith("h02"):
        assert enc == "windows-1252", enc
        assert b"\x84" in raw and b"\x93" in raw, "h02 must contain cp1252 quote bytes"
    else:
        assert enc == "utf-8", (fname, enc)
    page = raw.decode(enc)
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", page)
    t = re.sub(r"<[^>]+>", " ", t)
    return norm(html.unescape(t)), enc


problems = 0
for jf in sorted(HERE.glob("*.json")):
    rec = json.loads(jf.read_text(encoding="utf-8"))
    fname = rec["source"]
    assert list(rec)[:len(FIELDS)] == FIELDS, (fname, list(rec))
    vis, enc = visible((HERE / "docs" / fname).read_bytes(), fname)
    body = rec["body"]
    need = [rec["title"], rec["subtitle"], rec["kicker"], *list(rec["body_must_contain"])]
    for s in rec["speakers"]:
        assert list(s) == SPEAKER, (fname, s)
        need.append(s["name"])
        need += s["quotes"]
        for q in s["quotes"]:
            assert q in body, (fname, "quote not in gold body", q)
    for ml in rec["member_lists"]:
        for m in ml["members"]:
            need.append(m["name"])
            k, kind = m["key"], m["kind"]
            if kind in ("Stadt", "Gemeinde"):
                row = gem[k]
                assert row["name"].split(",")[0] == m["name"], (fname, m, row["name"])
                assert (row["typ"] == "Stadt") == (kind == "Stadt"), (fname, m, row["typ"])
            elif kind == "Amt":
                assert aemter[k]["verband"] == m["name"] and aemter[k]["verband_typ"] == "Amt", (fname, m)
            else:
                assert k is None, (fname, m)
    for n in need:
        if n is None:
            continue
        n2 = norm(n)
        # list items and table rows are compared without the '- ' marker / ' | ' separators
        if n2.startswith("- "):
            n2 = n2[2:]
        ok = all(part in vis for part in n2.split(" | ")) if " | " in n2 else n2 in vis
        if not ok:
            problems += 1
            print("NOT VISIBLE", fname, repr(n))
    for g in rec["body_must_contain"]:
        assert g in body, (fname, g)
    for b in rec["body_must_not_contain"]:
        assert b not in body, (fname, b)
        assert norm(b) in vis, (fname, "must_not string not on page", b)
    assert rec["mentioned_dates"] == sorted(rec["mentioned_dates"])
    for d in rec["mentioned_dates"] + ([rec["date"]] if rec["date"] else []):
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d), d
    print(f"ok  {fname:45} {enc:13} speakers={len(rec['speakers'])} lists={len(rec['member_lists'])} warn={rec.get('expect_warning', False)}")
print("problems:", problems)
