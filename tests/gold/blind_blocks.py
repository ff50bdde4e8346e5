"""Article blocks shared by the builders of the blind gold sets (gold_blind8, gold_blind9): a page body is
written once as blocks and rendered both as HTML for the document and as text for the gold record."""

import html as htmlmod
import re


def P(h):
    return ("p", h)


def UL(*items):
    return ("ul", list(items))


def HD(h, tag="h3"):
    return ("h", h, tag)


def TABLE(caption, header, rows):
    return ("table", caption, header, rows)


def RAW(h):
    """Markup (or text) inside the article body that is not body text (banner, figure, page break ...)."""
    return ("raw", h)


def SPLICE(before, raw, after):
    """One paragraph with non-body markup (e.g. a consent banner) spliced into its middle."""
    return ("splice", before, raw, after)


def text_of(h):
    t = re.sub(r"<[^>]+>", "", h)
    t = htmlmod.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def body_html(blocks, dateline="", indent="  "):
    out = []
    first = True
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(f"{indent}<p>{(dateline if first else '') + b[1]}</p>")
            first = False
        elif kind == "splice":
            out.append(f"{indent}<p>{b[1]}{b[2]}{b[3]}</p>")
            first = False
        elif kind == "ul":
            out.append(f"{indent}<ul>\n" + "\n".join(f"{indent}  <li>{i}</li>" for i in b[1]) + f"\n{indent}</ul>")
        elif kind == "h":
            out.append(f"{indent}<{b[2]}>{b[1]}</{b[2]}>")
        elif kind == "table":
            cap, head, rows = b[1], b[2], b[3]
            t = [f"{indent}<table class=\"contenttable\">", f"{indent}  <caption>{cap}</caption>",
                 f"{indent}  <thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>", f"{indent}  <tbody>"]
            for r in rows:
                t.append(f"{indent}    <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
            t += [f"{indent}  </tbody>", f"{indent}</table>"]
            out.append("\n".join(t))
        elif kind == "raw":
            out.append(indent + b[1])
    return "\n".join(out)


def body_text(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(text_of(b[1]))
        elif kind == "splice":
            out.append(text_of(b[1] + b[3]))
        elif kind == "ul":
            out.append("\n".join("- " + text_of(i) for i in b[1]))
        elif kind == "h":
            out.append(text_of(b[1]))
        elif kind == "table":
            rows = [" | ".join(text_of(c) for c in b[2])] + [" | ".join(text_of(c) for c in r) for r in b[3]]
            out.append(text_of(b[1]))
            out.append("\n".join(rows))
    return "\n\n".join(out)
