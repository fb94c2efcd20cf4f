"""tui/ uses only Textual's public API: a Textual upgrade that renames a private name cannot break us silently.

For every class in tui/ built on a Textual class, no private name of Textual's classes (a method, a handler such
as `_on_key`, an attribute their code sets) is defined, overridden, set or read by ours, not even by accident (a
private name of our own that Textual also uses); and no import from a private Textual module (`textual._wrap`).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
from functools import cache
from pathlib import Path

from textual.message_pump import MessagePump

TUI = Path(__file__).resolve().parents[2] / "tui"


def modules() -> list[str]:
    return sorted(
        "followup.tui." + ".".join(path.relative_to(TUI).with_suffix("").parts)
        for path in TUI.rglob("*.py")
        if path.name != "__main__.py"
    )


@cache
def self_attributes(cls: type) -> set[str]:
    """Names the class's own source assigns as `self._name = ...`."""
    names = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls)))):
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for target in targets:
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
                names.add(target.attr)
    return names


@cache
def textual_private_names(cls: type) -> dict[str, str]:
    """Private names the Textual classes in `cls`'s MRO define (class attributes, methods, handlers, and the
    attributes their code sets on `self`), with the class that defines each."""
    names: dict[str, str] = {}
    for base in cls.__mro__:
        if base.__module__.split(".")[0] != "textual":
            continue
        for name in {*vars(base), *self_attributes(base)}:
            if name.startswith("_") and not name.startswith("__"):
                names.setdefault(name, base.__qualname__)
    return names


def touched(cls: type) -> set[str]:
    """Private names the class's own source defines, assigns on `self`, or reads from `self` or `super()`."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    names = set()
    for node in tree.body[0].body:  # the class body: its methods and class attributes
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    names = {name for name in names if name.startswith("_") and not name.startswith("__")}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            value = node.value
            is_self = isinstance(value, ast.Name) and value.id == "self"
            is_super = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"
            if is_self or is_super:
                names.add(node.attr)
    return names


def test_tui_classes_use_no_private_textual_name():
    found = []
    checked = 0
    for name in modules():
        module = importlib.import_module(name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and cls.__module__ == name and issubclass(cls, MessagePump)):
                continue
            checked += 1
            theirs = textual_private_names(cls)
            for attr in sorted(touched(cls) & theirs.keys()):
                found.append(f"{name}.{cls.__qualname__}: {attr} (Textual's {theirs[attr]})")
    assert checked > 20  # the scan saw our screens and widgets
    assert found == []


def test_tui_imports_no_private_textual_module():
    found = []
    for path in sorted(TUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for module in names:
                parts = module.split(".")
                if parts[0] == "textual" and any(part.startswith("_") for part in parts[1:]):
                    found.append(f"{path.relative_to(TUI)}: {module}")
    assert found == []
