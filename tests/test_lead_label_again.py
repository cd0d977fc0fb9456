"""LEAD_LABEL_AGAIN: a thing's name found by LEAD_LABEL_RUN names its later lines at once."""

from __future__ import annotations

from tests.metric_reading import read


def _runs(things, n, line):
    return "".join(line.format(thing=thing, n=k, v=10 * i + k) for i, thing in enumerate(things)
                   for k in range(1, n + 1))


def test_runs_after_the_first_switch_keep_their_names():
    text = _runs(("alpha", "beta", "gamma"), 4, "[{thing}] iter={n} cost={v}.5\n")
    out = read(text)
    assert out["beta/cost"] == [(float(k), 10 + k + 0.5) for k in range(1, 5)]
    assert out["gamma/cost"] == [(float(k), 20 + k + 0.5) for k in range(1, 5)]


def test_colon_names_after_a_log_prefix():
    text = _runs(("Lasso", "Ridge"), 3, "2031-01-01 10:00:00 INFO {thing}: fold_score={v}.25 spread=0.{n}\n")
    out = read(text)
    assert [v for _, v in out["Ridge/fold_score"]] == [11.25, 12.25, 13.25]


def test_a_name_never_seen_next_to_another_is_not_kept():
    text = "".join(f"[solver] round={k} gap={k}.5\n" for k in range(1, 5))
    text += "".join(f"[solver] round={k} gap={k}.25 slack=1.{k}\n" for k in range(1, 3))
    assert not any("/" in name for name in read(text))


def test_other_keys_under_a_kept_name_are_not_named_by_it():
    text = _runs(("alpha", "beta"), 2, "[{thing}] iter={n} cost={v}.5\n") + "[beta] iter=3 margin=0.7\n"
    out = read(text)
    assert "margin" in out and "beta/margin" not in out
