"""A Griffe extension for the API reference: read finbulletin's docstrings as they are meant.

- ``Example:`` headings become ``Examples:``, the Google-style section whose ``>>>`` lines
  Griffe renders as code (finbulletin's doctests are headed ``Example:``, as Napoleon and
  the Google guide allow).
- Sphinx roles (``:class:`~finbulletin.models.Bulletin```, ``:func:`parse```) become inline
  code (``Bulletin``, ``parse``), as Sphinx would show them.

Only the text Griffe parses is changed; the source is untouched.
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Object

#: An ``Example:`` section heading on a line of its own.
EXAMPLE_HEADING = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.MULTILINE)

#: A Sphinx cross-reference role; ``~`` asks for the last part of the dotted name only.
SPHINX_ROLE = re.compile(
    r"""
    :(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj):   # the role: :class:, :py:func:, ...
    `(?P<tilde>~?)(?P<target>[^`]+)`                      # its target, with ~ for the short form
    """,
    re.VERBOSE,
)


def _role_as_code(match: re.Match[str]) -> str:
    target = match["target"]
    return f"`{target.rsplit('.', 1)[-1] if match['tilde'] else target}`"


class ExampleSections(Extension):
    """Rewrites the docstring text of every object Griffe loads."""

    def on_instance(self, *, obj: Object, **kwargs: Any) -> None:
        """Called by Griffe for every object it loads."""
        if obj.docstring is not None:
            text = EXAMPLE_HEADING.sub(r"\g<indent>Examples:", obj.docstring.value)
            obj.docstring.value = SPHINX_ROLE.sub(_role_as_code, text)
