"""Print the rules reference as Markdown: `python -m core.rules > docs/rules.md`."""

from core.rules import rules_markdown

print(rules_markdown(), end="")
