"""Config files named on the command line become params (source config-file): which words name
one, the YAML subset reader (checked against PyYAML where it reads, refusing where it cannot),
JSON/TOML, flattening, and the real CLI, Hydra included."""

from __future__ import annotations

import json
import os
import re
import sys
import textwrap

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from expctl.capture.config_files import config_file_params, find_config_files, hydra_output_config
from expctl.capture.params import flatten
from expctl.capture.yaml_subset import Unsupported, load_yaml
from expctl.models import Param, ParamOrigin

from .conftest import run_expctl

PY = sys.executable

# --- which words name a config file ---------------------------------------------------------


@pytest.mark.parametrize("argv, named", [
    (["python", "train.py", "--config", "cfg.yaml"], ["cfg.yaml"]),
    (["python", "train.py", "--config=cfg.yml", "--lr", "1"], ["cfg.yml"]),
    (["python", "train.py", "-c", "x.json"], ["x.json"]),
    (["python", "train.py", "--model-config", "m.toml", "--train_cfg", "t.yaml"], ["m.toml", "t.yaml"]),
    (["python", "train.py", "cfg.toml", "run.yaml"], ["cfg.toml", "run.yaml"]),
    (["python", "train.py", "hparams.json", "config.json"], ["hparams.json", "config.json"]),
    # data and outputs are not configuration; a JSON positional needs a config-like name
    (["python", "train.py", "--data", "train.json", "--out", "r.yaml", "train.json"], []),
    (["python", "-m", "pkg.train", "--cfg", "c.yaml", "lr=0.1", "a.b=c.yaml"], ["c.yaml"]),
    (["torchrun", "--nproc_per_node", "2", "train.py", "--config", "c.json"], ["c.json"]),
    (["python", "app.py", "-c", "job"], []),  # Hydra's --cfg job: show the config
    (["python", "train.py", "--config"], []),
])
def test_config_files_are_found_in_the_programs_own_arguments(tmp_path, argv, named):
    assert [n for _, n, _ in find_config_files(argv, str(tmp_path))] == named


def test_hydra_config_name_and_path(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "exp.yaml").write_text("x: 1\n")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "exp.yaml").write_text("x: 2\n")
    cwd = str(tmp_path)
    assert find_config_files(["python", "app.py", "-cn", "exp"], cwd) == [
        (str(tmp_path / "conf" / "exp.yaml"), "conf/exp.yaml", True)]
    assert find_config_files(["python", "app.py", "--config-path", "other", "--config-name=exp.yaml"],
                             cwd) == [(str(tmp_path / "other" / "exp.yaml"), "other/exp.yaml", True)]
    assert [n for _, n, _ in find_config_files(["python", "app.py", "-cn", "nope"], cwd)] == ["nope.yaml"]


# --- reading and flattening -------------------------------------------------------------------


def test_flatten_joins_names_with_dots_keeps_lists_as_json_and_skips_nulls():
    assert flatten({"model": {"depth": 4, "lr-max": 0.5, "opt": {"betas": [0.9, 0.99]}},
                    "name": "x", "tags": [], "none": None, "empty": {}, "flag": False}) == [
        ("model.depth", "4"), ("model.lr_max", "0.5"), ("model.opt.betas", "[0.9, 0.99]"),
        ("name", "x"), ("tags", "[]"), ("flag", "false")]


