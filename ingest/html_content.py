"""HTML to blocks: metadata, boilerplate-free main content, hints from markup."""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, NavigableString, Tag, XMLParsedAsHTMLWarning

from ingest.blocks import Block, Parsed, clean_text, table_text
from ingest.dates import MONTH_RE, byline_date, leading_date, parse_date, short_date

_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "input",
    "textarea",
    "label",
    "object",
    "embed",
    "canvas",
    "map",
    "link",
    "meta",
    "head",
    "dialog",
}
_BOILER_TAGS = {"nav", "footer", "aside"}
_BOILER_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_BOILER_CLASS = re.compile(
    r"cookie|consent|gdpr|dsgvo-banner|privacy-banner|cmp-|klaro|borlabs|usercentrics|breadcrumb|"
    r"twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|tooltip-?(?:text|content)|"
    r"(?<![a-z])(?:nav|navi|navbar|navigation|menu|menue|mainmenu|submenu|subnav|metanav|servicenav|"
    r"footer|sidebar|marginal|marginalspalte|aside|share|sharing|social|socials|shariff|teilen|print|"
    r"druck|drucken|skip|skiplinks|sprungmarken|pagination|pager|related|weitere|newsletter|search|"
    r"suche|login|toolbar|language|sprachwahl|tools|servicebar|topbar|header-links|quicklinks|"
    r"contact|kontakt|pressekontakt|ansprechpartner|rating|comments|kommentare|backlink|back|zurueck|"
    r"sharedaddy|teaser-?list|teaser-?box|teasers|tag-cloud|newslist|more-news|site-header|page-header-links|footnote-links|"
    r"tags|taglist|tag-list|entryfooter|entry-footer|post-footer|commentlist|comment-list|pingbacks?|trackbacks?)"
    r"(?![a-z]|-\d)",  # ``language-0``: a numbered layout modifier (TYPO3), not a language switch
    re.I,
)
_HEADLINE_HINT = re.compile(
    r"(?<![a-z])(?:headline|blog_headline|blog-headline|article-title|entry-title|post-title|news-title|"
    r"artikel-titel|pm-titel)(?![a-z-])",
    re.I,
)
_KICKER_HINT = re.compile(
    r"kicker|dachzeile|overline|topline|roofline|spitzmarke|superline|super-?headline|oberzeile|eyebrow|pretitle|"
    r"tagline",
    re.I,
)
_HINTS = (
    # a headline written as a styled block (``<div id="blog_headline">``), not as a heading element
    ("headline", _HEADLINE_HINT),
    ("kicker", _KICKER_HINT),
    (
        "subtitle",
        re.compile(
            r"subtitle|sub-title|subheadline|sub-headline|subline|untertitel|unterzeile|"
            r"headline-sub|title-sub|(?<![a-z])(?:lead|lead-?text|teaser-?text|news-teaser|intro-?text|"
            r"standfirst|vorspann)(?![a-z-])",
            re.I,
        ),
    ),
    (
        # an abstract/intro paragraph: a subtitle when it is a single line, else the lead of the body
        "abstract",
        re.compile(
            r"(?<![a-z])(?<!image-)(?<!img-)(?:abstract|summary|intro|excerpt|description|teaser)(?![a-z-])",
            re.I,
        ),
    ),
    (
        "date",
        re.compile(
            r"(?<![a-z])(?:date|datum|time|published|pubdate|veroeffentlicht|news-date|"
            r"article-date|meta-date|entry-date|post-date)(?![a-z])",
            re.I,
        ),
    ),
    (
        "category",
        re.compile(
            r"categor|kategorie|rubrik|(?<![a-z])(?:tags?|topic|themen?|section-name|keywords?|schlagworte)(?![a-z])|"
            r"__type\b|-doctype\b",
            re.I,
        ),
    ),
    (
        "caption",
        re.compile(
            r"caption|bildunterschrift|figcaption|credit|copyright|bildnachweis|image-text|image-description|"
            r"img-text|foto-text|photo|(?<![a-z])picture(?![a-z-])",
            re.I,
        ),
    ),
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "li",
    "ul",
    "ol",
    "td",
    "th",
    "tr",
    "table",
    "tbody",
    "thead",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "figure",
    "pre",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "form",
    "center",
    "hr",
    "body",
    "html",
}
_CONTENT_ID = re.compile(
    r"(?<![a-z])(?:content|main|inhalt|article|artikel|news-detail|newsdetail|"
    r"text|maincontent|main-content|content-main|hauptinhalt|detail|pressemitteilung|"
    r"entry-content|post-content|article-body|articlebody|news-text|bodytext)(?![a-z])",
    re.I,
)


def _attrs(tag: Tag) -> str:
    if tag.attrs is None:
        return ""
    cls = tag.get("class") or []
    text = " ".join([*(cls if isinstance(cls, list) else [cls]), str(tag.get("id") or "")])
    return _CAMEL.sub("-", text)  # ``navSkip``, ``navServiceMeta``: the words of a camel-case name


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{3,150})"')
_SCREEN_READER = re.compile(
    r"\b(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|element-invisible|aural|invisible)\b"
)
# a tag list labelled as topics or categories names the text's categories (bare tags are keywords)
_TOPIC_LABEL = re.compile(r"^(?:Themen?|Kategorien?|Rubriken?)\s*:", re.I)
_CATEGORY_CLASS = re.compile(
    r"^(?:(?:news|post|entry|article|news-list|news-single)-)?(?:categor(?:y|ies)|kategorien?|rubriken?)"
    r"(?:-(?:name|names|links?|list))?$|^cat-links$|^cat$",
    re.I,
)
_CATEGORY_LABEL = re.compile(
    r"^(?:Kategorien?|Rubrik(?:en)?|Them(?:a|en)?|Veröffentlicht in|Abgelegt unter)\b\s*:?\s*", re.I
)


