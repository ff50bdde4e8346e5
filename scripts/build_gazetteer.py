#!/usr/bin/env python3
"""Build the compact gazetteer files shipped in ``archive/data/`` (run by hand).

Reads the Destatis register GV100AD (all of Germany), the derived Brandenburg CSV
(points) and the Brandenburg VG250 boundaries from ``--source`` (default
``../shared/data/gazetteer`` relative to the repository) and writes:

* ``archive/data/gazetteer.json.gz`` — every Land, Kreis, Gemeindeverband and
  Gemeinde: key, level, kind, official name, Land/Kreis/Verband keys, ARS,
  population, seat, approximate point (Brandenburg only);
* ``archive/data/brandenburg_shapes.json.gz`` — simplified municipality
  boundaries of Brandenburg for small SVG maps;
* ``archive/data/SOURCES.md`` — attribution.

Usage: ``python scripts/build_gazetteer.py [--source DIR] [--out DIR]``
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import gazetteer  # noqa: E402

GV100 = "GV100AD_301121.ASC"
STAND = "2021-11-30"

# Textkennzeichen of GV100AD per Satzart -> kind label
KINDS = {
    "41": "Kreisfreie Stadt",
    "42": "Stadtkreis",
    "43": "Kreis",
    "44": "Landkreis",
    "45": "Regionalverband",
    "51": "Amt",
    "52": "Samtgemeinde",
    "53": "Verbandsgemeinde",
    "54": "Verwaltungsgemeinschaft",
    "55": "Kirchspielslandgemeinde",
    "56": "Verwaltungsverband",
    "57": "Verwaltungsgemeinschaft",
    "58": "Erfüllende Gemeinde",
    "60": "Markt",
    "61": "Kreisfreie Stadt",
    "62": "Stadtkreis",
    "63": "Stadt",
    "64": "Gemeinde",
    "65": "Gemeindefreies Gebiet",
    "66": "Gemeindefreies Gebiet",
    "67": "Große Kreisstadt",
}

SOURCES_MD = """# Sources of the gazetteer data

Built by `scripts/build_gazetteer.py`; do not edit by hand.

| file | content | source |
|---|---|---|
| `gazetteer.json.gz` | Länder, Kreise, Gemeindeverbände and Gemeinden of Germany (keys, names, kinds, \
population; points for Brandenburg) | Quelle: Statistisches Bundesamt (Destatis), \
Gemeindeverzeichnis GV100AD, \
Stand 30.11.2021 (reproduction with source attribution permitted); points: mean of VG250 boundary vertices |
| `brandenburg_shapes.json.gz` | simplified municipality boundaries of Brandenburg (Douglas–Peucker, \
≤ ~{max_points} points per municipality, lon/lat rounded to 4 decimals) | © GeoBasis-DE / BKG (VG250), \
dl-de/by-2.0 (Datenlizenz Deutschland – Namensnennung – Version 2.0), modified (simplified) |

Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Stand 30.11.2021.

© GeoBasis-DE / BKG (VG250), dl-de/by-2.0.

