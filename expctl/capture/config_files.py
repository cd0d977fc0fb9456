"""Params from the configuration files a command names: source `config-file`.

`python train.py --config cfg.yaml lr=0.1` reads `cfg.yaml` and records its leaves, flattened with
dots (`model.depth`), beside what argv says (argv wins a clash: `models.param_wins`). Which words
of the command name a config file (only the program's own arguments, launchers removed):

* the value of a flag whose name speaks of configuration (`--config`, `--cfg`, `--conf`,
  `--config-file`, `--model_config`, `--hparams`, `--params`, `--settings`, `-c`), when it ends in
  `.yaml`, `.yml`, `.json` or `.toml`; other flags' files (`--data train.json`, `--out r.yaml`)
  are data, not configuration;
* a positional `.yaml`/`.yml`/`.toml` path, and a positional `.json` whose name speaks of
  configuration (`config.json`, `hparams.json`; not `train.json`);
* Hydra's `--config-name`/`-cn` (with `--config-path`/`-cp`, else the conventional `conf/`,
  `config/`, `configs/` or the script's own folder): the primary config; its `defaults` list
  and `hydra` node are Hydra's own, `???` is a missing value and `${...}` a reference to
  another: all skipped (with `--py-hook`, the hook records the resolved values);
* after the command, the `.hydra/config.yaml` that a Hydra run wrote to its output folder
  (`hydra.run.dir=…`, else under `outputs/`): the composed config, read last so that it wins over
  the primary file.

JSON and TOML are read with the standard library; YAML with `yaml_subset` (which refuses what it
cannot read). A file that cannot be read is not an error: the run records why (`ParamOrigin`),
`show` says it, and the command runs as always.
"""

from __future__ import annotations

import os
import sys

from ..lazyre import LazyPattern
from ..models import Param, ParamOrigin
from .params import normalize_name, params_from_mapping, program_args
from .argv import is_flag_token, split_override

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Sequence

SOURCE = "config-file"
MAX_BYTES = 1 << 20  # a config file is small; a bigger one is data named like a config
MAX_PARAMS = 1000  # per file; more are recorded as a problem, the first ones kept
EXTENSIONS = (".yaml", ".yml", ".json", ".toml")
# A flag or file name that speaks of configuration: `config`, `cfg`, `conf`, `hparams`, ...
_CONFIG_WORD = LazyPattern(r"(?:^|[_.\-])(?:config|configs|cfg|conf|hparams|hyperparams|params|"
                          r"settings|args|options|opts)(?:$|[_.\-])|^c$")
_HYDRA_FLAGS = {"config_name": "name", "cn": "name", "config_path": "path", "cp": "path"}
_HYDRA_DIRS = ("", "conf", "config", "configs")


def config_file_params(argv: Sequence[str], cwd: str) -> tuple[list[Param], list[ParamOrigin]]:
    """The params of every config file `argv` names, in order, and a `ParamOrigin` for each
    file (read, or why not). Never raises."""
    params: list[Param] = []
    origins: list[ParamOrigin] = []
    for path, named, hydra in find_config_files(argv, cwd):
        found, origin = read_config_params(path, named, hydra)
        params += found
        origins.append(origin)
    return params, origins


def find_config_files(argv: Sequence[str], cwd: str) -> list[tuple[str, str, bool]]:
    """(path to open, path as named, is a Hydra config) for each config file in `argv`."""
    args = program_args(argv)
    files: list[tuple[str, str, bool]] = []
    hydra: dict[str, str] = {}
    i = 0
    while i < len(args):
        token = args[i]
        if is_flag_token(token):
            raw, eq, value = token.partition("=")
            name = normalize_name(raw)
            has_value = eq or (i + 1 < len(args) and not is_flag_token(args[i + 1]))
            value = value if eq else (args[i + 1] if has_value else "")
            if name in _HYDRA_FLAGS:
                hydra[_HYDRA_FLAGS[name]] = value
            elif value.lower().endswith(EXTENSIONS) and _CONFIG_WORD.search(name.lower()):
                files.append((os.path.join(cwd, value), value, False))
            i += 1 if eq or not has_value else 2
            continue
        if split_override(token) is None and _is_config_path(token):
            files.append((os.path.join(cwd, token), token, False))
        i += 1
    if hydra:
        files += _hydra_primary(hydra, argv, cwd)
    return files


def hydra_output_config(argv: Sequence[str], cwd: str, since: float) -> tuple[str, str] | None:
    """(path, path relative to `cwd`) of the `.hydra/config.yaml` a Hydra run wrote after
    `since` (seconds since the epoch), or None. Looks in `hydra.run.dir=…` when argv sets it,
    else under `outputs/` (Hydra's default `outputs/DATE/TIME`), descending only into folders
    changed since the run started, so old runs' folders cost one stat each. Several such files
    (a multirun, or runs in parallel) are ambiguous: None."""
    overrides = [split_override(t) for t in program_args(argv)]
    run_dirs = [o[2].split("${")[0] for o in overrides if o and o[1] == "hydra.run.dir" and o[2]]
    roots = [os.path.join(cwd, run_dirs[-1] or ".") if run_dirs else os.path.join(cwd, "outputs")]
    found = [path for root in roots for path in _fresh_hydra_configs(root, since, depth=3)]
    if len(found) != 1:
        return None
    return found[0], os.path.relpath(found[0], cwd)