def _main_article(article: Tag | None) -> bool:
    """The article that holds the page's headline, not a teaser of another post."""
    return article is not None and article.find("h1") is not None


def _page_categories(soup: BeautifulSoup) -> list[str]:
    """Category names stated in the post metadata: ``rel="category"`` links (WordPress), elements with a
    category class (TYPO3 ``news-list-category``, Joomla ``category-name``), outside navigation/sidebars."""
    found: list[str] = []
    texts: list[str] = []
    for a in soup.find_all(["a", "span"], rel=True):
        rel = a.get("rel") or []
        rels = rel if isinstance(rel, list) else str(rel).split()
        aside = any(  # a sidebar's tag cloud; a post's own footer (``entry-footer`` in the article) is none
            isinstance(p, Tag)
            and (p.name in _BOILER_TAGS or _SIDEBAR.search(_attrs(p)))
            and not (p.name == "footer" and _main_article(p.find_parent("article")))
            for p in a.parents
        )
        if "category" in rels or ("tag" in rels and not aside):
            texts.append(a.get_text(" ", strip=True))  # WordPress/TYPO3 category and tag links
    if not texts:
        for t in soup.find_all(class_=True):
            cls = t.get("class") or []
            topics = _TOPIC_LABEL.match(t.get_text(" ", strip=True)) and "tags" in cls  # ``Themen: A``
            named = any(_CATEGORY_CLASS.match(c) for c in (cls if isinstance(cls, list) else [cls]))
            if not (topics or named):
                continue
            if t.find_parent(["nav", "aside", "footer"]) is not None and t.find_parent("article") is None:
                continue
            # separate elements (``<span>Presse</span> <span>Bildung</span>``, list items, links and bare
            # words side by side) are separate categories
            items = [li for li in t.find_all("li") if li.find("li") is None]  # innermost items only
            parts = [li.get_text(" ", strip=True) for li in items] or [
                c.get_text(" ", strip=True) if isinstance(c, Tag) else str(c).strip()
                for c in t.children
                if not isinstance(c, Comment)
            ]
            parts = [x for x in parts if x]
            if len(parts) >= 2:
                texts.extend(parts)
            else:
                texts.append(t.get_text(" ", strip=True))
    for text in texts:
        # ``Kategorie: Kultur, Bildung``: the names listed in one element
        for x in re.split(r"\s*[,;|]\s*", _CATEGORY_LABEL.sub("", clean_text(text)).strip(" ,;|")):
            home = x.lower() in {"startseite", "home", "übersicht"}  # a link back to the site's start
            short = len(x.split()) <= 4 and len(x) <= 40 and not re.search(r"\d", x)
            if x and short and x not in found and not home:
                found.append(x)
    return found[:6]


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in soup.find_all("meta"):
        if m.get("itemprop") == "dateCreated":
            continue  # when the record was created in the CMS, not published: a visible byline comes first
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        val = (m.get("content") or "").strip()
        if not val:
            continue
        if key == "og:site_name":
            meta["site_name"] = val
        elif key in {"og:title", "twitter:title"} and "og_title" not in meta:
            meta["og_title"] = val
        elif (
            key
            in {
                "article:published_time",
                "datepublished",
                "dc.date.issued",
                "dc.date",
                "date",
                "publishdate",
                "pubdate",
                "dcterms.issued",
                "dcterms.created",
            }
            and "date" not in meta
        ):
            date = parse_date(val)
            if date:
                meta["date"] = date
    for script in soup.find_all("script", type="application/ld+json"):
        m = _LD_DATE.search(script.string or "")
        if "date" not in meta and m and parse_date(m.group(1)):
            meta["date"] = parse_date(m.group(1)) or ""
        m = _LD_PUBLISHER.search(script.string or "")
        if m and "publisher" not in meta:
            meta["publisher"] = clean_text(m.group(1))
    if "date" not in meta:
        # microdata: ``<time itemprop="datePublished" datetime="…">`` anywhere on the page
        for prop, key in (("datePublished", "date"), ("dateCreated", "created_date")):
            for t in soup.find_all(attrs={"itemprop": prop}):
                date = parse_date(str(t.get("datetime") or t.get("content") or t.get_text(" ", strip=True)))
                if date:
                    meta[key] = date
                    break
    if soup.title and soup.title.string:
        meta["title_tag"] = clean_text(soup.title.string)
    title = meta.get("og_title") or meta.get("title_tag")
    if title:
        meta["title"] = re.split(r"\s+[|–—-]\s+", title)[0].strip()
    return meta


def _is_boiler(tag: Tag) -> bool:
    if tag.name in _BOILER_TAGS:
        return True
    glossary = isinstance(tag.parent, Tag) and "gloss" in _attrs(tag.parent)
    if glossary and "tooltip" in (tag.get("class") or []):
        return True  # a glossary's hover text (``<span class="glossary-link">…<span class="tooltip">``)
    role = str(tag.get("role") or "").lower()
    if role in _BOILER_ROLES:
        return True
    if tag.get("hidden") is not None or tag.get("aria-hidden") == "true":
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    if "display:none" in style:
        return True
    attrs = _attrs(tag)
    return bool(attrs and _BOILER_CLASS.search(attrs))


