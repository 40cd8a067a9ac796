"""Driving dialogs in UI tests: dates for QDateEdit, and a stand-in for QDialog.exec."""
import datetime as dt

from PySide6.QtCore import QDate


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def accepting(fill):
    """A stand-in for QDialog.exec: fill the dialog as a user would, press OK, return the result."""
    def exec_(self):
        fill(self)
        self.accept()
        return self.result()
    return exec_
