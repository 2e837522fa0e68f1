"""Screens: reading (the default), library, help and small prompts."""