def _strip(root: Tag) -> None:
    # one pass over the tree instead of a filtered search per kind (bs4 filters are slow on big pages)
    comments: list[Comment] = []
    tags: list[Tag] = []
    for node in root.descendants:
        if isinstance(node, Tag):
            tags.append(node)
        elif isinstance(node, Comment):
            comments.append(node)
    for c in comments:
        c.extract()
    kept: list[Tag] = []
    for t in tags:
        if not t.decomposed and t.attrs and _SCREEN_READER.search(" ".join(t.get("class") or [])):
            if re.fullmatch(r"h[1-6]", t.name) or t.find_parent(_HEADINGS) is not None:
                # a heading only screen readers see (the site's name) is no headline; inside a headline
                # (``<span class="aural">Datum:</span>``) such words are no part of it
                t.decompose()
                continue
            t.insert_after(" ")  # ``<span class="screen-reader-text">Kategorien</span><a>…``: a word apart
        if t.name in _DROP_TAGS:
            if not t.decomposed:
                t.decompose()
        else:
            kept.append(t)
    total = _text_len(root)
    for t in kept:
        if t.decomposed or t.attrs is None:
            continue
        if _is_boiler(t):
            if t.find("h1") is not None and not re.search(r"cookie|consent", _attrs(t), re.I):
                continue  # a header/wrapper holding the headline is not boilerplate
            if t.name not in _BOILER_TAGS and _text_len(t) > total / 2:
                continue  # ``<div class="mainwrap sidebar">``: a layout wrapper holding most of the page
            if t.name not in _BOILER_TAGS and _prose_wrapper(t):
                continue  # ``<div class="documentContent__sharingContainer">`` around the article's text
            if _overline_box(t):
                continue  # ``<p class="meta-tags"><span class="tagline">…</span></p><h1>``: the kicker
            t.decompose()
        elif (t.name == "header" and t.find("h1") is None and t.find_parent(["article", "main"]) is None) or (
            t.name == "form" and t.find("h1") is None and len(t.get_text(" ", strip=True)) < 500
        ):
            t.decompose()


def _prose_wrapper(tag: Tag) -> bool:
    """A container of several long paragraphs with few links: the article, whatever its class says (not a
    consent banner, a list of teasers or a sidebar)."""
    if _NOT_PROSE_WRAPPER.search(_attrs(tag)):
        return False
    if len([h for h in tag.find_all(["h2", "h3", "h4"], limit=20) if h.find("a") is not None]) >= 2:
        return False  # teasers under linked headings
    paras = [p for p in tag.find_all("p", limit=40) if len(p.get_text(" ", strip=True)) >= 200]
    if len(paras) < 3:
        return False
    text = _text_len(tag)
    return text >= 1000 and _link_len(tag) < 0.2 * text


_SIDEBAR = re.compile(r"(?<![a-z])(?:sidebar|marginal|aside|related|teaser|footer|nav)", re.I)
_NOT_PROSE_WRAPPER = re.compile(
    r"cookie|consent|privacy|datenschutz|related|weitere|teaser|newslist|news-list|more-news|sidebar|footer",
    re.I,
)


def _overline_box(tag: Tag) -> bool:
    """A short element right above the ``<h1>`` that holds a kicker (``tagline``, ``dachzeile``)."""
    nxt = tag.find_next_sibling(True)
    if nxt is None or nxt.name != "h1" or _text_len(tag) > 100:
        return False
    return bool(_KICKER_HINT.search(_attrs(tag))) or tag.find(class_=_KICKER_HINT) is not None


def _text_len(tag: Tag) -> int:
    return len(tag.get_text(" ", strip=True))


def _link_len(tag: Tag) -> int:
    return sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))


