"""Bytes to text: encodings, binary and size checks, Markdown markup, headline detection."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from claimtracker.errors import InputError
from claimtracker.text import script_counts

# A news article is a few kilobytes; anything this large is a mistake (a dump, a video, a
# whole site) and would hold the extractor for minutes.
MAX_FILE_BYTES = 10 * 1024 * 1024
# The longest reports and transcripts run to some 50,000 words. A longer "article" is a paste of
# many articles, whose claims would all be credited to one outlet and date, and whose thousands
# of mentions keep the linker busy for a minute with no progress to show.
MAX_ARTICLE_CHARS = 300_000
# Encodings Arabic news still arrives in, tried when charset-normalizer is unsure.
_FALLBACK_ENCODINGS = ("cp1256", "iso-8859-6", "utf-16")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def check_size(n_bytes: int, what: str = "file", limit: int = MAX_FILE_BYTES) -> None:
    if n_bytes > limit:
        hint = "; split it into articles or use a .jsonl file" if what == "file" else ""
        raise InputError(f"the {what} is too large ({_mb(n_bytes)}; the limit is {_mb(limit)}){hint}")


# Checks read the start and the end of a long text: a character at a time over a 10 MB file
# would take seconds, and binary data shows within its first and last pages.
_SAMPLE = 100_000


def _sample(text: str) -> str:
    return text if len(text) <= 2 * _SAMPLE else text[:_SAMPLE] + text[-_SAMPLE:]


def _control_share(text: str) -> float:
    sample = _sample(text)
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn") and c not in "\n\r\t\f")
    return bad / len(sample)


def _letters(sample: str) -> int:
    return sum(1 for c in sample if c.isalpha())


# Prose separates its words: about one character in six is a space in Arabic or English news.
# Binary data read in a single-byte code page (cp1256 turns every high byte into a letter or a
# sign) has almost none, and is mostly not letters.
_MIN_SPACE_SHARE = 0.05
_MIN_LETTER_SHARE = 0.5
_SHORT = 200  # a headline alone may have few spaces


def _reads_as_prose(text: str) -> bool:
    """Words separated by spaces, and mostly letters (of any script)."""
    sample = _sample(text)
    spaces = sum(1 for c in sample if c.isspace())
    letters = _letters(sample)
    if letters == 0 or letters < _MIN_LETTER_SHARE * (len(sample) - spaces):
        return False
    return len(sample) <= _SHORT or spaces >= _MIN_SPACE_SHARE * len(sample)


def _plausible(text: str, prose: bool) -> bool:
    """A guessed code page read right: few control characters, prose (unless markup is expected),
    letters mostly Arabic or Latin."""
    if _control_share(text) > 0.01 or (prose and not _reads_as_prose(text)):
        return False
    sample = _sample(text)
    ar, en = script_counts(sample)
    return (ar + en) >= 0.6 * _letters(sample)


_NOT_TEXT = ("the file is not readable text in a known encoding (binary data, or an encoding "
             "that is neither UTF-8 nor an Arabic code page)")


def decode_bytes(data: bytes, prose: bool = True) -> str:
    """Decode a text file whatever its encoding; binary data raises InputError.

    `prose=False` is for markup (HTML), whose tags and scripts need not read as prose.
    """
    if not data.strip():
        raise InputError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("the file claims to be UTF-16 but is not") from exc
    if b"\x00" in data[:8192]:
        raise InputError("the file looks binary (it holds NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8-sig"), prose)
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a file cut short, one bad paste) is still UTF-8: guessing
    # a code page for it would turn all of its Arabic into mojibake.
    lenient = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    if lenient.count("\ufffd") <= max(1, len(lenient) // 1000):
        return _checked(lenient, prose)
    candidates: list[str] = []
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates.extend(e for e in _FALLBACK_ENCODINGS if e not in candidates)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text, prose):
            return text
    raise InputError(_NOT_TEXT)


def _checked(text: str, prose: bool) -> str:
    """Valid UTF-8 can still be binary (ASCII control bytes) or no prose at all (a base64 blob).
    Prose in another script passes here: language detection names that problem more clearly."""
    if _control_share(text) > 0.01:
        raise InputError("the file looks binary (it holds control characters), not text")
    if prose and not _reads_as_prose(text):
        raise InputError("the file does not read as prose (too few letters, or no spaces between words)")
    return text


def clean_text(text: str) -> str:
    """Normalise line ends and Unicode form; drop NULs and trailing spaces. Offsets are computed
    on the result, so this runs before extraction, never after."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\x00", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


_SENTENCE_END = (".", "!", "،", ",", ";", "؛", ":")


def headline_of(text: str) -> str | None:
    """The first line, when it looks like a headline: short, followed by more text, and not a
    sentence that runs on (no final full stop)."""
    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    rest = "\n".join(lines[1:]).strip()
    if not first or not rest:
        return None
    if len(first) > 200 or len(first.split()) > 30 or first.endswith(_SENTENCE_END):
        return None
    return first


# Inline markup. Every span is bounded and excludes its own delimiter, so each pattern runs in
# linear time on any input (hostile text cannot make it backtrack).
_MD_INLINE = [
    (re.compile(r"<!--[^\n]{0,500}?-->"), ""),
    (re.compile(r"<[A-Za-z/!][^<>\n]{0,200}>"), ""),  # inline HTML tags
    (re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\n]{0,500}\)"), r"\1"),  # images keep their alt text
    (re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\n]{0,500}\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,300}\]"), r"\1"),
    (re.compile(r"\*\*(?=[^*\s])([^*\n]{1,300}?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=[^_\s])([^_\n]{1,300}?)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^*\s])([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^_\s])([^_\n]{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]{0,300})`"), r"\1"),
]
_LIST_MARKER = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+")
_REFERENCE = re.compile(r"^\[[^\[\]\n]{1,300}\]:\s")


def _block_line(line: str) -> str | None:
    """One line without its block markup; None drops it (fences, rules, reference definitions)."""
    body = line.lstrip()
    if body.startswith(("```", "~~~")) or _REFERENCE.match(body):
        return None
    if len(body) >= 3 and set(body.replace(" ", "")) <= set("=") or (
            len(body.replace(" ", "")) >= 3 and len(set(body.replace(" ", ""))) == 1 and body[0] in "-*_"):
        return None
    while body.startswith(">"):
        body = body[1:].lstrip()
    hashes = len(body) - len(body.lstrip("#"))
    if 1 <= hashes <= 6 and (len(body) == hashes or body[hashes] == " "):
        body = body[hashes:].strip().rstrip("#").rstrip()
    return _LIST_MARKER.sub("", body)


def strip_markdown(text: str) -> str:
    """Markdown to plain text: block markup line by line, then inline markup."""
    lines = (_block_line(line) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line is not None)
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    return re.sub(r"\n{3,}", "\n\n", text)
