"""Exceptions the views raise for clear German error pages."""

from __future__ import annotations

from werkzeug.exceptions import HTTPException


class UserError(HTTPException):
    """A request the site refuses with a clear German reason (HTTP 400)."""

    code = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
