"""One exception family whose messages are written for the person using the app."""


class AppError(Exception):
    """A problem the user can act on; its message is one plain-English sentence.

    The CLI prints it and exits with status 2; the window shows it in a dialog. Anything
    that is not an AppError is a bug and may show a traceback.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(AppError):
    """Something the user named (a case, a document) does not exist."""


class InvalidInputError(AppError):
    """A value the user typed is malformed (a date, a kind, an event name)."""


class UnreadableFileError(AppError):
    """A file could not be read: missing, encrypted, malformed, unsupported or too large."""


class DuplicateError(AppError):
    """The thing already exists; the message says where."""


class CancelledError(AppError):
    """The user pressed Cancel; work done so far is kept or rolled back, never half-written."""

    def __init__(self, message: str = "Stopped at your request.") -> None:
        super().__init__(message)


class NotAPlanError(AppError):
    """The document chosen as the plan has neither Section B nor Section F."""

    def __init__(self, document: str, document_id: str = "") -> None:
        super().__init__(f"{document} does not look like an EHC plan; which document is the plan?")
        self.document = document
        self.document_id = document_id  # the saved case's document, so the window can ask
