r"""Sentence splitting for both languages, with offsets into the original text.

One pass of a compiled pattern finds the candidate breaks (terminal punctuation, line
breaks, bullet dashes); a break after a period is refused when the period belongs to an
abbreviation ("Aug.", "U.S.") or when the next word starts in lower case. Each sentence
also knows its line and whether that line reads as a headline (no closing punctuation),
which the forecast finder uses to keep titles and body apart.

The module also holds what both finders share to read a text fast: the language pack
loaded on first use (:func:`relations_pack`), the places where a cue may start
(:func:`cue_starts`) or a pack's pattern may match (:func:`key_starts`), each found by one
pass of an Aho-Corasick automaton, and the matches tried only there (:func:`scan_cues`).

Example:
    >>> text = "Stocks rose 1%. The index fell.\nHeadline here"
    >>> [(text[s.start:s.end], s.title) for s in split_sentences(text, "en")]
    [('Stocks rose 1%.', False), ('The index fell.', False), ('Headline here', True)]
"""

from __future__ import annotations

import bisect
import functools
import importlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

import ahocorasick  # type: ignore[import-not-found,unused-ignore]
import regex

from finbulletin.context import Context
from finbulletin.models import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

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

#: Line-final characters that mark a line as running text rather than a headline.
_CLOSED_LINE = regex.compile(r"""[.!?。！？…;；:："'”’」』)）\]]\s*$""")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets in the text, its line and whether that line is a headline."""

    start: int  # offset of the first non-space character
    end: int  # offset one past the last non-space character
    line: int  # index of the line it stands on (0 for the first line)
    title: bool  # its line has no closing punctuation: a headline, a label, a byline


@functools.cache
def relations_pack(language: Language) -> ModuleType:
    """The cue words of ``language`` (``lang/<code>/relations.py``), imported on first use.

    A process that reads one language never compiles the other's patterns.

    Example:
        >>> relations_pack("zh").__name__
        'finbulletin.lang.zh.relations'
    """
    return importlib.import_module(f"finbulletin.lang.{language}.relations")


@functools.lru_cache(maxsize=4)
def split_sentences(text: str, language: Language) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; empty stretches are dropped.

    Both finders split the same text, one after the other; the second gets the
    sentences from the cache of the last few texts (a pure function of its arguments).

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
    out: list[Sentence] = []
    line, counted = 0, 0  # the line of offset ``counted``
    for begin, end in spans:
        start, stop = _trim(text, begin, end)
        if stop > start:
            line += text.count("\n", counted, start)
            counted = start
            out.append(Sentence(start=start, end=stop, line=line, title=titles[line]))
    return tuple(out)


def cue_starts(
    tokens: Context | Doc, text: str, starts: frozenset[str] | None, first_words: frozenset[str] | None
) -> list[int]:
    """Where a cue may start: tokens in ``first_words`` (lower case), else the strings of ``starts``.

    The offsets come in text order, each once. Trying a long cue alternation only there is
    many times faster than letting it scan every position. ``tokens`` is the text's context
    (or its Doc). The tokens are spaCy's, but spaCy runs only on the few whitespace-free
    stretches whose split is not plain (see :func:`_first_word_tokens`); with a context,
    most texts need no Doc at all. ``starts`` (Chinese: no tokens needed) are found
    anywhere, overlapping or not, by one pass of an Aho-Corasick automaton.

    Example:
        >>> from finbulletin.tokenizer import make_nlp
        >>> text = "It rose, then Fell."
        >>> ctx = Context(text, "en", None, tokenizer=make_nlp("en"))
        >>> cue_starts(ctx, text, None, frozenset({"rose", "fell"}))
        [3, 14]
        >>> cue_starts(ctx, "沪指涨跌不一", frozenset({"涨", "涨跌", "跌"}), None)
        [2, 3]
    """
    if first_words is not None:
        ctx = tokens if isinstance(tokens, Context) else Context(text, "en", None, tokens)
        return _first_word_tokens(ctx, first_words)
    if not starts:
        return []
    return sorted({end + 1 - length for end, length in _automaton(starts).iter(text)})


@functools.cache
def _automaton(keys: frozenset[str]) -> Any:
    """An Aho-Corasick automaton over ``keys``; a hit's value is the key's length."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


