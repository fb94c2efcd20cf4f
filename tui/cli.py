"""The `followup` command: the app, `check` and `export`.

`check` and `export` are headless and never import Textual (a test proves it);
only the bare `followup [PATH]` form loads the app.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

#: Exit status when the reader of our output goes away (`followup check … | head`): 128 + SIGPIPE, as the shell reports.
PIPE_CLOSED = 141


class _Version(argparse.Action):
    """`--version`, read from the installed package's metadata (the one version, in pyproject.toml) only when asked:
    importlib.metadata stays off the start-up path."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001 - argparse's signature
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("followup")
        except PackageNotFoundError:  # pragma: no cover - run from a tree that was never installed
            found = "(not installed)"
        print(f"followup {found}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup",
        description="Draft the thank-you emails after an interview, scored live against proven guidance.",
        epilog="Commands: `followup check PATH` scores drafts; `followup export PATH` writes emails; "
        "`followup new --from INVITE.ics` starts a session from a calendar invite; `followup send PATH` sends "
        "drafts; `followup due` lists what is still to send. Each has --help.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument("path", nargs="?", help="session file to open (created if it does not exist)")
    parser.add_argument("--demo", action="store_true", help="open a realistic demo session (a panel interview)")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="followup check", description="Score every draft of a session without a screen.")
    parser.add_argument("path", help="session file (TOML)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--now", metavar="ISO-8601", help="the time to judge deadlines by (default: now)")
    parser.add_argument("--disable", metavar="RULE", nargs="+", action="extend", default=[], help="rule IDs to skip")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="followup export", description="Write one ready-to-send file per interviewer.")
    parser.add_argument("path", help="session file (TOML)")
    parser.add_argument("--format", choices=("eml", "txt"), default="eml", help="file format (default: eml)")
    parser.add_argument("--out", metavar="DIR", help="folder to write into (default: beside the session file)")
    parser.add_argument("--force", action="store_true", help="also write drafts with an error or no usable recipient, "
                        "and replace files followup did not write for that draft (default: a free name beside them)")
    return parser


def _new_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="followup new", description="Start a session from a calendar invite (.ics).")
    parser.add_argument("--from", dest="source", metavar="INVITE.ics", required=True, help="the invite to read")
    parser.add_argument("--out", metavar="PATH", help="where to write the session (default: the sessions folder); "
                        "never over an existing file")
    parser.add_argument("--event", metavar="N", type=int, help="which event, when the file holds several "
                        "(asked on a terminal)")
    return parser


def _send_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup send", description="Send drafts through the [send] transport of the config.",
        epilog="Exit status: 0 all sent, 1 some refused (an error in the draft, already sent, a bad recipient), "
        "2 bad input or usage, 3 the transport failed.")
    parser.add_argument("path", help="session file (TOML)")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--to", metavar="NAME", help="the interviewer whose draft to send (also sends again)")
    who.add_argument("--all", action="store_true", help="every draft not sent yet")
    parser.add_argument("--dry-run", action="store_true", help="show what would go, send nothing")
    parser.add_argument("--force", action="store_true", help="send a draft even though it has an error")
    return parser


def _due_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup due", description="Unsent drafts across your sessions, soonest first (exit 1: one is overdue).")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument("--short", action="store_true", help="one line for a status bar, e.g. '2 due · 5 h'")
    parser.add_argument("--now", metavar="ISO-8601", help="the time to judge deadlines by (default: now)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("new", "send", "due"):
        from followup.tui import commands_mail

        mail_parsers = {"new": _new_parser, "send": _send_parser, "due": _due_parser}
        try:
            status = getattr(commands_mail, args[0])(mail_parsers[args[0]]().parse_args(args[1:]), os.environ)
            sys.stdout.flush()
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return PIPE_CLOSED
        return status
    if args and args[0] in ("check", "export"):
        from followup.tui import headless

        command = headless.check if args[0] == "check" else headless.export
        parser = _check_parser() if args[0] == "check" else _export_parser()
        try:
            status = command(parser.parse_args(args[1:]), os.environ)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped reading (`| head`): stop quietly, as other command-line tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
            return PIPE_CLOSED
        return status
    ns = _parser().parse_args(args)
    # Start-up makes objects that live as long as the app (modules, classes, widgets); the cyclic garbage
    # collector scanning them over and over costs about a seventh of the time to the first frame (measured
    # with benchmarks/start.py). It stays off until the first frame is drawn (tui.startup.StartupApp).
    gc.disable()
    from followup.tui.app import run  # the only path that imports Textual

    return run(ns.path, os.environ, demo=ns.demo)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
