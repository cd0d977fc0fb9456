"""`expctl plot -o FILE.svg|png`: images through matplotlib (the expctl[plot] extra)."""

from __future__ import annotations

import struct

import pytest

from tests.conftest import py, run_expctl

pytest.importorskip("matplotlib", reason="expctl[plot] (matplotlib) is not installed")


@pytest.fixture(scope="module")
def mpl_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("matplotlib")


@pytest.fixture(autouse=True)
def shared_font_cache(mpl_cache, monkeypatch):
    """matplotlib builds its font cache under the home folder, which every test gets afresh:
    share one between these tests (seconds each otherwise)."""
    monkeypatch.setenv("MPLCONFIGDIR", str(mpl_cache))


def _record(name: str, factor: float) -> None:
    lines = "".join(f"step: {i} loss: {factor / i:.4f}\\n" for i in range(1, 40))
    out = run_expctl("run", "-q", "-n", name, "--", *py(f"import sys; sys.stdout.write('{lines}')"))
    assert out.returncode == 0, out.stderr


def test_svg_keeps_text_and_is_the_same_for_the_same_data(isolated):
    _record("small", 1.0)
    _record("large", 2.0)
    first = run_expctl("plot", "-m", "loss", "--logy", "-o", "a.svg")
    assert first.returncode == 0, first.stderr
    assert first.stderr == b"wrote a.svg\n"
    svg = (isolated / "a.svg").read_text()
    assert svg.startswith("<?xml") and "<svg" in svg
    assert "2 large" in svg and "1 small" in svg  # text stays text (svg.fonttype none)
    assert run_expctl("plot", "-m", "loss", "--logy", "-o", "b.svg").returncode == 0
    assert (isolated / "b.svg").read_text() == svg


def test_png_is_a_png_of_the_expected_size(isolated):
    _record("only", 1.0)
    assert run_expctl("plot", "-m", "loss", "-o", "c.png").returncode == 0
    data = (isolated / "c.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 510)  # 8 x 3.4 inches at 150 dpi, one panel
    out = run_expctl("plot", "-m", "loss", "-o", str(isolated / "missing" / "c.png"))
    assert out.returncode == 1
    assert out.stderr.decode().startswith("Error: cannot write ")
    assert b"Traceback" not in out.stderr
