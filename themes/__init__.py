"""followup's built-in colour themes (TOML), read by `followup.tui.themes` through importlib.resources."""
