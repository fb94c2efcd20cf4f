"""followup's built-in colour themes (TOML), read by `followup.tui.themes` from this folder."""
