"""followup's pure engine: the session model, TOML storage, rules, scoring, rendering, export.

Used by the `tui` shell and the headless command line. Nothing here imports Textual,
reads the clock or touches the terminal: data in, data out.
"""
