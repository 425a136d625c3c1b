"""Lexicons shipped with finbulletin (JSON Lines); see README.md in this folder."""
