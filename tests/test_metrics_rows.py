"""The compiled template match (`_scan.template_rows`, the bulk path for metric-dense ASCII
output) against the regex path it stands in for: the same lines accepted, the same values to
the bit, the same points from the parser on every corpus file and on generated output."""

from __future__ import annotations

import itertools
import math
import random
import struct
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.metrics import templates
from expctl.metrics.parser import MetricParser
from expctl.metrics.splitter import LineSplitter
from expctl.metrics.templates import make_template
from tests.conftest import examples

compiled = pytest.importorskip("expctl.metrics._scan")
CORPUS = Path(__file__).parent / "corpus"

# Lines of a repeating shape, and pieces that make a line almost, or not quite, of that shape.
NAMES = st.sampled_from(["step", "loss", "acc", "epoch", "it", "lr", "val/loss", "train_acc2",
                         "Step", "iter", "batch", "x1", "top-5", "grad.norm"])
NUMBERS = st.sampled_from([
    "0", "7", "12", "-3", "+4", "0.5", "0.123456", "-0.25", "1.", "5e3", "5e-3", "1E+10", "2e",
    "1e999", "-1e999", "nan", "inf", "-inf", ".5", "3.14e", "0012", "9" * 70, "1.5e+", "1_000",
    "١٢", "3%", "4x", "1e1e1",
])
SEPARATORS = st.sampled_from([": ", "=", " = ", ":", ":  ", " "])
GLUE = st.sampled_from([" ", ", ", " | ", "  ", "\t", " - ", ",", " ms ", "/"])
LEADS = st.sampled_from(["", "[3/10] ", "Epoch 2 ", "12:30:01 INFO ", "train ", "  ", "[a1] ",
                         "# ", "{", "é "])
TAILS = st.sampled_from(["", " ", "s", " ms", "%", " done", "]", "x9", " 12"])


@st.composite
def shaped_line(draw) -> str:
    count = draw(st.integers(1, 5))
    names = draw(st.lists(NAMES, min_size=count, max_size=count, unique=True))
    separator = draw(SEPARATORS)
    glue = draw(GLUE)
    body = glue.join(f"{name}{separator}{draw(NUMBERS)}" for name in names)
    return draw(LEADS) + body + draw(TAILS)


def _vary(line: str, rng: random.Random) -> str:
    """`line` with each number run replaced by another number text, now and then."""
    out, i = [], 0
    while i < len(line):
        if line[i].isdigit() and rng.random() < 0.7:
            j = i
            while j < len(line) and line[j].isdigit():
                j += 1
            out.append(rng.choice(["0", "3", "12", "450", "1e5", "2.5", "7.", "99999999", "1e999"]))
            i = j
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


def _regex_rows(template, text: str, step: int) -> tuple[int, bytes] | None:
    """What `_parse_bulk` reads from `text` with the template's regex, as template_rows returns it."""
    rows = template.bulk_regex().findall(text)
    if len(rows) != text.count("\n") + 1:
        return None
    values = array("d", map(float, itertools.chain.from_iterable(
        row if isinstance(row, tuple) else (row,) for row in rows)))
    width = len(template.names)
    if step >= 0 and not all(map(math.isfinite, values[step::width])):
        return None
    return len(rows), values.tobytes()


def _template_of(line: str):
    """The template the parser learns from `line`, if it learns one."""
    parser = MetricParser()
    parser.parse(line)
    return parser._templates[0] if parser._templates else None


def compiled_match_as_regex(line, seed, count):
    template = _template_of(line)
    if template is None or template.pieces is None:
        return
    rng = random.Random(seed)
    lines = [_vary(line, rng) if rng.random() < 0.8 else line for _ in range(count)]
    if rng.random() < 0.2:  # now and then a line of another shape
        lines[rng.randrange(count)] = rng.choice(["", "loss: 1", line + " ", "x" + line, line[:-1]])
    text = "\n".join(lines)
    if not text.isascii():
        return
    step = -1 if template.step_index is None else template.step_index
    data = b"<<" + text.encode("ascii") + b">>"
    found = compiled.template_rows(data, 2, len(data) - 2, template.pieces, step)
    assert found == _regex_rows(template, text, step)


SHAPED = given(shaped_line(), st.integers(0, 2**32 - 1), st.integers(1, 6))
test_the_compiled_match_reads_what_the_template_regex_reads = examples(600)(
    SHAPED(compiled_match_as_regex))
test_many_more_shapes_read_as_the_regex_reads = pytest.mark.heavy(examples(6000)(
    SHAPED(compiled_match_as_regex)))