def _fresh_hydra_configs(folder: str, since: float, depth: int) -> list[str]:
    path = os.path.join(folder, ".hydra", "config.yaml")
    try:
        if os.stat(path).st_mtime >= since:
            return [path]
    except OSError:
        pass
    if depth == 0:
        return []
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        try:
            fresh = entry.is_dir(follow_symlinks=False) and entry.stat().st_mtime >= since
        except OSError:
            continue
        if fresh and not entry.name.startswith("."):
            found += _fresh_hydra_configs(entry.path, since, depth - 1)
    return found


def _is_config_path(token: str) -> bool:
    lowered = token.lower()
    if lowered.endswith((".yaml", ".yml", ".toml")):
        return True
    stem = os.path.basename(lowered)[: -len(".json")]
    return lowered.endswith(".json") and bool(_CONFIG_WORD.search(stem))


def _hydra_primary(hydra: dict[str, str], argv: Sequence[str], cwd: str) -> list[tuple[str, str, bool]]:
    """Hydra's primary config file named by --config-name (and --config-path), if found."""
    name = hydra.get("name")
    if not name:
        return []
    if not name.endswith((".yaml", ".yml")):
        name += ".yaml"
    script = _script_dir(argv, cwd)
    given = hydra.get("path")
    if given:  # Hydra's docs: relative to the script; in practice also to the working folder
        given = given.removeprefix("file://")
        folders = [os.path.join(cwd, given), os.path.join(script, given)]
    else:
        folders = [os.path.join(script, d) for d in _HYDRA_DIRS]
    for folder in folders:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return [(path, os.path.relpath(path, cwd), True)]
    return [(os.path.join(folders[0], name), name, True)]  # recorded as not found


def _script_dir(argv: Sequence[str], cwd: str) -> str:
    """The folder of the script `argv` runs (`python app.py`), else the working folder."""
    args = list(argv)
    rest = program_args(args)
    script_index = len(args) - len(rest) - 1
    if 0 <= script_index < len(args) and args[script_index].endswith(".py"):
        return os.path.dirname(os.path.join(cwd, args[script_index]))
    return cwd


def read_config_params(path: str, named: str, hydra: bool = False) -> tuple[list[Param], ParamOrigin]:
    """The params of one config file, and its `ParamOrigin`. Never raises."""
    try:
        data = load_config_file(path)
    except ConfigUnreadable as exc:
        return [], ParamOrigin(SOURCE, named, 0, str(exc))
    if not isinstance(data, dict):
        return [], ParamOrigin(SOURCE, named, 0, "not a mapping of names to values")
    params = params_from_mapping(data, SOURCE)
    if hydra:  # Hydra's own nodes; missing values (???) and ${...} references are not values
        params = [p for p in params if p.name.split(".")[0] not in ("defaults", "hydra")
                  and p.text != "???" and not (p.text.startswith("${") and p.text.endswith("}"))]
    problem = None
    if len(params) > MAX_PARAMS:
        problem = f"{len(params)} values; only the first {MAX_PARAMS} were kept"
        params = params[:MAX_PARAMS]
    return params, ParamOrigin(SOURCE, named, len(params), problem)


class ConfigUnreadable(Exception):
    """A config file that is missing, too big, or not valid (or not readable) JSON/TOML/YAML."""


def load_config_file(path: str):
    """The parsed content of a config file, by its extension. Raises ConfigUnreadable."""
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise ConfigUnreadable(f"larger than {MAX_BYTES >> 20} MiB ({size:,} bytes)")
        with open(path, "rb") as f:
            text = f.read().decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigUnreadable("no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigUnreadable(getattr(exc, "strerror", None) or str(exc)) from None
    return _parse(text, path.lower())


def _parse(text: str, lowered_path: str):
    try:
        if lowered_path.endswith(".json"):
            import json  # here: json imports `re` (see expctl.jsoncore); its messages are said

            return json.loads(text)
        if lowered_path.endswith(".toml"):
            return _toml().loads(text)
        from .yaml_subset import load_yaml

        return load_yaml(text)
    except (ValueError, RecursionError) as exc:  # JSON/TOML decode errors, yaml_subset.Unsupported
        kind = "YAML" if lowered_path.endswith((".yaml", ".yml")) else lowered_path.rsplit(".", 1)[-1].upper()
        raise ConfigUnreadable(f"not read as {kind}: {exc}") from None


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10: the tomli backport (a dependency there)
        import tomli as tomllib
    return tomllib
