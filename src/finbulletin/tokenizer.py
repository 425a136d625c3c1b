"""spaCy tokenizers for financial bulletins; they never rewrite the text.

English uses spaCy's blank English pipeline with extra rules for currency prefixes
("US$", "HK$"), ranges between numbers ("2027–2030"), exchange-tagged codes
("00388.HK") and listing suffixes ("Cambricon -U"). Chinese uses a small rule-based
segmenter (no dictionary to load): each Han character is a token, runs of digits,
Latin letters and codes stay whole. Full-width forms are folded into ``token.norm_``
only; ``doc.text`` is always the caller's string. spaCy itself is imported when the
first pipeline is built, not with this module.

Example:
    >>> nlp = make_nlp("en")
    >>> [t.text for t in nlp("HK$5.2 bn, 00388.HK rose 0.48%")]
    ['HK$', '5.2', 'bn', ',', '00388.HK', 'rose', '0.48', '%']
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any, cast

import regex

from finbulletin.models import Language

if TYPE_CHECKING:
    from spacy.language import Language as SpacyLanguage
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: Currency prefixes split off before a number ("US$5" -> "US$", "5").
CURRENCY_PREFIXES = (
    r"US\$",
    r"HK\$",
    r"S\$",
    r"A\$",
    r"C\$",
    r"NT\$",
    r"RMB(?=\d)",
    r"USD(?=\d)",
    r"HKD(?=\d)",
    r"CNY(?=\d)",
    r"EUR(?=\d)",
    r"¥",
    r"￥",
    r"€",
    r"£",
)

#: Whole tokens that spaCy would otherwise split.
TOKEN_MATCH = regex.compile(
    r"""
    ^(?:
        \d{4,6}\.(?:HK|SH|SZ|BJ|SS|hk|sh|sz|bj)   # exchange-tagged codes: 00388.HK, 600519.SH
      | (?:SH|SZ|BJ|HK)\d{5,6}                      # prefixed codes: SH600519
      | -(?:U|W|UW|SW|WD|S)                         # STAR/HK listing suffixes written apart
    )$
    """,
    regex.VERBOSE,
)

#: Splits a dash between two numbers: "2027–2030", "5-7".
RANGE_INFIX = r"(?<=[0-9])[–—~\-](?=[0-9])"


def make_nlp(language: Language) -> SpacyLanguage:
    """Build the blank spaCy pipeline for ``language`` ("en" or "zh").

    Example:
        >>> make_nlp("zh")("芯片ETF(512760)跌3.87%").text
        '芯片ETF(512760)跌3.87%'
    """
    import spacy  # here, not at import: most parses never need a spaCy Doc

    if language == "zh":
        nlp = spacy.blank("xx")
        nlp.tokenizer = ChineseTokenizer(nlp.vocab)
    else:
        nlp = _english(spacy.blank("en"))
    # spaCy's own cap (1,000,000 characters) guards its parser and NER models, which these
    # pipelines do not have; the Parser enforces its own max_length before tokenizing.
    nlp.max_length = _NO_LIMIT
    return nlp


#: A length no str reaches: spaCy's cap is lifted, the Parser's max_length applies.
_NO_LIMIT = 2**62


def _english(nlp: SpacyLanguage) -> SpacyLanguage:
    """Add the financial-text rules to a blank English pipeline."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tok = cast("Tokenizer", nlp.tokenizer)
    defaults: Any = nlp.Defaults
    tok.prefix_search = compile_prefix_regex((*CURRENCY_PREFIXES, *defaults.prefixes)).search
    tok.infix_finditer = compile_infix_regex((RANGE_INFIX, *defaults.infixes)).finditer
    tok.token_match = TOKEN_MATCH.match
    nlp.tokenizer = LongRunGuard(tok)
    return nlp


class LongRunGuard:
    """spaCy's English tokenizer, kept linear on very long runs without spaces.

    spaCy peels prefixes and suffixes one at a time, re-scanning the rest of the chunk each
    time, so a chunk of thousands of "$" or "(" costs quadratic time. Texts without such a
    chunk go to spaCy unchanged; in a text with one, every chunk is tokenized on its own and
    chunks longer than :attr:`LIMIT` are cut into word and symbol runs first.
    """

    LIMIT = 200  # characters in one whitespace-free chunk before it counts as long

    #: A whitespace-free chunk longer than LIMIT.
    LONG_CHUNK = regex.compile(rf"\S{{{LIMIT + 1},}}")
    #: Whitespace-free chunks, and (second pattern) the pieces a long chunk is cut into.
    CHUNK = regex.compile(r"\S++")
    PIECE = regex.compile(rf"\w{{1,{LIMIT}}}|\W")

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text`` into a Doc whose text is ``text``."""
        from spacy.tokens import Doc

        if not self.LONG_CHUNK.search(text):
            return cast(Doc, self.tokenizer(text))
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for chunk in self.CHUNK.finditer(text):
            _add_gap(text[pos : chunk.start()], words, spaces)
            piece_texts = (
                [m.group() for m in self.PIECE.finditer(chunk.group())]
                if len(chunk.group()) > self.LIMIT
                else [t.text for t in self.tokenizer(chunk.group())]
            )
            for piece in piece_texts:
                words.append(piece)
                spaces.append(False)
            pos = chunk.end()
        _add_gap(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **kwargs: Any) -> bytes:
        """Serialise the wrapped spaCy tokenizer."""
        return cast(bytes, self.tokenizer.to_bytes(**kwargs))

    def from_bytes(self, data: bytes, **kwargs: Any) -> LongRunGuard:
        """Restore the wrapped spaCy tokenizer."""
        self.tokenizer.from_bytes(data, **kwargs)
        return self


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """Add the whitespace between two chunks: one space trails the last word, the rest is a token."""
    if not gap:
        return
    if words and not spaces[-1] and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


class ChineseTokenizer:
    """Rule-based segmentation for Chinese bulletins, offsets exact.

    Tokens: a number with its separators and decimals ("4,472.70", "３.５"), a run of
    Latin letters and digits ("ETF", "A500"), one Han character, or one other symbol.
    """

    #: One token; tried in order. Whitespace runs are tokens too until folded into spaces.
    TOKEN = regex.compile(
        r"""
          [0-9０-９]+(?:[.,．，][0-9０-９]+)*   # numbers, half or full width
        | [A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]*   # Latin words and codes like A500
        | \s+                                  # whitespace (handled below)
        | \X                                   # any other grapheme: a Han character, a symbol
        """,
        regex.VERBOSE,
    )

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text`` into a Doc whose text is ``text``; norms fold full-width forms."""
        from spacy.tokens import Doc

        pieces: list[str] = self.TOKEN.findall(text)
        words: list[str] = []
        spaces: list[bool] = []
        done = 0  # pieces before this one are placed
        for gap in [i for i, piece in enumerate(pieces) if piece.isspace()]:
            words.extend(pieces[done:gap])
            spaces.extend([False] * (gap - done))
            _add_gap(pieces[gap], words, spaces)
            done = gap + 1
        words.extend(pieces[done:])
        spaces.extend([False] * (len(pieces) - done))
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for i, word in enumerate(words):
            if not (word.isascii() or unicodedata.is_normalized("NFKC", word)):
                doc[i].norm_ = unicodedata.normalize("NFKC", word)  # only the tokens folding changes
        return doc

    def to_bytes(self, **kwargs: object) -> bytes:
        """Nothing to serialise: the rules are code."""
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> ChineseTokenizer:
        """Nothing to restore: the rules are code."""
        return self
