"""The one error a source raises: its message is shown to the user as is."""


class SourceError(Exception):
    """A source that cannot be read; str(error) is a one-line message."""
