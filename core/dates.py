"""The dates followup accepts: 1970 to 2200, at every door (session files, `--now`, the setup form).

Used by `core.store` (loading), `tui.headless` (`--now`) and the setup screen. Dates outside this range
are typing slips or hostile files; inside it, every sum the timing rules make (start + 1 h + 24 h) fits
in a Python date-time, so nothing downstream can overflow.
"""

from __future__ import annotations

from datetime import date, datetime

FIRST_YEAR = 1970
LAST_YEAR = 2200


def date_problem(value: date | datetime) -> str | None:
    """None when `value` is within followup's range, else a short reason for an error message."""
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return f"the year {value.year} is outside {FIRST_YEAR}-{LAST_YEAR}"