def _density(tag: Tag) -> float:
    text = sum(len(p.get_text(" ", strip=True)) for p in tag.find_all(["p", "li", "h1", "h2", "h3", "td"]))
    text = max(text, _text_len(tag) // 2)
    return text - 2 * _link_len(tag)


def _main_root(body: Tag) -> Tag:
    h1 = body.find("h1")
    for name in ("article", "main"):
        cands = [t for t in body.find_all(name) if _text_len(t) > 150]
        if cands:
            with_h1 = [t for t in cands if h1 is not None and t.find("h1") is h1]
            return with_h1[0] if with_h1 else max(cands, key=_text_len)
    role_main = body.find(attrs={"role": "main"})
    if isinstance(role_main, Tag) and _text_len(role_main) > 150:
        return role_main
    total = max(_density(body), 1)
    if h1 is not None:
        for anc in h1.parents:
            if not isinstance(anc, Tag):
                continue
            if _density(anc) >= 0.5 * total or anc.name == "body":
                return anc
    cands = [t for t in body.find_all(["div", "td", "section"]) if _CONTENT_ID.search(_attrs(t))]
    cands = [t for t in cands if _density(t) >= 0.5 * total]
    if cands:
        return min(cands, key=_text_len)
    best = body
    for t in body.find_all(["div", "td", "section"]):
        if _density(t) >= 0.7 * total and _text_len(t) < _text_len(best):
            best = t
    return best


_EVENT_CLASS = re.compile(
    r"(?<![a-z])(?:events?|termine?|veranstaltungs?|veranstaltungen|event-?facts|eventinfo|calendarize)(?![a-z])",
    re.I,
)
# the label of an event's date in a fact list (``<dt>Wann</dt><dd>Sonntag, 17. November …</dd>``)
EVENT_LABEL = re.compile(
    r"^(?:Wann|Termine?|Zeit|Zeitpunkt|Beginn|Uhrzeit|Datum und Uhrzeit|Datum der Veranstaltung|"
    r"Veranstaltungs(?:datum|termin|beginn)|Tag der Veranstaltung)\s*:?$",
    re.I,
)


def _in_event(tag: Tag, stop: Tag | None) -> bool:
    """``tag`` states an event's date: ``itemprop="startDate"``, a ``<dd>`` under a ``Wann``/``Termin``
    label, or inside an event/Termin/Veranstaltung box (one that does not hold the headline)."""
    node: Tag | None = tag
    depth = 0
    while node is not None and node is not stop and depth < 5:
        if node.attrs is not None:
            if str(node.get("itemprop") or "") in {"startDate", "endDate", "doorTime"}:
                return True
            if node.name == "dd":
                dt = node.find_previous_sibling("dt")
                if isinstance(dt, Tag) and EVENT_LABEL.match(dt.get_text(" ", strip=True)):
                    return True
            attrs = _attrs(node)
            if attrs and _EVENT_CLASS.search(attrs) and node.find("h1") is None:
                return True
        node = node.parent if isinstance(node.parent, Tag) else None
        depth += 1
    return False


def _hint_of(tag: Tag, stop: Tag | None) -> str:
    hint = _base_hint(tag, stop)
    if hint in {"", "date"} and _in_event(tag, stop):
        return "event"
    return hint


def _base_hint(tag: Tag, stop: Tag | None) -> str:
    node: Tag | None = tag
    depth = 0
    while node is not None and node is not stop and depth < 4:
        if node.name == "time":
            return "date"
        if node.name == "figcaption" or (node.name == "figure" and node.find(["h1", "h2"]) is None):
            return "caption"  # not a teaser figure holding the headline (``<figure class="teaser"><h1>``)
        if node.name == "blockquote":
            return "blockquote"
        attrs = _attrs(node)
        # a BEM element names its part (``headline__kicker`` in ``<h1 class="headline">``): a kicker first
        elements = " ".join(c.rsplit("__", 1)[1] for c in (node.get("class") or []) if "__" in c)
        if elements and _KICKER_HINT.search(elements):
            return "kicker"
        if attrs:
            for hint, rx in _HINTS:
                if rx.search(attrs):
                    return hint
        node = node.parent if isinstance(node.parent, Tag) else None
        depth += 1
    return ""


_SRC_NL = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_TABLE_BLOCKERS = ["table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "form", "dl"]
MAX_CELL_CHARS = 300


def _data_table_rows(table: Tag) -> list[list[Tag]] | None:
    """The rows (cell tags) of a data table, or ``None`` for a layout table: a data table holds no nested
    table, headings, lists or paragraphs of running text; it has two rows or more, two columns or more in
    some row, and short cells. Whole-page layouts of old CMS (navigation cell next to the content cell) fail
    these tests and are walked as before (each cell its own block)."""
    if str(table.get("role") or "").lower() in {"presentation", "none"}:
        return None
    if table.find(_TABLE_BLOCKERS) is not None:
        return None
    rows: list[list[Tag]] = []
    for tr in table.find_all("tr"):
        cells = [c for c in tr.find_all(["td", "th"], recursive=False)]
        if cells:
            rows.append(cells)
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    for r in rows:
        for c in r:
            if len(c.get_text(" ", strip=True)) > MAX_CELL_CHARS or len(c.find_all(["p", "div"])) > 1:
                return None
    return rows


def _cell_text(cell: Tag) -> str:
    return re.sub(r"\s+", " ", cell.get_text(" ").replace("\u00ad", "")).strip()


_IMAGE_CLASS = re.compile(r"(?<![a-z])(?:zoom|image|img|bild|foto|photo|lightbox|gallery)(?![a-z])", re.I)


def _headline_rest(heading: Tag, first: Tag) -> str:
    """The heading's words after its first element, leaving out a topline, date or subtitle inside it."""
    words = []
    for piece in heading.find_all(string=True):
        inside = []
        for a in piece.parents:
            if a is heading:
                break
            inside.append(a)
        if any(a is first or a.name in {"time", "small"} or _base_hint(a, heading) for a in inside):
            continue
        words.append(str(piece))
    return clean_text(" ".join(words))


def _under_image(tag: Tag) -> bool:
    """The element right before ``tag`` is an image or holds one with at most a credit line (a picture, a
    zoom link with ``© Erzbistum Köln``); a heading is never the image."""
    prev = tag.find_previous_sibling(True)
    if not isinstance(prev, Tag) or prev.name in _HEADINGS or prev.find(_HEADINGS) is not None:
        return False
    pictured = prev.find(["img", "picture"]) is not None or _IMAGE_CLASS.search(_attrs(prev)) is not None
    return prev.name in {"img", "picture", "figure"} or (
        pictured and len(prev.get_text(" ", strip=True).split()) <= 6
    )


_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def _shown_number(item: Tag, ordered: Tag, text: str) -> str:
    """The number an ``<ol>`` shows before ``item`` (``3.``): its ``start`` plus the items before it, or the
    item's ``value``; none for letters, roman or reversed numbering, or where the text carries its number."""
    lettered = ordered.get("type") not in (None, "1") or ordered.has_attr("reversed")
    if lettered or re.match(r"\d{1,3}[.)]\s", text):
        return ""
    value, start = str(item.get("value") or ""), str(ordered.get("start") or "1")
    if value.isdigit():
        return f"{value}."
    return f"{(int(start) if start.isdigit() else 1) + len(item.find_previous_siblings('li'))}."


class _Walker:
    def __init__(self, root: Tag) -> None:
        self.root = root
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.buf_tag: Tag | None = None
        self.dates: list[str] = []
        self.link_chars = 0
        # kicker-classed elements (``<span class="tagline">``), found once: a block may be made of one
        self.kickers = [(k, clean_text(k.get_text(" "))) for k in root.find_all(class_=_KICKER_HINT)]

    def _holds_kicker(self, tag: Tag, text: str) -> bool:
        """``tag``'s whole text is a kicker-classed element inside it."""
        return any(label == text and any(a is tag for a in (k, *k.parents)) for k, label in self.kickers)

    def flush(self, kind: str = "p", tag: Tag | None = None) -> None:
        text = clean_text("".join(self.buf))
        self.buf = []
        src = tag or self.buf_tag
        self.buf_tag = None
        link_chars, self.link_chars = self.link_chars, 0
        if text:
            hint = _hint_of(src, self.root) if src is not None else ""
            if hint == "abstract":
                line = "\n" not in text and len(text.split()) <= 30 and not re.search(r"[.!?:]$", text)
                hint = "subtitle" if line else ""
            elif hint == "subtitle" and len(re.findall(r"[.!?](?:\s|$)", text)) >= 2:
                hint = ""  # a teaser of several sentences is the lead paragraph of the body
            elif hint != "kicker" and src is not None and len(text) < 100 and self._holds_kicker(src, text):
                hint = "kicker"  # ``<p class="meta-tags"><span class="tagline">…</span></p>``
            elif hint == "subtitle" and src is not None and _under_image(src):
                hint = "caption"  # ``<a class="zoom"><img …></a><div class="subtitle">…``: the image's line
            links = min(1.0, link_chars / max(1, len(re.sub(r"\s", "", text))))
            self.blocks.append(Block(kind, text, hint, links=round(links, 2)))

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if str(child).strip() and self.buf_tag is None:
                    self.buf_tag = node
                # the source's own line breaks are no breaks (only ``<br>`` is); ``<pre>`` keeps them
                text = str(child) if node.name == "pre" else _SRC_NL.sub(" ", str(child))
                self.buf.append(text)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                if "".join(self.buf[-4:]).rstrip(" \t").endswith("\n") and "".join(self.buf).strip():
                    self.flush()  # ``<br><br>``: a paragraph break in old table/font layouts
                else:
                    self.buf.append("\n")
            elif name == "time" and child.get("datetime"):
                date = parse_date(str(child["datetime"]))
                if date and _hint_of(child, self.root) != "event":
                    self.dates.append(date)  # an event's ``<time>`` is no publication date
                self.buf_tag = self.buf_tag or child
                self.buf.append(" " + child.get_text(" ") + " ")  # two <time>s must not run together
            elif name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self.flush()
                self._heading(child)
            elif name == "li":
                self.flush()
                self.walk(child)
                count = len(self.blocks)
                self.flush("li", child)
                if node.name == "ol" and len(self.blocks) > count:
                    self.blocks[-1].number = _shown_number(child, node, self.blocks[-1].text)
            elif name == "img" or (name == "table" and self._table(child)):
                continue
            elif name in _BLOCK_TAGS or (node.name != "p" and _base_hint(child, node) == "caption"):
                # a block; also an inline caption or credit outside a paragraph
                # (``<span class="image-description">``), which must not run into the text beside it
                self.flush()
                self.walk(child)
                self.flush("p", child)
            else:
                if self.buf_tag is None and child.get_text(strip=True):
                    self.buf_tag = child
                if name == "a":
                    self.link_chars += len(re.sub(r"\s", "", child.get_text()))
                self.walk(child)

    def _table(self, table: Tag) -> bool:
        """A data table becomes one ``table`` block (after its caption as a paragraph); ``False`` for a
        layout table (walked cell by cell)."""
        rows = _data_table_rows(table)
        if rows is None:
            return False
        self.flush()
        first = rows[0]
        thead = table.find("thead")
        header = all(c.name == "th" for c in first) or (thead is not None and first[0] in thead.descendants)
        cap_tag = table.find("caption")
        caption = _cell_text(cap_tag) if isinstance(cap_tag, Tag) else ""
        if caption:
            self.blocks.append(Block("p", caption))
        cells = [[_cell_text(c) for c in r] for r in rows]
        text = table_text(cells)
        if text:
            self.blocks.append(Block("table", text, "", rows=cells, header=header, caption=caption))
        return True

    def _heading(self, tag: Tag) -> None:
        # a kicker span inside the heading becomes its own block; a date in it is the date line
        first = next((c for c in tag.children if not isinstance(c, NavigableString) or c.strip()), None)
        for span in tag.find_all(True):
            hint = _hint_of(span, tag)
            label = span.name in {"em", "i", "small", "span", "div"} and hint in {"", "category"}
            if span is first and label:
                rest = _headline_rest(tag, span)
                if rest and len(span.get_text(" ").split()) <= 5:
                    # ``<h1><em>Holocaust-Gedenktag </em>Erinnerung an …</h1>``, ``<div class="topic-label">``
                    hint = "kicker"
            if hint in {"kicker", "subtitle"}:
                text = clean_text(span.get_text(" "))
                span.extract()
                if text:
                    if hint == "kicker":
                        dated = leading_date(text)
                        only_date = dated is not None and not dated[1].strip()
                        self.blocks.append(Block("p", text, "date" if only_date else "kicker"))
                    else:
                        self.blocks.append(Block(tag.name, clean_text(tag.get_text(" "))))
                        self.blocks.append(Block("p", text, "subtitle"))
                        return
        text = clean_text(tag.get_text(" ").replace("\n", " "))
        if text:
            hint = _hint_of(tag, self.root)
            linked = tag.find_parent("a") is not None or (
                (a := tag.find("a")) is not None and clean_text(a.get_text(" ")) == text
            )  # a teaser card's headline links to another page
            kept = hint if hint in {"kicker", "subtitle", "caption"} else ""
            self.blocks.append(Block(tag.name, text, kept, links=float(linked)))


_BOX_CLASS = re.compile(
    r"(?<![a-z])(?:info-?box(?:es)?|infokasten|info-?kasten|box|boxes|hinweis(?:-?box)?|hinweiskasten|"
    r"tool-?box|tool|ics|ical|vcal|calendar-?export|add-?to-?calendar)(?![a-z])",
    re.I,
)


def _strip_boxes(root: Tag) -> None:
    """Info and tool boxes inside the article (``<div class="infobox">``, ``hinweis``, calendar export):
    no main text. Only a box that is a small part of the content and does not hold the headline."""
    total = _text_len(root)
    for t in root.find_all(["div", "section", "p", "ul", "dl"]):
        if t.decomposed or t.attrs is None or not _BOX_CLASS.search(_attrs(t)):
            continue
        if t.find("h1") is not None or _text_len(t) > 0.4 * total:
            continue
        t.decompose()


_DL_DATE = re.compile(
    r"^(?:Datum|(?:Erscheinungs|Veröffentlichungs|Ausgabe)datum|Veröffentlicht(?:\s+am)?|Erschienen(?:\s+am)?)\s*:?$",
    re.I,
)
_DL_CATS = re.compile(
    r"^(?:Kategorien?|Rubrik(?:en)?|Them(?:a|en)|Schlagw[öo]rte?r?|Stichw[öo]rte?r?|Tags?)\s*:?$", re.I
)


def _dl_metadata(body: Tag, meta: dict[str, str], categories: list[str]) -> None:
    """A definition list of post metadata (``<dt>Datum</dt><dd>14.02.2025</dd>``, ``<dt>Kategorie</dt>
    <dd><ul><li>…</li></ul></dd>``): the publication date and categories; the list leaves the body. Only a
    list whose every label is a metadata label and that names a category or has two labels (a lone
    ``Datum`` may be an event's)."""
    for dl in body.find_all("dl"):
        if dl.decomposed or dl.find_parent(["nav", "aside", "footer"]) is not None:
            continue
        dts = dl.find_all("dt")
        labels = [clean_text(dt.get_text(" ", strip=True)) for dt in dts]
        if not dts or not all(_DL_DATE.match(x) or _DL_CATS.match(x) for x in labels):
            continue
        if len(dts) < 2 and not any(_DL_CATS.match(x) for x in labels):
            continue
        for dt, label in zip(dts, labels, strict=True):
            dd = dt.find_next_sibling(["dd", "dt"])
            if not isinstance(dd, Tag) or dd.name != "dd":
                continue
            if _DL_DATE.match(label):
                date = parse_date(clean_text(dd.get_text(" ", strip=True)))
                if date and "date" not in meta:
                    meta["date"] = date
                continue
            items = [li.get_text(" ", strip=True) for li in dd.find_all("li")] or re.split(
                r"\s*[,;|]\s*", dd.get_text(" ", strip=True)
            )
            for x in items:
                x = _CATEGORY_LABEL.sub("", clean_text(x)).strip(" ,;|")
                if x and len(x.split()) <= 4 and len(x) <= 40 and x not in categories:
                    categories.append(x)
        dl.decompose()


_TAGLINE = re.compile(r"claim|slogan|tagline|motto|untertitel-site|site-?description", re.I)


def _article_heading_beside_sidebar(body: Tag) -> None:
    """``<aside><h1>Presse & Medien</h1>…</aside>`` beside ``<h2>Mehr Ausbildungsverträge …</h2>``: where
    every ``<h1>`` heads a sidebar's box, the article's first heading outside the boxes is the headline."""
    h1s = body.find_all("h1")
    if not h1s or any(h.find_parent("aside") is None for h in h1s):
        return
    outside = (
        h for h in body.find_all(["h2", "h3"]) if h.find_parent(["aside", "nav", "header", "footer"]) is None
    )  # the first heading over the article, an ``<h2>`` or an ``<h3>``
    h2 = next(outside, None)
    if h2 is None:
        return
    for h in h1s:
        h.name = "p"
    h2.name = "h1"


def _drop_site_h1(body: Tag, title_tag: str) -> None:
    """An old layout's page header ``<h1>Gemeinde Nottuln</h1>`` (with its tagline) when the title tag pairs
    the site's name with another heading of the page (``Gemeinde Nottuln - Bürgerversammlung …``)."""
    parts = [clean_text(x) for x in re.split(r"\s+[-|–]\s+", title_tag) if x.strip()]
    if len(parts) < 2:
        return
    for h1 in body.find_all("h1"):
        text = clean_text(h1.get_text(" "))
        nxt = h1.find_next(["h2", "h3"])
        other = clean_text(nxt.get_text(" ")) if nxt is not None else ""
        # the site's name is the shorter part; the page's own headline comes next
        if text in parts and other in parts and other != text and len(other) > len(text):
            for sib in h1.find_next_siblings(True, limit=2):
                if _TAGLINE.search(_attrs(sib)):
                    sib.decompose()
            h1.decompose()
            return


def _styled_headline(body: Tag, title_tag: str) -> Tag | None:
    """A short block whose class or id names it the headline (``<div id="blog_headline">``), not the site's
    (``top_headline``); one the title tag repeats comes first."""
    found = [
        t
        for t in body.find_all(["div", "p", "span", "strong"])
        if _HEADLINE_HINT.search(_attrs(t))
        and not re.search(r"top|site|header|logo|brand", _attrs(t), re.I)
        and 0 < len(t.get_text(" ").split()) <= 25
    ]
    named = [t for t in found if clean_text(t.get_text(" ")) and clean_text(t.get_text(" ")) in title_tag]
    return (named or found or [None])[0]


_DATE_LIKE = re.compile(
    rf"\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}\.?\s+{MONTH_RE}\s+\d{{4}}|"
    rf"{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)
# containers whose dates are not the page's: comments, sidebars, related or listed items, event calendars
_NOT_BYLINE = re.compile(
    r"comment|kommentar|respond|widget|sidebar|related|teaser|recent|similar|weitere|archiv|calendar|kalender|"
    r"termin|event|veranstaltung|copyright|breadcrumb|heute|today",
    re.I,
)


# an element marked as the post's date or metadata line (not a revision's ``updated``)
_DATE_CLASS = re.compile(
    r"(?<!up)date(?!d)|datum|posted|published|pubdate|meta-?info|post-?meta|entry-?meta|byline"
)
_TAXONOMY_CLASS = re.compile(r"^(?:category|tag|post_tag|author|format|status|type|postid)[-_]")


def _own_classes(tag: Tag) -> str:
    """Class and id words that describe the element itself, without the taxonomy classes a CMS adds to a
    post (``category-termine``, ``post_tag-kommentar``)."""
    return " ".join(w for w in _attrs(tag).split() if not _TAXONOMY_CLASS.match(w))


def _repeated(body: Tag, tag: Tag) -> bool:
    """More than one element of the page has the classes of ``tag``: an item of a list or feed."""
    classes = [c for c in (tag.get("class") or []) if re.fullmatch(r"[\w-]+", c)]
    return bool(classes) and len(body.select(f"{tag.name}." + ".".join(classes), limit=2)) > 1


def _short_text(tag: Tag, limit: int, cache: dict[int, str | None]) -> str | None:
    """The text of ``tag`` if it is at most ``limit`` characters long, else ``None`` (read only that far)."""
    if id(tag) not in cache:
        parts, size = [], 0
        for string in tag.strings:
            parts.append(string)
            size += len(string)
            if size > 2 * limit:  # whitespace is squeezed later; far longer text is no short line
                break
        text = clean_text(" ".join(parts))
        cache[id(tag)] = text if size <= 2 * limit and len(text) <= limit else None
    return cache[id(tag)]


def _byline_date(body: Tag) -> str | None:
    """The publication date a byline or post-metadata line states (``Von Christian am 03.05.2013``,
    ``<dt>Datum</dt><dd>12.01.2017</dd>``), searched in the whole page before boilerplate is stripped: the
    first one after the headline, else one just above it in the headline's container."""
    h1 = body.find("h1")
    order: dict[int, int] = {}  # document order of the tags, built at the first byline found
    texts: dict[int, str | None] = {}  # short texts of the containers looked at
    above: str | None = None
    for string in body.find_all(string=_DATE_LIKE):
        el = string.parent
        if not isinstance(el, Tag) or el.name in {"script", "style", "noscript", "title", "option", "a"}:
            continue
        ancestors = [a for a in el.parents if isinstance(a, Tag) and a.name not in {"html", "body"}]
        if any(a.name == "nav" or _NOT_BYLINE.search(_own_classes(a)) for a in [el, *ancestors]):
            continue
        # the line itself (``Dieser Artikel wurde am … von <a>Heiner</a> geschrieben …``), else its element
        # and up to two containers (``<dt>Datum</dt><dd>12.01.2017</dd>``)
        line = clean_text(str(string))
        date = byline_date(line, whole_line=False)
        marked = next((a for a in [el, *ancestors[:2]] if _DATE_CLASS.search(_own_classes(a))), None)
        if date is None and marked is not None and not _repeated(body, marked):
            date = short_date(line)  # ``<div class="nfy-ar-date">12.10.2015, 19:16 Uhr</div>``
        for _ in range(3):
            if date is not None or el is body:
                break
            text = _short_text(el, 300, texts)
            if text is None:
                break
            date = byline_date(text)
            el = el.parent if date is None and isinstance(el.parent, Tag) else el
        if date is None:
            continue
        order = order or {id(t): k for k, t in enumerate(body.find_all(True))}
        if h1 is None or order.get(id(el), 0) >= order.get(id(h1), 0):
            return date
        parents = {id(a) for a in el.parents}
        if id(el) in {id(a) for a in h1.parents} or any(id(a) in parents for a in list(h1.parents)[:3]):
            above = above or date  # a date line just above the headline, in the post's container
    return above


def html_blocks(html: str) -> Parsed:
    """Parse ``html`` into main-content blocks plus page metadata."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # an XHTML page parses fine as HTML
        soup = BeautifulSoup(html, "lxml")
    meta = _meta(soup)
    body = soup.body or soup
    categories = _page_categories(body)
    if (byline := _byline_date(body)) is not None:
        meta["byline_date"] = byline
    _dl_metadata(body, meta, categories)
    _article_heading_beside_sidebar(body)
    _strip(body)
    _drop_site_h1(body, meta.get("title_tag", ""))
    root = _main_root(body)
    _strip_boxes(root)
    walker = _Walker(root)
    h1 = (
        body.find("h1")
        or body.find(["h2", "h3"], attrs={"itemprop": "headline"})
        or _styled_headline(body, meta.get("title_tag", ""))
    )
    prev = h1.find_previous_sibling(True) if h1 is not None else None
    if (
        isinstance(prev, Tag)
        and prev.name in {"p", "span", "div", "strong", "small"}
        and prev.find("a") is None
        and 0 < len(prev.get_text(" ").split()) <= 8
    ):
        meta["h1_overline"] = clean_text(prev.get_text(" "))  # a short line right above the headline
    if h1 is not None and root not in h1.parents and h1 is not root:
        root_parents = {id(a) for a in root.parents}
        common = next((a for a in h1.parents if id(a) in root_parents), None)
        heading = clean_text(h1.get_text(" "))
        page_title = meta.get("title", "")
        named = h1.get("itemprop") == "headline" or (bool(heading) and page_title.startswith(heading))
        small = common is not None and _text_len(common) <= 2 * _text_len(root) + 600
        if named and small and common is not body:
            # ``<div class="article"><h3>…</h3><div class="teaser-text">…</div><div itemprop="articleBody">``:
            # headline, lead and text share a small container; walk it whole
            root, walker = common, _Walker(common)
    if h1 is not None and root not in h1.parents and h1 is not root:
        # headline outside the content root: take its container first
        head = h1.parent if isinstance(h1.parent, Tag) and _text_len(h1.parent) < 600 else h1
        if head in root.parents:
            root, walker = head, _Walker(head)  # the container holds the content too: walk it once
        else:
            hw = _Walker(head)
            if head is h1:
                hw._heading(h1)
            else:
                hw.walk(head)
                hw.flush()
            walker.blocks.extend(hw.blocks)
            walker.dates.extend(hw.dates)
            head.extract()
    walker.walk(root)
    walker.flush()
    if not any(b.kind == "h1" for b in walker.blocks):
        styled = next((b for b in walker.blocks if b.hint == "headline" and b.kind == "p"), None)
        if styled is not None and len(styled.text.split()) <= 25 and "\n" not in styled.text:
            styled.kind, styled.hint = "h1", ""  # the page's headline, styled without a heading element
    if walker.dates and "date" not in meta:
        meta["date"] = walker.dates[0]
    _demote_section_h1s(walker.blocks, meta.get("title", ""))
    _headline_over_the_text(walker.blocks)
    for b in walker.blocks:
        sentences = len(re.findall(r"[a-zäöüß][.!?](?:\s|$)", b.text))
        if b.is_heading and len(b.text.split()) > 25 and sentences >= 2:
            b.kind = "p"  # a lead of several sentences set in a heading element is text, not a headline
    return Parsed(blocks=walker.blocks, meta=meta, categories=categories)


def _demote_section_h1s(blocks: list[Block], page_title: str) -> None:
    """Several ``<h1>`` (``Pressemitteilungen`` over ``Norddeutschland findet seine Meister``): where one is
    the page's title, the others name sections of the site and are no headline."""
    h1s = [b for b in blocks if b.kind == "h1"]
    if len(h1s) < 2 or sum(b.text == page_title for b in h1s) != 1:
        return
    for b in h1s:
        if b.text != page_title:
            b.kind = "p"


def _headline_over_the_text(blocks: list[Block]) -> None:
    """Side boxes headed by ``<h1>`` (``Quicklinks``, ``Unsere Partner``) while the article's text stands
    under an ``<h2>``: the heading over the text is the headline, the boxes' headings are none."""
    h1s = [i for i, b in enumerate(blocks) if b.kind == "h1"]
    if not h1s:
        return
    prose = {i: _section_prose(blocks, i) for i, b in enumerate(blocks) if b.kind in {"h1", "h2", "h3"}}
    best = max(prose, key=lambda i: prose[i])
    if blocks[best].kind == "h1" or prose[best] < 150 or max(prose[i] for i in h1s) >= 60:
        return
    level = blocks[best].level
    # the article may open with shorter sections under headings of the same level: its first heading leads
    first = best
    for i in sorted((i for i in prose if i < best and blocks[i].level == level), reverse=True):
        if prose[i] < 30:
            break
        first = i
    # the boxes: every h1's section, and the sibling boxes of little text above the article's heading
    boxes = [
        i
        for i in prose
        if blocks[i].kind == "h1" or (i < first and blocks[i].level <= level and prose[i] < 60)
    ]
    drop = {j for i in boxes for j in _section(blocks, i)}
    blocks[first].kind = "h1"
    blocks[:] = [b for j, b in enumerate(blocks) if j not in drop]


def _section(blocks: list[Block], start: int) -> range:
    """The heading at ``start`` and the blocks under it, up to the next heading of the same or a higher
    level."""
    level = blocks[start].level
    ends = (j for j in range(start + 1, len(blocks)) if blocks[j].is_heading and blocks[j].level <= level)
    return range(start, next(ends, len(blocks)))


def _section_prose(blocks: list[Block], start: int) -> int:
    """Words of running text (paragraphs of ten words or more, mostly not links) under the heading at
    ``start``."""
    under = [blocks[j] for j in _section(blocks, start)][1:]
    texts = [b.text.split() for b in under if b.kind == "p" and b.links < 0.5]
    return sum(len(words) for words in texts if len(words) >= 10)