`persons-overrides.json` (optional, in the archive's data directory, not here) is
documented in `archive/persons.py`.
"""


def parse_gv100(path: Path) -> list[dict]:
    """Parse the fixed-width GV100AD register into entry dicts (levels land/kreis/verband/gemeinde)."""
    entries: list[dict] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\r\n")
        sa = line[:2]
        land = line[10:12]
        name = line[22:72].strip()
        seat = line[72:122].strip() or None
        tk = line[122:124].strip()
        if sa == "10":
            entries.append({"key": land, "level": "land", "kind": "Land", "name": name, "land": land,
                            "seat": seat})
        elif sa == "40":
            key = line[10:15]
            entries.append({"key": key, "level": "kreis", "kind": KINDS[tk], "name": name, "land": land,
                            "seat": seat})
        elif sa == "50" and tk != "50":  # tk 50 = verbandsfreie Gemeinde: the municipality itself
            key = line[10:15] + line[18:22]
            entries.append({"key": key, "level": "verband", "kind": KINDS[tk], "name": name, "land": land,
                            "kreis": line[10:15], "seat": seat})
        elif sa == "60":
            kreis = line[10:15]
            gem = line[15:18]
            vb = line[18:22]
            pop = int(line[139:150] or 0)
            entries.append({"key": kreis + gem, "level": "gemeinde", "kind": KINDS[tk], "name": name,
                            "land": land, "kreis": kreis, "vb": kreis + vb, "ars": kreis + vb + gem,
                            "pop": pop})
    # keep the Verband key only where it is a real Gemeindeverband
    verbands = {e["key"] for e in entries if e["level"] == "verband"}
    for e in entries:
        if e["level"] == "gemeinde":
            vb = e.pop("vb")
            if vb in verbands:
                e["verband"] = vb
    return entries


def add_points(entries: list[dict], csv_path: Path) -> None:
    """Add Brandenburg points; aggregate populations and points up to Verband and Kreis."""
    points: dict[str, tuple[float, float]] = {}
    with csv_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["lat_vertexmean_vg250"] and row["lon_vertexmean_vg250"]:
                points[row["ags"]] = (float(row["lat_vertexmean_vg250"]), float(row["lon_vertexmean_vg250"]))
    by_key = {e["key"]: e for e in entries}
    groups: dict[str, list[dict]] = {}
    for e in entries:
        if e["level"] != "gemeinde":
            continue
        if e["key"] in points:
            e["lat"], e["lon"] = points[e["key"]]
        for parent in (e.get("verband"), e["kreis"], e["land"]):
            if parent:
                groups.setdefault(parent, []).append(e)
    for parent, members in groups.items():
        p = by_key.get(parent)
        if p is None:
            continue
        p["pop"] = sum(m["pop"] for m in members)
        located = [m for m in members if "lat" in m]
        weight = sum(max(m["pop"], 1) for m in located)
        if located and p["level"] != "land":
            p["lat"] = sum(m["lat"] * max(m["pop"], 1) for m in located) / weight
            p["lon"] = sum(m["lon"] * max(m["pop"], 1) for m in located) / weight


FIELDS = ["key", "level", "kind", "name", "land", "kreis", "verband", "ars", "pop", "lat", "lon", "seat",
          "names"]


def write_gazetteer(entries: list[dict], out: Path) -> None:
    rows = []
    for e in entries:
        names = gazetteer.index_names(e["name"], e["level"], e.get("kreis"))
        # the display forms are stored only where they differ from the one before (name → short → …)
        short, german, _sorbian, head, _qualifier = names[:5]
        names[0] = None if short == e["name"] else short
        names[1] = None if german == short else german
        names[3] = None if head == german else head
        e["names"] = names
        row = [e.get(f) for f in FIELDS]
        for i, f in enumerate(FIELDS):
            if f in ("lat", "lon") and row[i] is not None:
                row[i] = round(row[i], 4)
        rows.append(row)
    data = {"stand": STAND, "names_version": gazetteer.NAMES_VERSION, "fields": FIELDS, "entries": rows}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(payload)


def _perp(p: list[float], a: list[float], b: list[float]) -> float:
    # distance in a local equirectangular projection (lon scaled by cos(lat))
    k = math.cos(math.radians(a[1]))
    ax, ay, bx, by, px, py = a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def simplify(ring: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas–Peucker simplification of a closed ring (iterative)."""
    if len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    # split the closed ring at its farthest point from the start so both halves are open lines
    far = max(range(len(ring)), key=lambda i: _perp(ring[i], ring[0], ring[0]))
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp(ring[k], ring[i], ring[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack.extend([(i, idx), (idx, j)])
    return [p for p, k in zip(ring, keep, strict=True) if k]


def _area(ring: list[list[float]]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise(ring))) / 2


def write_shapes(geojson: Path, out: Path, max_points: int) -> tuple[int, int]:
    """Simplify each municipality to at most ``max_points`` points; drop slivers."""
    data = json.loads(geojson.read_text(encoding="utf-8"))
    shapes: dict[str, list[list[list[float]]]] = {}
    total = 0
    for feat in data["features"]:
        ags = feat["properties"]["ags"]
        rings = [r for poly in feat["geometry"]["coordinates"] for r in poly]
        biggest = max(_area(r) for r in rings)
        rings = [r for r in rings if _area(r) >= biggest * 0.01]
        tol = 0.0003
        while True:
            simple = [simplify(r, tol) for r in rings]
            n = sum(len(r) for r in simple)
            if n <= max_points or tol > 0.05:
                break
            tol *= 1.4
        shapes[ags] = [[[round(x, 4), round(y, 4)] for x, y in r] for r in simple if len(r) >= 4]
        total += sum(len(r) for r in shapes[ags])
    payload = {
        "source": "© GeoBasis-DE / BKG (VG250), dl-de/by-2.0, simplified",
        "crs": "EPSG:4326 [lon, lat]",
        "shapes": shapes,
    }
    raw = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(raw)
    return len(shapes), total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer")
    parser.add_argument("--out", type=Path, default=ROOT / "archive" / "data")
    parser.add_argument("--max-points", type=int, default=60, help="points per municipality shape")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    entries = parse_gv100(args.source / GV100)
    add_points(entries, args.source / "brandenburg_gemeinden.csv")
    write_gazetteer(entries, args.out / "gazetteer.json.gz")
    n, points = write_shapes(args.source / "brandenburg_gemeinden_vg250.geojson",
                             args.out / "brandenburg_shapes.json.gz", args.max_points)
    (args.out / "SOURCES.md").write_text(SOURCES_MD.replace("{max_points}", str(args.max_points)),
                                         encoding="utf-8")
    levels: dict[str, int] = {}
    for e in entries:
        levels[e["level"]] = levels.get(e["level"], 0) + 1
    print(f"gazetteer: {len(entries)} entries {levels}")
    print(f"shapes: {n} municipalities, {points} points")
    for f in sorted(args.out.iterdir()):
        print(f"  {f.name}: {f.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
