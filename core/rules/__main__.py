"""Print the rules reference as Markdown: `python -m followup.core.rules > docs/rules.md`."""

from . import rules_markdown

print(rules_markdown(), end="")
