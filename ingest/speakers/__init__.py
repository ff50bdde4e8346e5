"""Speakers and their direct quotes: attribution after, before or around a quotation,
role-only and pronoun references, continuation quotes, surname-only references.

Submodules, lowest layer first (each imports only from those above it):

- ``vocabulary``: words and text units every stage shares: verbs of saying, sentences, quotations
- ``person_phrase``: a person as written: the name, the role before it, the apposition after it
- ``references``: who a pronoun, an office alone, a surname alone or an unattributed quote means
- ``attribution_before``: attribution before a quote: ``X sagte: „…“``, ``Laut X …``, ``Für X ist klar:``
- ``attribution_after``: attribution after a quote: ``„…“, sagte X``, ``„…“ So X.``, a source signing it
- ``joint``: two or more people under one attribution (``X und Y: „…“``, a plural office's roster)
- ``roles``: a speaker's office as the release states it, and a shortened office completed
- ``organisations``: a speaker's organisation as the release names it in full
- ``finder``: ``SpeakerFinder``: collects speakers and their quotes over one document's paragraphs
- ``document``: ``find_speakers``, ``find_speakers_and_warnings``: paragraphs in, completed speakers out
"""

from ingest.speakers.document import find_speakers, find_speakers_and_warnings

__all__ = ["find_speakers", "find_speakers_and_warnings"]
