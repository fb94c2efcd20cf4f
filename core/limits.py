"""Sizes the app refuses at the door: beyond them typing and saving would slow to a crawl (issue 15 #3).

A real thank-you section is a few hundred characters; 100,000 is a short book. Text larger than this is
refused where it comes in (a paste, the $EDITOR hand-off) with a message saying so, never half taken.
"""

#: The most characters one section may hold.
MAX_SECTION_CHARS = 100_000


def too_long(length: int) -> str | None:
    """One line saying why a section of `length` characters cannot be, or None when it can."""
    if length <= MAX_SECTION_CHARS:
        return None
    return f"{length:,} characters; a section holds at most {MAX_SECTION_CHARS:,}"