#: Where a token of a first-word list can start: a run of letters that follows no letter,
#: or a possessive "'s". Every spaCy token spelt with letters only starts a run, or is the
#: head of a contraction ("is" of "isn't", "isnt"); "'s" may follow anything.
_WORD_RUN = regex.compile(r"(?<!\p{L})\p{L}++|['’][sS](?!\p{L})")

#: The two kinds of :data:`_WORD_RUN` on their own: a run of letters, a possessive.
_LETTER_RUN = regex.compile(r"(?<!\p{L})\p{L}++")
_POSSESSIVE = regex.compile(r"['’][sS](?!\p{L})")

#: One opening mark, words joined by hyphens and closing marks: a stretch spaCy's English
#: tokenizer is known to split into exactly these pieces (each word, each hyphen) for every
#: first word in lower, title or upper case (and for plain words + "'s");
#: ``tests/test_cue_starts.py`` checks it against spaCy.
_PLAIN_STRETCH = regex.compile(
    r"""
    (?P<open>[("“‘'\[—*$]?+)                       # one opening mark, or none
    (?P<words>                                     # words, lower, title or upper case,
      (?:[a-z]++|[A-Z][a-z]*+|[A-Z]++)             # joined by single hyphens: high-end
      (?:-(?:[a-z]++|[A-Z][a-z]*+|[A-Z]++))*+
    )
    (?P<s>['’]s)?+                                 # a possessive (not "'S.": spaCy keeps it)
    (?:[,.;:!?)"”’'—]|\),|\)\.|\.\)|\."|\.”|,”|",|”,|\.\.\.)?+   # closing marks
    \Z
    """,
    regex.VERBOSE,
)


#: The rest of a whitespace-free stretch, forwards (first pattern) or backwards from a
#: position; "whitespace" is what spaCy splits on (``str.isspace``: ``\s`` and U+001C-1F).
_STRETCH_AFTER = regex.compile(r"[^\s\x1c-\x1f]*+")
_STRETCH_BEFORE = regex.compile(r"[^\s\x1c-\x1f]*+", regex.REVERSE)


def _first_word_tokens(ctx: Context, first_words: frozenset[str]) -> list[int]:
    """The offsets of the tokens of ``ctx.text`` whose lower case is in ``first_words``.

    Candidates are the matches of :data:`_WORD_RUN` that may be such a token
    (:func:`_candidates`). A candidate in a plain stretch (:data:`_PLAIN_STRETCH`) is a
    token as it stands; any other stretch with a candidate is tokenized by spaCy, on its own.
    """
    text = ctx.text
    found: list[int] = []
    done = 0  # the end of the last stretch read
    for start, end in _candidates(text, first_words):
        if start < done:
            continue
        run = text[start:end].lower()
        if run not in first_words and not _contraction_head(text, run, end, first_words):
            continue
        lo, hi = _stretch(text, start)
        plain = _PLAIN_STRETCH.match(text, lo, hi)
        if (
            plain is not None
            and run in first_words
            and (plain.start("words") <= start < plain.end("words") or start == plain.start("s"))
        ):
            found.append(start)  # a first word or a possessive, standing as a token
        else:
            found.extend(i for i, token in ctx.tokens_between(lo, hi) if token.lower() in first_words)
            done = hi
    return found


