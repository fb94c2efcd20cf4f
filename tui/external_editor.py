"""Hand a piece of text to the user's own editor ($VISUAL, then $EDITOR, then vi) and read it back.

Used by the editor screen's "edit in $EDITOR" key; the app is suspended while the editor runs.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from followup.core.limits import too_long

if TYPE_CHECKING:  # pragma: no cover
    from textual.app import App

FALLBACK_EDITOR = "vi"


class EditorFailed(Exception):
    """The text could not be edited; str() is the message shown to the user."""


def editor_command(environ: Mapping[str, str]) -> list[str]:
    """The editor command: $VISUAL, else $EDITOR, else vi (split like a shell would)."""
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if value:
            try:
                parts = shlex.split(value)
            except ValueError:
                raise EditorFailed(f"${name} is not a valid command: {value}") from None
            if parts:
                return parts
    return [FALLBACK_EDITOR]


def edit_text(app: "App", text: str, environ: Mapping[str, str], *, name: str = "section") -> str:
    """Open `text` in the user's editor with the app suspended; return the edited text.

    Raises EditorFailed (text unchanged) when the editor is missing, exits non-zero,
    or the terminal cannot be handed over (App.suspend not supported).
    """
    from textual.app import SuspendNotSupported

    command = editor_command(environ)
    if shutil.which(command[0], path=environ.get("PATH", os.environ.get("PATH"))) is None:
        raise EditorFailed(f"Editor not found: {command[0]} (set $VISUAL or $EDITOR)")
    fd, raw_path = tempfile.mkstemp(prefix=f"followup-{name}-", suffix=".txt")
    path = Path(raw_path)
    kept = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text if text.endswith("\n") or not text else text + "\n")
        outcome: subprocess.CompletedProcess[bytes] | OSError
        try:
            with app.suspend():
                # Nothing may escape this block: textual resumes the app only on a clean exit.
                try:
                    outcome = subprocess.run([*command, str(path)], check=False)
                except OSError as exc:
                    outcome = exc
        except (SuspendNotSupported, RuntimeError):  # RuntimeError: no driver (app not running)
            raise EditorFailed("This terminal cannot hand over to an external editor") from None
        if isinstance(outcome, OSError):
            raise EditorFailed(f"Could not start {command[0]}: {outcome.strerror or outcome}")
        if outcome.returncode != 0:
            raise EditorFailed(f"{command[0]} exited with status {outcome.returncode}; the text is unchanged")
        try:
            edited = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EditorFailed(f"Could not read the edited text back: {exc}") from None
        problem = too_long(len(edited))
        if problem:
            kept = True  # the user's edit is theirs: left in the file, named in the message
            raise EditorFailed(f"Not taken: the edited text is {problem}; it is kept in {path}")
    finally:
        try:
            if not kept:
                path.unlink()
        except OSError:
            pass
    # Editors end a file with a newline; the section did not have one.
    if edited.endswith("\n") and not text.endswith("\n"):
        edited = edited[:-1]
    return edited
