"""The attendance rule, written once: who counts as attending and what the rate is measured against.

出勤 = 出席 + 迟到 (late is attendance); the rate is over those marked (应到 less 未登记), so a session whose
sign-in sheet has not been entered yet does not pull the rate down. The study tab, the overview and the
summary report all count through `AttendanceCounts`.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.common.figures import rate
from app.study.models import ABSENT, LATE, LEAVE, PRESENT


@dataclass
class AttendanceCounts:
    expected: int = 0
    present: int = 0
    late: int = 0
    leave: int = 0
    absent: int = 0
    unmarked: int = 0

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def missed(self) -> int:
        return self.leave + self.absent

    @property
    def marked(self) -> int:
        return self.expected - self.unmarked

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attended, self.marked)

    def add_status(self, status: str | None, n: int = 1) -> None:
        """Count `n` people expected with this attendance status (None or unknown: not yet marked)."""
        self.expected += n
        if status == PRESENT:
            self.present += n
        elif status == LATE:
            self.late += n
        elif status == LEAVE:
            self.leave += n
        elif status == ABSENT:
            self.absent += n
        else:
            self.unmarked += n
