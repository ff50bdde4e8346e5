"""The ``pressearchiv`` command line (see CONTRACT.md).

``pressearchiv [--data DIR] COMMAND ...`` — the data directory is ``--data``,
else ``$PRESSEARCHIV_DATA``, else ``./data``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from archive.record import Record
from archive.store import Store, StoreError

EXIT_OK = 0
EXIT_FAILED = 1


class CommandError(Exception):
    """A command cannot be carried out; the message is printed as one line."""


def data_dir(args: argparse.Namespace) -> Path:
    """Resolve the data directory: --data, else $PRESSEARCHIV_DATA, else ./data."""
    return Path(args.data or os.environ.get("PRESSEARCHIV_DATA") or "data")


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _open_store(args: argparse.Namespace) -> Store:
    try:
        return Store(data_dir(args))
    except (StoreError, OSError) as exc:
        raise CommandError(str(exc)) from exc


def _open_index(args: argparse.Namespace, store: Store):  # -> SearchIndex
    from archive.sync import open_index
    from pressearchiv.progress import ProgressBar

    bar = ProgressBar("Index neu aufbauen", store.count())
    try:
        return open_index(data_dir(args), store, progress=bar)
    finally:
        bar.close()


def _refresh_entities(args: argparse.Namespace, store: Store, force: bool = False) -> None:
    """Bring the derived catalog of persons and places up to date with the store."""
    from archive.entities import EntityCatalog
    from pressearchiv.progress import ProgressBar

    bar = ProgressBar("Personen und Orte", store.count())
    try:
        with EntityCatalog.open(data_dir(args), store) as catalog:
            catalog.refresh(progress=bar, force=force)
    finally:
        bar.close()


# -- commands --------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the record of one file; store nothing."""
    from ingest.errors import DocumentError
    from ingest.extract import extract_path

    path = Path(args.path)
    if not path.exists():
        raise CommandError(f"{path}: Pfad existiert nicht")
    if path.is_dir():
        raise CommandError(f"{path}: ist ein Verzeichnis, keine Datei")
    try:
        record = extract_path(path)
    except DocumentError as exc:
        raise CommandError(f"{path}: {exc.reason}") from exc
    except OSError as exc:
        raise CommandError(f"{path}: nicht lesbar ({exc.strerror or exc})") from exc
    if args.json:
        _print_json(record.to_dict())
    else:
        sys.stdout.write(format_record(record))
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    """Extract, store and index files and directories; report counts and failures."""
    from ingest.pipeline import collect_documents, ingest_files
    from pressearchiv.progress import ProgressBar

    files, problems = collect_documents(Path(p) for p in args.paths)
    store = _open_store(args)
    with store:
        index = _open_index(args, store)
        bar = ProgressBar("Einlesen", len(files))
        try:
            report = ingest_files(files, store, index, progress=bar)
        finally:
            bar.close()
            index.close()
        _refresh_entities(args, store)
    report.failures[:0] = problems
    if args.json:
        _print_json(report.to_dict())
    else:
        print(
            f"{report.new} neu, {report.updated} aktualisiert, "
            f"{report.unchanged} unverändert, {report.failed} fehlgeschlagen"
        )
        for path, reason in report.failures:
            print(f"Fehler: {path}: {reason}", file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """Search the archive and print the hits."""
    from archive.search import search

    store = _open_store(args)
    with store:
        index = _open_index(args, store)
        try:
            results = search(index, args.query, per_page=args.limit, page=args.page, sort=args.sort).to_dict()
        finally:
            index.close()
    if args.json:
        _print_json(results)
        return EXIT_OK
    if results.get("error"):
        raise CommandError(results["error"])
    print(
        f"{results['total']} Treffer für {results['query']!r} — verstanden als: {results.get('understood')}"
    )
    if results.get("suggestion"):
        print(f"Meinten Sie: {results['suggestion']}")
    for hit in results["hits"]:
        print(f"{hit['date'] or '----------'}  {hit['id']}  {hit['title'] or '(ohne Titel)'}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """Print one stored record (the current version, or --version N)."""
    store = _open_store(args)
    with store:
        record = store.get(args.id, args.version)
        if record is None:
            what = f"Version {args.version} von {args.id}" if args.version else args.id
            raise CommandError(f"{what}: nicht im Archiv")
        versions = store.versions(args.id)
    if args.json:
        _print_json(record.to_dict())
    else:
        sys.stdout.write(format_record(record))
        listed = ", ".join(f"{v.version} ({v.ingested_at})" for v in versions)
        print(f"Versionen: {listed}")
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace) -> int:
    """Rebuild the search index from the store."""
    from archive.index import SearchIndex
    from archive.sync import index_dir, rebuild
    from pressearchiv.progress import ProgressBar

    store = _open_store(args)
    with store:
        index = SearchIndex(index_dir(data_dir(args)))
        bar = ProgressBar("Index neu aufbauen", store.count())
        try:
            total = rebuild(store, index, progress=bar)
        finally:
            bar.close()
            index.close()
        _refresh_entities(args, store, force=True)
    print(f"{total} Dokumente indexiert")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Compare store and index (ids and versions) and repair what differs."""
    from archive.sync import check_and_repair

    store = _open_store(args)
    with store:
        index = _open_index(args, store)
        try:
            report = check_and_repair(store, index)
        finally:
            index.close()
        _refresh_entities(args, store)
    state = "stimmten überein" if report.was_consistent else "repariert"
    print(
        f"Speicher {report.store_count}, Index {report.index_count}: {state} "
        f"({report.added} nachindexiert, {report.removed} entfernt)"
    )
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the site and the JSON API with waitress."""
    from pressearchiv.server import bind, serve
    from web.app import create_app

    directory = data_dir(args)
    workers = args.workers or len(os.sched_getaffinity(0))
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        raise CommandError(f"{args.host}:{args.port}: {exc.strerror or exc}") from exc
    print(
        f"Pressearchiv läuft auf http://{args.host}:{args.port}/ "
        f"({workers} Prozesse × {args.threads} Threads; Strg+C beendet)",
        flush=True,
    )
    serve(lambda: create_app(directory), sock, threads=args.threads, workers=workers)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the extractor against a gold directory (per-field precision, recall, F1)."""
    from ingest.evaluate import evaluate_gold_dir

    gold = Path(args.gold_dir)
    if not gold.is_dir():
        raise CommandError(f"{gold}: kein Verzeichnis")
    report = evaluate_gold_dir(gold)
    if args.json:
        _print_json(report.to_dict())
    else:
        sys.stdout.write(report.to_text())
    return EXIT_OK


def format_record(record: Record) -> str:
    """Return a short human-readable view of a record."""
    lines = [
        f"ID:          {record.id} (Version {record.version})",
        f"Quelle:      {record.source.uri} ({record.source.format}, {record.source.bytes} Bytes)",
    ]
    for label, value in (
        ("Herausgeber", record.publisher),
        ("Dachzeile", record.kicker),
        ("Titel", record.title),
        ("Untertitel", record.subtitle),
        ("Datum", record.date),
        ("Ort", record.place),
    ):
        if value:
            lines.append(f"{label + ':':<13}{value}")
    if record.categories:
        lines.append(f"Kategorien:  {', '.join(record.categories)}")
    for speaker in record.speakers:
        role = f", {speaker.role}" if speaker.role else ""
        lines.append(f"Sprecher:    {speaker.name}{role} ({len(speaker.quotes)} Zitate)")
    for member_list in record.member_lists:
        body = f" – {member_list.body}" if member_list.body else ""
        lines.append(f"Liste:       {member_list.label}{body} ({len(member_list.members)} Mitglieder)")
    for warning in record.warnings:
        lines.append(f"Warnung:     {warning}")
    lines += ["", record.body, ""]
    return "\n".join(lines)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} ist keine ganze Zahl") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} ist kleiner als 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``pressearchiv`` command."""
    parser = argparse.ArgumentParser(
        prog="pressearchiv",
        description="Pressearchiv: Pressemitteilungen einlesen, durchsuchen, bereitstellen.",
    )
    parser.add_argument(
        "--data", metavar="DIR", help="Datenverzeichnis (sonst $PRESSEARCHIV_DATA, sonst ./data)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="eine Datei lesen und ihren Datensatz ausgeben (speichert nichts)")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="Dateien und Verzeichnisse einlesen, speichern, indexieren")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="Bericht als JSON ausgeben")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="das Archiv durchsuchen")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p.add_argument("--limit", type=_positive_int, default=10, help="Treffer pro Seite (Standard 10)")
    p.add_argument("--page", type=_positive_int, default=1, help="Seite (Standard 1)")
    p.add_argument("--sort", choices=("relevance", "date", "date_asc"), default="relevance")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help="einen gespeicherten Datensatz ausgeben")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p.add_argument("--version", type=_positive_int, help="eine ältere Version zeigen")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("reindex", help="den Suchindex aus dem Speicher neu aufbauen")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("check", help="Speicher und Index vergleichen und Abweichungen reparieren")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("serve", help="Website und JSON-API bereitstellen (waitress)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--threads", type=_positive_int, default=8, help="Threads je Prozess (Standard 8)")
    p.add_argument("--workers", type=_positive_int, help="Prozesse (Standard: einer je Prozessorkern)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="den Extraktor gegen einen Goldstandard messen")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as exc:
        print(f"pressearchiv: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("pressearchiv: abgebrochen", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
