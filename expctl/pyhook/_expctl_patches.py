"""The patches of expctl's start-up hook, loaded by `sitecustomize` (beside this file) only
when the program imports argparse or Hydra's config module: a plain `python -c pass` never
compiles or runs this. Same rules as there: swallow every error of ours, change nothing the
program sees, import nothing from expctl, Python 3.6 syntax.
"""

import os
import sys
import types  # for a type comment; loaded by `site` already


def _report(origin, values):
    """Append one params record to the side channel; never raises, never creates the file."""
    path = os.environ.get("EXPCTL_METRICS_FILE")
    if not path or not values:
        return
    try:
        import time

        line = '{"time":%r,"source":"hook","origin":%s,"params":%s}\n' % (
            time.time(), _quote(origin), _encode(values))
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            os.write(fd, line.encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except Exception:
        pass


def _quote(text):
    """`text` as a JSON string. The C helper of the json package, without importing json
    (whose import compiles regular expressions: several ms of the program's start-up)."""
    try:
        from _json import encode_basestring_ascii
    except ImportError:
        from json.encoder import py_encode_basestring_ascii as encode_basestring_ascii
    return encode_basestring_ascii(text)


def _encode(value):
    """JSON text of plain data (what `_plain` and OmegaConf's containers give)."""
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(float(value))
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_encode(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(_quote(str(k)) + ":" + _encode(v) for k, v in value.items()) + "}"
    return _quote(str(value))


def _plain(value):
    """A value as JSON can carry it: scalars as they are, lists of those, else text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value[:100]]
    name = getattr(value, "name", None)  # argparse.FileType: the file's name
    if isinstance(name, str) and hasattr(value, "fileno"):
        return name
    text = str(value)
    return None if " at 0x" in text else text[:1000]


def _patch_argparse(module):
    original = module.ArgumentParser.parse_known_args

    def parse_known_args(self, args=None, namespace=None):
        result = original(self, args, namespace)
        try:
            if (args is None or list(args) == sys.argv[1:]) and not _from_hydra():
                values = {k: _plain(v) for k, v in vars(result[0]).items()}
                _report("argparse", {k: v for k, v in values.items() if v is not None})
        except Exception:
            pass
        return result

    _install(module.ArgumentParser, "parse_known_args", parse_known_args, original)


def _install(owner, name, replacement, original):
    """`replacement` in place of `original` as `owner.name`, looking like it (name, docstring,
    `__wrapped__`), as functools.wraps would make it."""
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        setattr(replacement, attr, getattr(original, attr, None))
    replacement.__wrapped__ = original
    setattr(owner, name, replacement)


def _from_hydra():
    """Whether the parser was called by Hydra: its own flags (--multirun, overrides...) are not
    the program's config, which the Hydra report carries."""
    frame: types.FrameType | None = sys._getframe(2)  # a local annotation: never evaluated
    while frame is not None and frame.f_globals.get("__name__") == "argparse":
        frame = frame.f_back
    name = frame.f_globals.get("__name__", "") if frame is not None else ""
    return name == "hydra" or name.startswith("hydra.")


def _patch_hydra(module):
    cls = module.HydraConfig
    original = cls.set_config

    def set_config(self, cfg):
        result = original(self, cfg)
        try:
            _report("hydra", _job_config(cfg))
        except Exception:
            pass
        return result

    _install(cls, "set_config", set_config, original)


def _job_config(cfg):
    """The task's config: every top-level node but `hydra`, resolved where it resolves (a
    value that is missing, `???`, or does not resolve is left out)."""
    from omegaconf import OmegaConf

    out = {}
    for key in cfg:
        if key == "hydra":
            continue
        try:
            value = cfg[key]
        except Exception:
            continue
        if OmegaConf.is_config(value):
            try:
                value = OmegaConf.to_container(value, resolve=True)
            except Exception:
                value = OmegaConf.to_container(value, resolve=False)
            out[key] = value
        else:
            out[key] = _plain(value)
    return out


PATCHES = {"argparse": _patch_argparse, "hydra.core.hydra_config": _patch_hydra}