def test_a_shape_read_the_same_way_gives_its_values_to_the_bit():
    template = make_template("step: 3 loss: 0.5 acc: 1", [("step", "3"), ("loss", "0.5"), ("acc", "1")])
    assert template is not None and template.pieces == (b"step: ", 1, b" loss: ", 1, b" acc: ", 1)
    text = b"step: 4 loss: 0.1 acc: -2e-3\nstep: 5 loss: 1e999 acc: +0012.50"
    count, raw = compiled.template_rows(text, 0, len(text), template.pieces, 0)
    assert count == 2
    assert list(struct.unpack("6d", raw)) == [4.0, 0.1, -2e-3, 5.0, math.inf, 12.5]


def test_shapes_the_compiled_match_cannot_read_as_the_regex_does_get_no_pieces():
    # digits right before a value: a greedy \d+ there could give some back to the value
    assert templates.row_pieces(["[ep 3/10] step 1", " loss: ", ""]) is None
    assert templates.row_pieces(["é step: ", ""]) is None  # not ASCII
    assert templates.row_pieces(["[ep 3/10] step: ", " loss: ", ""]) == (
        b"[ep ", 0, b"/", 0, b"] step: ", 1, b" loss: ", 1)


def test_a_line_of_another_shape_or_a_step_that_is_none_gives_none():
    pieces = (b"step: ", 1, b" loss: ", 1)
    assert compiled.template_rows(b"step: 1 loss: 2\nstep: x loss: 2", 0, 32, pieces, 0) is None
    assert compiled.template_rows(b"step: 1e999 loss: 2", 0, 19, pieces, 0) is None
    assert compiled.template_rows(b"step: 1e999 loss: 2", 0, 19, pieces, -1) is not None
    assert compiled.template_rows(b"step: 1 loss: 2\n", 0, 16, pieces, 0) is None  # an empty line
    with pytest.raises(ValueError):
        compiled.template_rows(b"step: 1", 0, 7, (b"step: ", 7), 0)


def _read(data: bytes, chunk: int) -> tuple[dict, list]:
    """Points and config as the recorder reads `data` printed on one stream, `chunk` bytes a read."""
    parser = MetricParser()
    splitter = LineSplitter(frame_key=parser.frame_key)
    out: dict = {}
    for start in range(0, len(data), chunk):
        parser.parse_text(splitter.feed_text(data[start:start + chunk]), 1.0, out)
    parser.parse_text(splitter.flush_text(), 1.0, out)
    parser.finish(1.0, out)
    points = {name: (series.steps.tobytes(), series.values.tobytes()) for name, series in out.items()}
    return points, parser.params


def _both_ways(data: bytes, chunk: int, monkeypatch) -> tuple:
    calls = []
    real = templates.compiled_rows

    def counted(*args):
        found = real(*args)
        calls.append(found is not None)
        return found

    monkeypatch.setattr(templates, "compiled_rows", counted)
    fast = _read(data, chunk)
    monkeypatch.setattr(templates, "compiled_rows", None)
    slow = _read(data, chunk)
    monkeypatch.setattr(templates, "compiled_rows", real)
    return fast, slow, calls


CORPUS_FILES = sorted(p for p in CORPUS.rglob("*.txt") if p.name in ("stdout.txt", "stderr.txt"))


CHUNKS = (1 << 16, 4096, 1000)  # reads of the recorder's size, and smaller, cutting more lines


def test_every_corpus_file_gives_the_same_points_with_the_compiled_match(monkeypatch):
    """Every other file, read in one of the chunk sizes, in turn (every size over the corpus);
    the heavy twin below reads every file in every size."""
    assert len(CORPUS_FILES) > 100
    for n, path in enumerate(CORPUS_FILES[::2]):
        chunk = CHUNKS[n % len(CHUNKS)]
        fast, slow, calls = _both_ways(path.read_bytes(), chunk, monkeypatch)
        assert fast == slow, (path, chunk)


@pytest.mark.heavy
def test_every_corpus_file_in_every_chunk_size_gives_the_same_points(monkeypatch):
    for path in CORPUS_FILES:
        data = path.read_bytes()
        for chunk in CHUNKS:
            fast, slow, calls = _both_ways(data, chunk, monkeypatch)
            assert fast == slow, (path, chunk)


def test_every_corpus_line_with_a_template_reads_the_same_both_ways():
    """Each line the parser learns a template from, in every other corpus file (the default
    suite's time), as a block of that shape (the line, copies with other numbers, and now and
    then a line of another shape); the heavy twin below takes every file."""
    _template_lines_read_the_same(CORPUS_FILES[::2], least=150)


@pytest.mark.heavy
def test_every_corpus_line_in_every_file_with_a_template_reads_the_same_both_ways():
    _template_lines_read_the_same(CORPUS_FILES, least=300)  # 353 shapes at the time of writing