def test_every_format_is_read_and_what_cannot_be_read_says_why(tmp_path):
    (tmp_path / "a.yaml").write_text("model:\n  depth: 4\n  lr: 1e-3\napi_key: abc123\n")
    (tmp_path / "b.json").write_text('{"seed": 3, "nested": {"on": true}}')
    (tmp_path / "c.toml").write_text('[train]\nepochs = 3\nname = "x"\n')
    (tmp_path / "d.yaml").write_text("base: &b 1\n")
    (tmp_path / "e.json").write_text("{not json")
    (tmp_path / "f.yaml").write_text("- 1\n- 2\n")
    (tmp_path / "g.toml").write_bytes(b"x = 1\n" + b"#" * (1 << 20))
    argv = ["python", "t.py", "--config", "a.yaml", "--cfg", "b.json", "c.toml", "d.yaml",
            "-c", "e.json", "f.yaml", "g.toml", "h.yaml"]
    params, origins = config_file_params(argv, str(tmp_path))
    assert params == [
        Param("model.depth", 4, "4", "config-file"), Param("model.lr", 0.001, "0.001", "config-file"),
        Param("api_key", "***", "***", "config-file"),  # a secret-named key: redacted like a flag
        Param("seed", 3, "3", "config-file"), Param("nested.on", True, "true", "config-file"),
        Param("train.epochs", 3, "3", "config-file"), Param("train.name", "x", "x", "config-file")]
    assert origins == [
        ParamOrigin("config-file", "a.yaml", 3), ParamOrigin("config-file", "b.json", 2),
        ParamOrigin("config-file", "c.toml", 2),
        ParamOrigin("config-file", "d.yaml", 0,
                    "not read as YAML: line 1: anchors and aliases (&, *) are not read"),
        ParamOrigin("config-file", "e.json", 0,
                    "not read as JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ParamOrigin("config-file", "f.yaml", 0, "not a mapping of names to values"),
        ParamOrigin("config-file", "g.toml", 0, "larger than 1 MiB (1,048,582 bytes)"),
        ParamOrigin("config-file", "h.yaml", 0, "no such file")]


# --- the YAML subset ----------------------------------------------------------------------------


def test_the_yaml_config_files_are_written_in_is_read():
    text = textwrap.dedent("""\
        ---
        # a comment
        model:
          name: resnet   # trailing comment
          depth: 50
          layers: [64, 'a b', "c#d"]
          opts: {lr: 0.01, nest: ~}
        defaults:
          - model: resnet
            size: 2
          - _self_
        seeds:
        - 1
        - -2.5e-3
        url: http://host/a#frag
        quote: 'it''s'
        empty:
        flags: [true, False, null, .inf, 0x1f, yes]
        ...
        """)
    assert load_yaml(text) == {
        "model": {"name": "resnet", "depth": 50, "layers": [64, "a b", "c#d"],
                  "opts": {"lr": 0.01, "nest": None}},
        "defaults": [{"model": "resnet", "size": 2}, "_self_"],
        "seeds": [1, -0.0025], "url": "http://host/a#frag", "quote": "it's", "empty": None,
        "flags": [True, False, None, float("inf"), 31, "yes"]}


@pytest.mark.parametrize("text, message", [
    ("a: &x 1\nb: *x\n", "line 1: anchors and aliases (&, *) are not read"),
    ("a: *x\n", "line 1: anchors and aliases (&, *) are not read"),
    ("a: !!str 1\n", "line 1: tags (!) are not read"),
    ("a: 1\n---\nb: 2\n", "line 2: several documents (---) are not read"),
    ("%YAML 1.2\n---\na: 1\n", "line 1: YAML directives (%) are not read"),
    ("a: |\n  text\n", "line 1: block scalars (| and >) are not read"),
    ("a: >-\n  text\n", "line 1: block scalars (| and >) are not read"),
    ("? a\n: b\n", "line 1: complex keys (?) are not read"),
    ("a: one\n  two\n", "line 2: a value continued over several lines"),
    ("a: [1, [2]]\n", "line 1: nested flow collections are not read"),
    ("a: [1,\n  2]\n", "line 1: a flow collection over several lines"),
    ("a: 1\na: 2\n", "line 2: the key 'a' appears twice"),
    ("<<: {a: 1}\n", "line 1: merge keys (<<) are not read"),
    ("a:\n\tb: 1\n", "line 2: a tab in the indentation"),
    ("a:\n  b: 1\n c: 2\n", "line 3: unexpected indentation"),
    ('a: "x" y\n', "line 1: text after a quoted value"),
    ("a: 1\n...\nb: 2\n", "line 3: content after the end of the document (...)"),
])
def test_what_the_subset_cannot_read_is_refused_with_the_line_and_the_reason(text, message):
    with pytest.raises(Unsupported) as caught:
        load_yaml(text)
    assert str(caught.value) == message


_KEY = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)
_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=0x24F, exclude_characters="\x7f"),
                max_size=12)
_SCALAR = st.one_of(st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                    st.booleans(), st.none(), _TEXT)
_TREE = st.recursive(_SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_KEY, inner, max_size=4)), max_leaves=20)


# PyYAML reads YAML 1.1, where a float needs a dot: it writes the text '0E0' or '1e-3' plain and
# reads it back as text. This reader, like OmegaConf, takes them as floats (the module's
# docstring); that one documented difference is allowed, nothing else.
_FLOAT_WITHOUT_DOT = re.compile(r"[-+]?[0-9]+[eE][-+]?[0-9]+")


def _same_but_dotless_floats(mine, theirs) -> bool:
    if isinstance(theirs, str) and isinstance(mine, float) and _FLOAT_WITHOUT_DOT.fullmatch(theirs):
        return mine == float(theirs)
    if isinstance(theirs, dict) and isinstance(mine, dict):
        return mine.keys() == theirs.keys() and all(
            _same_but_dotless_floats(mine[k], theirs[k]) for k in theirs)
    if isinstance(theirs, list) and isinstance(mine, list):
        return len(mine) == len(theirs) and all(map(_same_but_dotless_floats, mine, theirs))
    return type(mine) is type(theirs) and mine == theirs


