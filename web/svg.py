"""Small inline SVG charts and maps, built from numbers only (no user text in attributes)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape


def timeline(buckets: Sequence[tuple[str, int]], title: str, width: int = 640, height: int = 160) -> Markup:
    """Return a bar chart of hits per period as inline SVG with an accessible title."""
    if not buckets:
        return Markup("")
    top = max(c for _, c in buckets) or 1
    pad_l, pad_b, pad_t = 36, 28, 10
    plot_w, plot_h = width - pad_l - 6, height - pad_b - pad_t
    step = plot_w / len(buckets)
    bar_w = max(step * 0.8, 1.0)
    label_every = max(1, math.ceil(len(buckets) / 12))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="tl-title" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="tl-title">{escape(title)}</title>',
        f'<line class="axis" x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 4}" y2="{pad_t + plot_h}"/>',
        f'<text class="tick" x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end">0</text>',
    ]
    for i, (label, count) in enumerate(buckets):
        h = plot_h * count / top
        x = pad_l + i * step + (step - bar_w) / 2
        y = pad_t + plot_h - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}">'
            f"<title>{escape(label)}: {count}</title></rect>"
        )
        if i % label_every == 0:
            parts.append(
                f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{height - 8}" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def _rings(shape: Any) -> list[list[tuple[float, float]]]:
    """Normalise a boundary (GeoJSON geometry, polygon or list of rings) to a list of rings."""
    if shape is None:
        return []
    if isinstance(shape, dict):
        kind, coords = shape.get("type"), shape.get("coordinates", [])
        if kind == "Feature":
            return _rings(shape.get("geometry"))
        if kind == "Polygon":
            return [[(float(x), float(y)) for x, y, *_ in ring] for ring in coords]
        if kind == "MultiPolygon":
            return [[(float(x), float(y)) for x, y, *_ in ring] for poly in coords for ring in poly]
        return []
    shape = list(shape)
    if not shape:
        return []
    first = shape[0]
    if isinstance(first, list | tuple) and first and isinstance(first[0], int | float):
        return [[(float(x), float(y)) for x, y, *_ in shape]]
    out: list[list[tuple[float, float]]] = []
    for item in shape:
        out.extend(_rings(item))
    return out


def municipality_map(shape: Any, point: tuple[float, float] | None, title: str, size: int = 240) -> Markup:
    """Return a small map of a municipality boundary (lon/lat) as inline SVG."""
    rings = _rings(shape)
    pts = [p for ring in rings for p in ring]
    if not pts and point is None:
        return Markup("")
    if not pts and point is not None:
        pts = [(point[0] - 0.05, point[1] - 0.05), (point[0] + 0.05, point[1] + 0.05)]
    lons = [p[0] for p in pts]
    lats = [p[1] for p in pts]
    mid_lat = (min(lats) + max(lats)) / 2
    kx = math.cos(math.radians(mid_lat))
    w = (max(lons) - min(lons)) * kx or 1e-6
    h = (max(lats) - min(lats)) or 1e-6
    scale = (size - 20) / max(w, h)

    def proj(lon: float, lat: float) -> tuple[float, float]:
        return 10 + (lon - min(lons)) * kx * scale, 10 + (max(lats) - lat) * scale

    vb_w, vb_h = w * scale + 20, h * scale + 20
    parts = [
        f'<svg class="map" viewBox="0 0 {vb_w:.1f} {vb_h:.1f}" role="img" aria-labelledby="map-title" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="map-title">{escape(title)}</title>'
    ]
    if rings:
        d = " ".join(
            "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in (proj(*p) for p in ring)) + " Z" for ring in rings
        )
        parts.append(f'<path class="area" fill-rule="evenodd" d="{d}"/>')
    if point is not None:
        x, y = proj(*point)
        parts.append(f'<circle class="pin" cx="{x:.1f}" cy="{y:.1f}" r="4"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
