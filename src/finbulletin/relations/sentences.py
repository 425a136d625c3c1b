r"""Sentence splitting for both languages, with offsets into the original text.

One pass of a compiled pattern finds the candidate breaks (terminal punctuation, line
breaks, bullet dashes); a break after a period is refused when the period belongs to an
abbreviation ("Aug.", "U.S.") or when the next word starts in lower case. Each sentence
also knows its line and whether that line reads as a headline (no closing punctuation),
which the forecast finder uses to keep titles and body apart.

Example:
    >>> text = "Stocks rose 1%. The index fell.\nHeadline here"
    >>> [(text[s.start:s.end], s.title) for s in split_sentences(text, "en")]
    [('Stocks rose 1%.', False), ('The index fell.', False), ('Headline here', True)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex
from spacy.tokens import Doc

from finbulletin.models import Language

#: Candidate sentence breaks in English text.
_EN_BREAK = regex.compile(
    r"""
      \n+                                   # a line break always ends a sentence
    | (?<=\S)\s+-\s+(?=\S)                  # a bullet dash between spaces: "Group 1 - The ..."
    | [.!?]+ ["'”’)\]]* (?=\s|$)            # terminal punctuation, closing quotes and brackets
    """,
    regex.VERBOSE,
)

#: Candidate sentence breaks in Chinese text.
_ZH_BREAK = regex.compile(
    r"""
      \n+                                   # a line break
    | (?<=\S)\s+-\s+(?=\S)                  # a bullet dash between spaces
    | [|｜]                                 # a headline bar: "……涨停潮|A股收盘"
    | [。!?！？…]+ ["'”’」』)）\]]*          # terminal punctuation and closing quotes
    | (?<![0-9A-Za-z])[.](?=\s|$)           # an ASCII full stop at the end of a clause
    """,
    regex.VERBOSE,
)

#: Words that end in a period without ending the sentence.
_ABBREVIATION = regex.compile(
    r"""
    (?:^|(?<=[\s(]))
    (?:
        Mr|Mrs|Ms|Dr|Prof|St|Co|Corp|Inc|Ltd|No|vs|approx|est|Fig|Jr|Sr   # titles and company forms
      | Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec                 # months
      | (?:[A-Za-z]\.)+[A-Za-z]                                        # U.S, e.g, i.e
      | [A-Z]                                                          # an initial
    )\.$
    """,
    regex.VERBOSE,
)

#: What may open a new English sentence after a period.
_EN_OPENER = regex.compile(r"""\s*["“‘'(\[<]?[\p{Lu}\p{N}\p{Han}]""")

_NEWLINE = regex.compile(r"\n")

#: Line-final characters that mark a line as running text rather than a headline.
_CLOSED_LINE = regex.compile(r"""[.!?。！？…;；:："'”’」』)）\]]\s*$""")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets in the text, its line and whether that line is a headline."""

    start: int  # offset of the first non-space character
    end: int  # offset one past the last non-space character
    line: int  # index of the line it stands on (0 for the first line)
    title: bool  # its line has no closing punctuation: a headline, a label, a byline


def split_sentences(text: str, language: Language) -> list[Sentence]:
    """Split ``text`` into sentences; empty stretches are dropped.

    Args:
        text: the caller's original text.
        language: "en" or "zh"; picks the break rules.

    Returns:
        The sentences in text order, trimmed of surrounding space.

    Example:
        >>> text = "沪指涨0.52%。创业板指跌1.3%!"
        >>> [text[s.start:s.end] for s in split_sentences(text, "zh")]
        ['沪指涨0.52%。', '创业板指跌1.3%!']
    """
    breaks = _EN_BREAK if language == "en" else _ZH_BREAK
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in breaks.finditer(text):
        piece = m.group()
        if language == "en" and piece[0] in ".!?" and not _is_english_end(text, m.start(), m.end()):
            continue
        keep_to = m.start() if piece[0].isspace() or piece[0] in "|｜" else m.end()
        spans.append((begin, keep_to))
        begin = m.end()
    spans.append((begin, len(text)))
    titles = _line_titles(text)
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    out: list[Sentence] = []
    for begin, end in spans:
        start, stop = _trim(text, begin, end)
        if stop > start:
            line = bisect.bisect_left(newlines, start)
            out.append(Sentence(start=start, end=stop, line=line, title=titles[line]))
    return out


def cue_starts(
    doc: Doc, text: str, starts: regex.Pattern[str] | None, first_words: frozenset[str] | None
) -> list[int]:
    """Where a cue may start: tokens in ``first_words`` (lower case), else ``starts`` matches.

    The offsets come in text order. Trying a long cue alternation only there is many
    times faster than letting it scan every position.

    Example:
        >>> from finbulletin.tokenizer import make_nlp
        >>> text = "It rose, then Fell."
        >>> cue_starts(make_nlp("en")(text), text, None, frozenset({"rose", "fell"}))
        [3, 14]
    """
    if first_words is not None:
        return [token.idx for token in doc if token.lower_ in first_words]
    if starts is None:
        return []
    return [m.start() for m in starts.finditer(text, overlapped=True)]


def scan_cues(
    pattern: regex.Pattern[str], starts: Sequence[int], text: str, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` tried at the ``starts`` within ``start:end``.

    They come as ``finditer`` would give them: a match never starts inside the previous one.

    Example:
        >>> cue = regex.compile(r"rose|fell")
        >>> [m.group() for m in scan_cues(cue, [3, 14], "It rose, then fell.", 0, 19)]
        ['rose', 'fell']
    """
    reached = start
    for pos in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if pos < reached:
            continue
        found = pattern.match(text, pos, end)
        if found is not None:
            reached = max(found.end(), pos + 1)
            yield found


def _is_english_end(text: str, start: int, end: int) -> bool:
    """Whether the punctuation at ``start:end`` really closes an English sentence."""
    if end >= len(text):
        return True
    if text[start] == "." and end - start == 1:
        floor = max(0, start - 12)
        word_start = max(text.rfind(" ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
        if _ABBREVIATION.search(text[word_start : start + 1]):
            return False
    return _EN_OPENER.match(text, end) is not None


def _line_titles(text: str) -> list[bool]:
    """For each line of ``text``: whether it reads as a headline (no closing punctuation)."""
    return [bool(line.strip()) and not _CLOSED_LINE.search(line) for line in text.split("\n")]


def _trim(text: str, begin: int, end: int) -> tuple[int, int]:
    """The stretch ``begin:end`` without the space around it."""
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end