@settings(max_examples=60, deadline=None)
@given(doc=st.dictionaries(_KEY, _TREE, min_size=1, max_size=6), flow=st.booleans())
@example(doc={"_": "0E0"}, flow=False)
def test_what_pyyaml_writes_reads_back_the_same_or_is_refused(doc, flow):
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with hydra-core in the test extra")
    text = yaml.safe_dump(doc, default_flow_style=flow, width=10**6, allow_unicode=True)
    try:
        mine = load_yaml(text)
    except Unsupported:
        return  # refusing is allowed; reading it differently is not
    assert _same_but_dotless_floats(mine, yaml.safe_load(text))


# --- the real CLI -------------------------------------------------------------------------------

SCRUB = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+Z|\d+\.\ds")


def test_run_records_config_files_and_show_says_where_params_came_from_and_who_lost(tmp_path):
    (tmp_path / "cfg.yaml").write_text("model:\n  depth: 4\noptimizer:\n  lr: 0.001\nseed: 0\n")
    (tmp_path / "bad.yaml").write_text("base: &b {x: 1}\n")
    proc = run_expctl("run", "-p", "seed=7", "--", PY, "-c", "print('ok')",
                      "--config", "cfg.yaml", "optimizer.lr=0.1", "bad.yaml")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"ok\n"
    show = run_expctl("show", "last").stdout.decode()
    params = show[show.index("\nparams\n") + 1: show.index("\nresources and environment\n")]
    assert params == textwrap.dedent("""\
        params
        param         value     type    source       also from
        ------------  --------  ------  -----------  -------------------------
        config        cfg.yaml  str     argv
        model.depth   4         int     config-file
        optimizer.lr  0.1       float   argv         config-file: 0.001 (lost)
        seed          7         int     explicit     config-file: 0 (lost)
        2 params set differently by two sources: the value shown wins (explicit > argv > hook > config-file > output)
          params from  config-file cfg.yaml (3)
          not read     config-file bad.yaml: not read as YAML: line 1: anchors and aliases (&, *) are not read
        """)
    doc = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    assert doc["params"] == {"config": "cfg.yaml", "model.depth": 4, "optimizer.lr": 0.1, "seed": 7}
    assert doc["param_sources"] == {"config": "argv", "model.depth": "config-file",
                                    "optimizer.lr": "argv", "seed": "explicit"}
    assert doc["params_overridden"] == {
        "optimizer.lr": [{"source": "config-file", "value": 0.001, "conflict": True}],
        "seed": [{"source": "config-file", "value": 0, "conflict": True}]}
    assert [o["origin"] for o in doc["param_origins"]] == ["bad.yaml", "cfg.yaml"]
    listed = json.loads(run_expctl("list", "-f", "json").stdout)[0]["params"]
    assert listed["model.depth"] == 4
    where = run_expctl("list", "--where", "params.model.depth = 4", "-f", "ids")
    assert where.stdout.split() == [b"1"], where.stderr


HYDRA_APP = """\
import hydra
from omegaconf import DictConfig

@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    print(f"lr={cfg.optimizer.lr}")

if __name__ == "__main__":
    main()
"""


@pytest.fixture
def hydra_app(tmp_path):
    pytest.importorskip("hydra", reason="hydra-core is in the test extra; not installed here")
    (tmp_path / "conf" / "optimizer").mkdir(parents=True)
    (tmp_path / "conf" / "config.yaml").write_text(
        "defaults:\n  - optimizer: sgd\n  - _self_\nseed: 1\nmodel:\n  depth: 18\n")
    (tmp_path / "conf" / "optimizer" / "sgd.yaml").write_text("lr: 0.1\nmomentum: 0.9\n")
    (tmp_path / "app.py").write_text(HYDRA_APP)
    return tmp_path


def test_a_hydra_run_records_its_primary_config_and_the_composed_one_it_wrote(hydra_app):
    stale = hydra_app / "outputs" / "2020-01-01" / "00-00-00" / ".hydra"
    stale.mkdir(parents=True)  # an old run's output: not this run's
    (stale / "config.yaml").write_text("old: 1\n")
    for path in (stale / "config.yaml", stale, stale.parent, stale.parent.parent):
        os.utime(path, (1577836800, 1577836800))  # written then, not moments before this run
    proc = run_expctl("run", "--", PY, "app.py", "-cn", "config", "optimizer.lr=0.5")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"lr=0.5\n"
    doc = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    assert doc["params"] == {"cn": "config", "model.depth": 18, "optimizer.lr": 0.5,
                             "optimizer.momentum": 0.9, "seed": 1}
    assert doc["param_sources"]["optimizer.momentum"] == "config-file"  # only in the composed one
    origins = sorted((re.sub(r"\d{4}-\d\d-\d\d/\d\d-\d\d-\d\d", "DATE/TIME", o["origin"]),
                      o["count"], o["problem"]) for o in doc["param_origins"])
    assert origins == [("conf/config.yaml", 2, None),  # defaults and hydra: Hydra's own
                       ("outputs/DATE/TIME/.hydra/config.yaml", 4, None)]
    assert hydra_output_config([PY, "app.py"], str(hydra_app), 2e9) is None  # nothing newer
