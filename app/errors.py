"""Errors the user is meant to read: every message is Chinese and names the field or row."""

EXIT_USER_ERROR = 2  # a command's exit status when the user's input or file was refused (message on stderr)


class AppError(Exception):
    """Base for errors whose message is shown to the user as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(AppError):
    """One field of one record is wrong. `field` is the Chinese field label."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}：{message}")
        self.field = field
        self.reason = message


class ValidationErrors(AppError):
    """Several problems at once (a form or one import row)."""

    def __init__(self, errors: list[ValidationError]):
        super().__init__("；".join(e.message for e in errors))
        self.errors = errors


class NotFound(AppError):
    pass


class Conflict(AppError):
    """The write would break a rule about other records (duplicate, wrong state)."""


class DatabaseError(AppError):
    """The database file cannot be used as it is (too new, damaged, locked)."""


class DatabaseTooNew(DatabaseError):
    pass


class PermissionDenied(AppError):
    """The signed-in account may not do this (app.safety.access decides; the store reports it too)."""
