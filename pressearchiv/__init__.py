"""Pressearchiv: the command line that ties ingest, archive and web together."""
