"""The project's own errors. Every user-facing surface turns these into one clear line."""


class ClaimTrackerError(Exception):
    """Base class: the message is meant for a person to read."""


class InputError(ClaimTrackerError):
    """A file, page or text could not be read or understood."""


class LanguageError(InputError):
    """The text is in neither Arabic nor English."""


class StoreError(ClaimTrackerError):
    """The database refused a statement."""


class DatabaseBusy(StoreError):
    """Another process held the database file for longer than we were willing to wait."""


class NotFound(ClaimTrackerError):
    """A claim, mention, article or actor id that does not exist."""
