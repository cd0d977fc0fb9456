"""The compiled strict base64 decoder (expctl.transfer._metrics_json.unb64) accepts and decodes
exactly the texts the Python one does (binascii's strict mode, two tests added): whole quads of
the alphabet, the last one perhaps padded with one or two `=`."""

from __future__ import annotations

import base64
import random
import re

import pytest

from expctl.transfer import b64text

compiled = pytest.importorskip("expctl.transfer._metrics_json")

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def reference(text: str) -> bytes | None:
    """What the format accepts (check._BASE64 at a length that is a multiple of 4), decoded by
    the standard library."""
    if len(text) % 4 or not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", text, re.ASCII):
        return None
    return base64.b64decode(text)


def test_both_decoders_agree_with_b64decode_on_short_texts_of_every_shape():
    rng = random.Random(7)
    chars = "AZaz09+/=\n é\x00-_"
    texts = ["", "====", "A===", "AB==", "ABC=", "ABCD", "=ABC", "AB=C", "A=BC", "ABCD====",
             "ABCDAB==", "AB==ABCD", "ABCDABC=", "ABC=ABC=", "AB\n="]
    texts += ["".join(rng.choice(chars) for _ in range(rng.randrange(13))) for _ in range(20000)]
    for text in texts:
        expected = reference(text)
        assert b64text.python_b64(text) == expected, text
        assert compiled.unb64(text) == expected, text


def test_encoded_bytes_come_back_whole_and_spare_bits_are_ignored():
    rng = random.Random(11)
    for size in range(70):
        data = bytes(rng.randrange(256) for _ in range(size))
        text = base64.b64encode(data).decode("ascii")
        assert compiled.unb64(text) == data == b64text.python_b64(text)
        if text.endswith("="):  # the last character's unused low bits set: still accepted
            at = len(text.rstrip("=")) - 1
            odd = text[:at] + ALPHABET[ALPHABET.index(text[at]) | 1] + text[at + 1:]
            assert compiled.unb64(odd) == reference(odd) == b64text.python_b64(odd)


def test_a_text_that_is_not_ascii_or_not_text_is_refused():
    assert compiled.unb64("AAA\u00e9") is None
    assert compiled.unb64("\udcff" * 4) is None
    assert compiled.unb64(b"AAAA") is None  # type: ignore[arg-type]
    assert b64text.strict_b64("AAAA") == b"\x00\x00\x00"