def _template_lines_read_the_same(paths: list, least: int) -> None:
    rng = random.Random(15)
    shapes = 0
    for path in paths:
        for line in path.read_bytes().decode("utf-8", "replace").splitlines():
            template = _template_of(line) if line.isascii() else None
            if template is None or template.pieces is None:
                continue
            shapes += 1
            step = -1 if template.step_index is None else template.step_index
            for _ in range(3):
                lines = [line] + [_vary(line, rng) for _ in range(rng.randint(0, 4))]
                if rng.random() < 0.3:
                    lines.append(rng.choice([line + " ", line[:-1], "x" + line]))
                text = "\n".join(lines)
                data = text.encode("ascii")
                found = compiled.template_rows(data, 0, len(data), template.pieces, step)
                assert found == _regex_rows(template, text, step), line
    assert shapes > least


def _dense_output(seed: int) -> bytes:
    """Metric-dense output as programs print it: runs of one shape, now and then another line."""
    rng = random.Random(seed)
    shapes = [
        "step: {i} loss: {x:.6f} acc: {y:.4f}",
        "step={i}, loss={x:.4e}, lr={y}",
        "[{e}/10] it {i}: loss={x:.3f} acc={y:.2f}%",
        "Epoch {e} step: {i} | train_loss: {x} | val_loss: {y:.3}",
        "iter {i}: loss {x:.4f}, time {y:.2f}ms",
        "{{'loss': {x:.4f}, 'step': {i}}}",
        "global_step: {i} loss: {x}",
    ]
    odd = ["", "Saving checkpoint to /tmp/ck-{i}.pt", "loss: nan", "step: {i} loss: inf acc: 0.5",
           "step: {i} loss: 1e999 acc: 2", "Epoch {e}/10", "step: {i} loss: -{x} acc: +{y}",
           "step: 00{i} loss: {x:.2e} acc: {y:.1f}", "  step: {i} loss: {x} acc: {y}",
           "step: {i} loss: {x} acc: {y} ", "step: {i} loss: é acc: {y}"]
    lines = []
    for _ in range(rng.randint(1, 12)):
        shape = rng.choice(shapes)
        for _ in range(rng.choice([1, 5, 60, 400])):
            i = len(lines)
            values = dict(i=i, e=i // 100, x=rng.choice([1 / (i + 1), rng.random() * 1e6, -rng.random()]),
                          y=rng.choice([i % 97 / 97, rng.random(), 3.0]))
            template = shape if rng.random() > 0.003 else rng.choice(odd)
            lines.append(template.format(**values))
    return ("\n".join(lines) + rng.choice(["", "\n"])).encode()


@pytest.mark.parametrize("seed", range(40))
def test_generated_dense_output_gives_the_same_points_with_the_compiled_match(seed, monkeypatch):
    data = _dense_output(seed)
    rng = random.Random(seed)
    chunk = rng.choice([1 << 16, 8192, 1500, 333])
    fast, slow, calls = _both_ways(data, chunk, monkeypatch)
    assert fast == slow


def test_generated_dense_output_takes_the_compiled_path(monkeypatch):
    """Twenty generated outputs (the default suite's time); the heavy twin reads forty."""
    used = 0
    for seed in range(20):
        used += sum(_both_ways(_dense_output(seed), 4096, monkeypatch)[2])
    assert used > 10


@pytest.mark.heavy
def test_more_generated_dense_output_takes_the_compiled_path(monkeypatch):
    used = 0
    for seed in range(40):
        used += sum(_both_ways(_dense_output(seed), 4096, monkeypatch)[2])
    assert used > 20


NUMBER_TEXT = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda x: f"{x:.6f}"),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda x: f"{x:.4e}"),
    st.tuples(st.sampled_from(["", "-", "+"]), st.text("0123456789", min_size=1, max_size=25),
              st.sampled_from(["", "."]), st.text("0123456789", max_size=25),
              st.sampled_from(["", "e", "E-", "e+", "e-0"]), st.text("0123456789", max_size=4)
              ).map(lambda p: "".join(p) if p[4] == "" or p[5] else "".join(p[:4])),
)


def read_as_float_reads(texts):
    text = "\n".join(f"v={t};" for t in texts)
    pieces = (b"v=", 1, b";")
    count, raw = compiled.template_rows(text.encode(), 0, len(text), pieces, -1)
    assert count == len(texts)
    assert raw == array("d", [float(t) for t in texts]).tobytes(), texts


NUMBER_LISTS = given(st.lists(NUMBER_TEXT, min_size=1, max_size=8))
test_numbers_are_read_as_float_reads_them_to_the_bit = examples(1000)(NUMBER_LISTS(read_as_float_reads))
test_many_more_numbers_read_to_the_bit = pytest.mark.heavy(examples(10000)(
    NUMBER_LISTS(read_as_float_reads)))
