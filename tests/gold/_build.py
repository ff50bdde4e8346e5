"""Builds the gold documents and their gold JSON from the specs below (run once; outputs are committed).

Texts are invented; speakers are invented people. Real municipalities appear only as places/members.
Run: .venv/bin/python tests/gold/_build.py
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"

COOKIE_DIV = ('<div id="cookie-consent" class="cookie-banner"><p>Diese Website verwendet Cookies, um die Nutzung '
              'zu verbessern. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verwendung zu.</p>'
              '<button>Alle akzeptieren</button><button>Nur notwendige</button></div>')
NAV = ('<nav class="main-nav"><ul><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus</a></li>'
       '<li><a href="/aktuelles">Aktuelles</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>')
FOOTER = ('<footer id="footer"><p>© 2023 {site} · <a href="/impressum">Impressum</a> · '
          '<a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p>'
          '<p>Rathausplatz 1, 16540 Musterort · Telefon 03303 1234-0</p></footer>')
SHARE = ('<div class="share-links"><span>Teilen:</span> <a href="#">Facebook</a> <a href="#">X</a> '
         '<a href="#">E-Mail</a></div><div class="print"><a href="#">Seite drucken</a></div>')


def _p_html(par: str) -> str:
    if par.startswith("- "):
        items = "".join(f"<li>{html.escape(x[2:], quote=False)}</li>" for x in par.split("\n"))
        return f"<ul>{items}</ul>"
    if par.startswith("## "):
        return f"<h2>{html.escape(par[3:], quote=False)}</h2>"
    return "<p>" + "<br>\n".join(html.escape(x, quote=False) for x in par.split("\n")) + "</p>"


def render(spec: dict) -> tuple[str, str]:
    """Return (file suffix, document text) for a spec."""
    t = spec["template"]
    if t == "raw":
        return spec["suffix"], spec["doc"]
    site = spec.get("site", "Stadt Musterort")
    body = "\n".join(_p_html(p) for p in spec["paras"])
    kicker, title, sub = spec.get("kicker"), spec["title"], spec.get("subtitle")
    dateline = spec.get("date_line", "")
    cats = spec.get("categories", [])
    charset = spec.get("charset", "utf-8")
    meta_cs = "" if spec.get("undeclared") else f'<meta charset="{charset}">'
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    if t == "article":
        head = (f'<p class="dachzeile">{esc(kicker)}</p>' if kicker else "") + f"<h1>{esc(title)}</h1>"
        head += f'<p class="subtitle">{esc(sub)}</p>' if sub else ""
        meta = f'<div class="news-meta"><time datetime="{spec.get("date_iso", "")}">{esc(dateline)}</time>'
        meta += "".join(f' <span class="category">{esc(c)}</span>' for c in cats) + "</div>" if dateline else ""
        doc = (f'<!DOCTYPE html><html lang="de"><head>{meta_cs}<title>{esc(title)} | {site}</title>'
               f'<meta property="og:site_name" content="{site}"></head><body>{COOKIE_DIV}<header>{NAV}'
               f'<div class="today">Heute ist Montag, 6. Februar 2023</div></header>'
               f'<ol class="breadcrumb"><li>Startseite</li><li>Aktuelles</li></ol><main><article>'
               f'<header>{head}{meta}</header>{body}{SHARE}</article><aside class="sidebar"><h2>Weitere Meldungen</h2>'
               f'<ul><li><a href="#">Sperrung der Dorfstraße ab Montag</a></li><li><a href="#">Sprechzeiten im '
               f'Bürgerbüro</a></li></ul></aside></main>{FOOTER.format(site=site)}</body></html>')
    elif t == "table":
        head = (f'<font class="kicker">{esc(kicker)}</font><br>' if kicker else "") + f"<h1>{esc(title)}</h1>"
        head += f"<h2>{esc(sub)}</h2>" if sub else ""
        meta = f"<p>{esc(dateline)}</p>" if dateline else ""
        doc = (f'<html><head>{meta_cs}<title>{site} - {esc(title)}</title></head><body>'
               f'<table width="100%"><tr><td class="navi" width="180"><a href="/">Startseite</a><br>'
               f'<a href="/presse">Presse</a><br><a href="/kontakt">Kontakt</a></td><td valign="top">'
               f'{head}{meta}{body}<p><a href="#">Druckversion</a> | <a href="#">Seite empfehlen</a></p>'
               f'</td></tr></table><table><tr><td class="footer">Impressum | Datenschutz</td></tr></table>'
               f'</body></html>')
    elif t == "divs":
        head = (f'<div class="topline">{esc(kicker)}</div>' if kicker else "") + f"<h1>{esc(title)}</h1>"
        head += f'<div class="subheadline">{esc(sub)}</div>' if sub else ""
        meta = f'<div class="date">{esc(dateline)}</div>' if dateline else ""
        cat = f'<div class="rubrik">{esc(" | ".join(cats))}</div>' if cats else ""
        doc = (f'<html><head>{meta_cs}<title>{esc(title)}</title></head><body><div id="top">'
               f'<div class="skiplinks"><a href="#content">Zum Inhalt</a></div>{NAV}</div>'
               f'<div class="breadcrumbs">Sie sind hier: Startseite &gt; Presse &gt; Meldung</div>'
               f'<div id="wrapper"><div id="sidebar-left"><ul><li><a href="#">Bürgerservice</a></li>'
               f'<li><a href="#">Wirtschaft</a></li></ul></div><div id="content">{cat}{head}{meta}{body}'
               f'<div class="consent-hint">Wir verwenden Cookies und ähnliche Technologien. Einstellungen '
               f'können Sie jederzeit ändern.</div></div></div><div class="footer">Kontakt | Impressum</div>'
               f'</body></html>')
    elif t == "text":
        lines = []
        if kicker:
            lines.append(f"## {kicker}\n")
        if dateline:
            lines.append(f"{dateline}" + (" | " + " ".join(cats) if cats else "") + "\n")
        lines.append(f"### {title}\n")
        if sub:
            lines.append(f"#### {sub}\n")
        for p in spec["paras"]:
            if p.startswith("## "):
                lines.append(f"#### {p[3:]}\n")
            else:
                lines.append(p.replace("\n", "  \n") if not p.startswith("- ") else p)
                lines.append("")
        return "txt", "\n".join(lines) + "\n"
    elif t == "plain":
        lines = [title, ""]
        if dateline:
            lines += [dateline, ""]
        for p in spec["paras"]:
            lines += [p.replace("## ", ""), ""]
        return "txt", "\n".join(lines)
    else:
        raise ValueError(t)
    return "html", doc


def gold_of(spec: dict, name: str) -> dict:
    g = {"source": name}
    for k in ("title", "subtitle", "kicker", "date", "place", "categories", "speakers", "member_lists",
              "mentioned_dates", "body_must_contain", "body_must_not_contain", "warnings_contain", "publisher"):
        if k in spec:
            g[k] = spec[k]
    g.setdefault("kicker", spec.get("kicker"))
    g.setdefault("subtitle", spec.get("subtitle"))
    g.setdefault("member_lists", [])
    g.setdefault("speakers", [])
    g.setdefault("mentioned_dates", [])
    return g


def sp(name, hon, given, sur, role, org, *quotes):
    return {"name": name, "honorific": hon, "given_name": given, "surname": sur, "role": role,
            "organisation": org, "quotes": list(quotes)}


def build() -> None:
    from specs import SPECS
    from specs_blind2fix import SPECS_BLIND2FIX
    from specs_blind3fix import SPECS_BLIND3FIX
    from specs_blind4fix import SPECS_BLIND4FIX
    from specs_blind5fix import SPECS_BLIND5FIX
    from specs_blind5run import SPECS_BLIND5RUN
    from specs_blind6fix import SPECS_BLIND6FIX
    from specs_blindfix import SPECS_BLINDFIX
    from specs_cms import SPECS_CMS
    from specs_pagesfix import SPECS_PAGESFIX
    from specs_real2fix import SPECS_REAL2FIX
    from specs_real4fix import SPECS_REAL4FIX
    from specs_realfix import SPECS_REALFIX
    from specs_set5fix import SPECS_SET5FIX

    DOCS.mkdir(exist_ok=True)
    for spec in [*SPECS, *SPECS_CMS, *SPECS_BLINDFIX, *SPECS_BLIND2FIX, *SPECS_BLIND3FIX, *SPECS_BLIND4FIX,
                 *SPECS_BLIND5FIX, *SPECS_PAGESFIX, *SPECS_SET5FIX,
                 *SPECS_BLIND5RUN, *SPECS_BLIND6FIX, *SPECS_REALFIX, *SPECS_REAL2FIX,
                 *SPECS_REAL4FIX]:
        suffix, text = render(spec)
        name = f"{spec['id']}.{suffix}"
        enc = spec.get("encode", spec.get("charset", "utf-8"))
        (DOCS / name).write_bytes(text.encode(enc, "xmlcharrefreplace" if suffix == "html" else "strict"))
        (HERE / f"{spec['id']}.json").write_text(
            json.dumps(gold_of(spec, name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    build()