def _candidates(text: str, first_words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the :data:`_WORD_RUN` matches that may be a first word or a contraction's head.

    The runs of letters come from one pass of an automaton of the first words (and their
    contracted forms: "isn", "isnt") over the lower-cased text, kept when the hit is a
    whole run; only those reach Python. Every possessive is a candidate. A text whose
    length changes in lower case ("İ") gets every match.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return [m.span() for m in _WORD_RUN.finditer(text)]
    spans = [m.span() for m in _POSSESSIVE.finditer(text)]
    spans.extend(
        (start, end)
        for start, end, run_end in _word_hits(text, lowered, _run_keys(first_words))
        if run_end == end
    )
    spans.sort()
    # As finditer gives them: a run never starts inside a possessive ("'s" takes its "s").
    return [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]


@functools.cache
def _run_keys(first_words: frozenset[str]) -> frozenset[str]:
    """The lower-case runs of letters that may be a first word or a contraction's head."""
    words = [w for w in first_words if _LETTER_RUN.fullmatch(w)]
    return frozenset(w + tail for w in words for tail in ("", "n", "nt"))


def _stretch(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-free stretch around ``pos``."""
    before = _STRETCH_BEFORE.match(text, 0, pos)
    after = _STRETCH_AFTER.match(text, pos)
    return (before.start() if before else pos, after.end() if after else pos)


def _contraction_head(text: str, run: str, end: int, first_words: frozenset[str]) -> bool:
    """Whether a run of letters (lower case, ending at ``end``) is a first word + "n't", "nt"."""
    if run.endswith("n") and text.startswith(("'t", "’t", "'T", "’T"), end):
        return run[:-1] in first_words
    return run.endswith("nt") and run[:-2] in first_words


def key_starts(text: str, keys: frozenset[str] | None, *, words: bool) -> list[int] | None:
    """Where one of ``keys`` (lower case) begins in the lower-cased text, in text order, each once.

    With ``words``, only at a word start (a letter after no letter): English keys are the
    first letters of the words a pattern can start with ("expect" for "expects",
    "expected"). A pattern matched with :func:`scan_cues` at these offsets finds what its
    ``finditer`` finds, as long as every match of it begins with a key. Keys are matched
    in lower case, as the patterns' ``IGNORECASE``; a text where that differs (a length
    that changes in lower case, "İ", or a long s "ſ", which matches "s" case-insensitively)
    gets every word start, or every offset.

    No keys (None): no offsets either; :func:`scan_cues` then lets the pattern scan.

    Example:
        >>> key_starts("Will it rise? It will.", frozenset({"will", "it"}), words=True)
        [0, 5, 14, 17]
        >>> key_starts("预计同比增长", frozenset({"预计", "同比"}), words=False)
        [0, 2]
    """
    if keys is None:
        return None
    lowered = text.lower()
    if len(lowered) != len(text) or "ſ" in text:
        if words:
            return [m.start() for m in _LETTER_RUN.finditer(text)]
        return list(range(len(text)))
    if not words:
        return sorted({last + 1 - length for last, length in _automaton(keys).iter(lowered)})
    return sorted({start for start, _, _ in _word_hits(text, lowered, keys)})


def _word_hits(text: str, lowered: str, keys: frozenset[str]) -> Iterator[tuple[int, int, int]]:
    """The hits of ``keys`` in ``lowered`` that begin a run of letters of ``text``.

    Each comes as (start, end of the hit, end of the run of letters it begins). A hit
    inside a word ("on" in "million", "is" in "this") is skipped before any regex runs.
    """
    for last, length in _automaton(keys).iter(lowered):
        start = last + 1 - length
        if start and "a" <= lowered[start - 1] <= "z":
            continue
        run = _LETTER_RUN.match(text, start)
        if run is not None:
            yield start, last + 1, run.end()


def scan_cues(
    pattern: regex.Pattern[str], starts: Sequence[int] | None, text: str, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` tried at the ``starts`` within ``start:end``.

    They come as ``finditer`` would give them: a match never starts inside the previous one.
    With no ``starts`` (None), they are ``finditer``'s own.

    Example:
        >>> cue = regex.compile(r"rose|fell")
        >>> [m.group() for m in scan_cues(cue, [3, 14], "It rose, then fell.", 0, 19)]
        ['rose', 'fell']
    """
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
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
    # A closing mark can only stand at the last non-space character: search from there.
    return [
        bool(line.strip()) and not _CLOSED_LINE.search(line, max(len(line.rstrip()) - 1, 0))
        for line in text.split("\n")
    ]


def _trim(text: str, begin: int, end: int) -> tuple[int, int]:
    """The stretch ``begin:end`` without the space around it."""
    piece = text[begin:end]
    start = begin + len(piece) - len(piece.lstrip())
    return start, max(start, begin + len(piece.rstrip()))
