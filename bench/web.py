"""Web benchmark: search-page latency and throughput with concurrent clients over loopback.

Builds (or reuses) an archive of N documents -- the Berlin press releases from
``/work/shared/data/berlin`` when present, else synthetic ones -- serves it with
waitress in a subprocess and runs C concurrent clients (threads, keep-alive HTTP/1.1)
against ``/suche?q=...`` with varied queries, then against a static file of the same
server as the baseline.  Prints p50/p95/p99 latency, requests/s and the ratios.

    python bench/web.py [--docs 10000] [--clients 8] [--requests 2000] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.index import SearchIndex  # noqa: E402
from archive.record import Record, Source  # noqa: E402
from archive.store import Store  # noqa: E402

BERLIN = ROOT.parent / "shared" / "data" / "berlin" / "berlin-pressemitteilungen.jsonl.gz"
QUERIES = [
    "Schule",
    "Polizei",
    "Verkehr",
    "Bezirksamt",
    "Senat",
    "Wohnungsbau",
    "Feuerwehr",
    "Kita",
    "Umwelt",
    "Gesundheit",
    "Digitalisierung",
    "Radverkehr",
    "Flüchtlinge",
    "Haushalt",
    "Kultur",
    "Bürgermeister",
    "Sport",
    "Wirtschaft",
    "Mieten",
    "Baumpflanzung",
    '"öffentlicher Nahverkehr"',
    "Schul*",
    "Senat Bildung",
    "Polizei datum:2015..2018",
    "Umwelt OR Klima",
    "Bezirk -Senat",
    "Ausstellung",
    "Bibliothek",
    "Jugend",
    "Stadtentwicklung",
    "Wahl",
    "Corona",
    "Impfung",
    "Museum",
]
PARAMS = ["", "&sortierung=datum", "&seite=2", "&jahr=2019", "&pro_seite=50"]


def berlin_docs(n: int) -> Iterator[dict[str, str]]:
    """The first ``n`` Berlin press releases."""
    with gzip.open(BERLIN, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                return
            yield json.loads(line)


def synthetic_docs(n: int) -> Iterator[dict[str, str]]:
    """``n`` synthetic releases made of the query words."""
    rnd = random.Random(7)
    words = [q.strip('"*') for q in QUERIES if " " not in q] + ["Verwaltung", "Berlin", "Projekt", "Stadt"]
    for i in range(n):
        body = " ".join(rnd.choice(words) for _ in range(200))
        yield {
            "id": f"syn-{i}",
            "date": f"{2000 + i % 24}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "title": " ".join(rnd.choice(words) for _ in range(6)),
            "text": body,
        }


def to_record(d: dict[str, str]) -> Record:
    """A minimal record from one benchmark document."""
    raw = d["text"].encode("utf-8")
    uri = f"bench://{d['id']}"
    source = Source(uri=uri, sha256=hashlib.sha256(raw).hexdigest(), format="text", bytes=len(raw))
    rid = "b-" + hashlib.sha256(uri.encode()).hexdigest()[:12]
    return Record(
        id=rid,
        source=source,
        title=d.get("title"),
        date=d.get("date") or None,
        publisher="Land Berlin",
        body=d["text"],
    )


def build(data_dir: Path, n: int, source: str) -> str:
    """Fill ``data_dir`` with ``n`` documents unless it already holds them; return the source used."""
    marker = data_dir / "bench-web.json"
    if marker.exists() and json.loads(marker.read_text()) == {"docs": n, "source": source}:
        return source
    docs = berlin_docs(n) if source == "berlin" else synthetic_docs(n)
    with Store(data_dir) as store:
        index = SearchIndex(data_dir / "index")
        batch: list[Record] = []
        for d in docs:
            batch.append(store.put(to_record(d), d["text"].encode("utf-8")).record)
            if len(batch) == 1000:
                index.add(batch)
                store.mark_indexed((r.id, r.version) for r in batch)
                batch = []
        if batch:
            index.add(batch)
            store.mark_indexed((r.id, r.version) for r in batch)
        index.close()
    marker.write_text(json.dumps({"docs": n, "source": source}))
    return source


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(
    data_dir: Path, port: int, threads: int, workers: int, cache: bool = True
) -> subprocess.Popen[bytes]:
    """Start ``pressearchiv serve`` (the production server) and wait until it answers."""
    env = {**os.environ, "PRESSEARCHIV_SEARCH_CACHE": "256" if cache else "0", "PYTHONPATH": str(ROOT)}
    argv = [
        sys.executable,
        "-m",
        "pressearchiv",
        "--data",
        str(data_dir),
        "serve",
        "--port",
        str(port),
        "--threads",
        str(threads),
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/static/style.css")
            conn.getresponse().read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def load(port: int, paths: list[str], clients: int) -> tuple[list[float], float, int]:
    """Fetch ``paths`` with ``clients`` keep-alive clients; return latencies (s), wall time, errors."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    chunks = [paths[i::clients] for i in range(clients)]
    barrier = threading.Barrier(clients + 1)

    def worker(mine: list[str]) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local: list[float] = []
        bad = 0
        barrier.wait()
        for path in mine:
            t0 = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            local.append(time.perf_counter() - t0)
            bad += resp.status != 200
        conn.close()
        with lock:
            latencies.extend(local)
            errors += bad

    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - t0, errors


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def summary(lat: list[float], wall: float, errors: int) -> dict[str, float]:
    return {
        "requests": len(lat),
        "errors": errors,
        "p50_ms": round(pct(lat, 50) * 1000, 2),
        "p95_ms": round(pct(lat, 95) * 1000, 2),
        "p99_ms": round(pct(lat, 99) * 1000, 2),
        "rps": round(len(lat) / wall, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=2000, help="search requests in total")
    ap.add_argument("--threads", type=int, default=8, help="waitress threads per process")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)), help="server processes")
    ap.add_argument("--source", choices=["berlin", "synthetic"], default="berlin")
    ap.add_argument("--data-dir", type=Path, default=None, help="reuse an archive here (built if needed)")
    ap.add_argument(
        "--uncached",
        type=int,
        default=400,
        metavar="N",
        help="also run N searches against a server without result cache (0: skip)",
    )
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    if args.source == "berlin" and not BERLIN.exists():
        print(f"SKIP: {BERLIN} absent; use --source synthetic", file=sys.stderr)
        return 0
    name = f"pressearchiv-bench-web-{args.source}-{args.docs}"
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / name
    data_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    build(data_dir, args.docs, args.source)
    build_s = time.perf_counter() - t0
    rnd = random.Random(1)
    search_paths = [
        "/suche?q=" + urllib.parse.quote(rnd.choice(QUERIES)) + rnd.choice(PARAMS)
        for _ in range(args.requests)
    ]
    port = free_port()
    proc = serve(data_dir, port, args.threads, args.workers)
    try:
        # warm-up: imports, index segments, and every distinct query once (result cache)
        load(port, sorted(set(search_paths)), args.clients)
        static = summary(*load(port, ["/static/style.css"] * args.requests, args.clients))
        search = summary(*load(port, search_paths, args.clients))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    uncached = None
    if args.uncached:
        port = free_port()
        proc = serve(data_dir, port, args.threads, args.workers, cache=False)
        try:
            load(port, search_paths[:20], args.clients)
            uncached = summary(*load(port, search_paths[: args.uncached], args.clients))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    result = {
        "docs": args.docs,
        "source": args.source,
        "clients": args.clients,
        "build_s": round(build_s, 1),
        "search_warm_cache": search,
        "static": static,
        "search_uncached": uncached,
        "ratio": {
            "p50": round(search["p50_ms"] / static["p50_ms"], 1),
            "p95": round(search["p95_ms"] / static["p95_ms"], 1),
            "rps": round(static["rps"] / search["rps"], 1),
        },
        "target_p95_ms": 100,
        "ok_warm": search["p95_ms"] <= 100 and search["errors"] == 0,
        "ok_uncached": bool(uncached and uncached["p95_ms"] <= 100 and uncached["errors"] == 0),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{args.docs} docs ({args.source}), {args.clients} clients, build {result['build_s']} s")
        for name in ("search_warm_cache", "static", "search_uncached"):
            r = result[name]
            if r is None:
                continue
            print(
                f"  {name:17} p50 {r['p50_ms']:7.2f} ms  p95 {r['p95_ms']:7.2f} ms  "
                f"p99 {r['p99_ms']:7.2f} ms  {r['rps']:8.1f} req/s  errors {r['errors']}"
            )
        rt = result["ratio"]
        print(f"  search/static: p50 ×{rt['p50']}, p95 ×{rt['p95']}, throughput ÷{rt['rps']}")
        print(
            f"  target p95 ≤ 100 ms: warm cache {'OK' if result['ok_warm'] else 'MISSED'}, "
            f"uncached {'OK' if result['ok_uncached'] else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
