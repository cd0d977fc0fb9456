"""COUNT_PREFIX in angle brackets: ``<30> log likelihood: -33590`` steps its line by the count
and the words after it name the value, on invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_an_angled_count_after_a_log_prefix_steps_the_line():
    text = ("INFO:topics:n_docs: 50\n"
            "INFO:topics:<0> mean perplexity: 812.5\n"
            "INFO:topics:<25> mean perplexity: 640.25\n"
            "INFO:topics:<49> mean perplexity: 633.0\n")
    got = read(text)
    assert got["mean perplexity"] == [(0.0, 812.5), (25.0, 640.25), (49.0, 633.0)]


def test_an_angled_count_opening_a_line_steps_it():
    got = read("<10> held-out bound: -7.5\n<20> held-out bound: -7.25\n")
    assert got == {"held-out bound": [(10.0, -7.5), (20.0, -7.25)]}


def test_words_after_a_comparison_sign_are_no_field():
    got = read("when x > 3 the margin: 0.25\n")
    assert "x > 3 the margin" not in got and "3 the margin" not in got


def test_an_angled_count_before_a_step_key_leaves_the_step_to_the_key():
    got = read("<7> step: 100 mean perplexity: 640.25\n<8> step: 200 mean perplexity: 633.0\n")
    assert got["mean perplexity"] == [(100.0, 640.25), (200.0, 633.0)]
