"""expctl's start-up hook, imported by Python as `sitecustomize` (`expctl run --py-hook`).

It records what the program parsed, as params with source `hook`, through the side channel
(the file named by EXPCTL_METRICS_FILE, see expctl/record/sidechannel.py), one JSON line per report:

    {"time": 1764316800.5, "source": "hook", "origin": "argparse", "params": {"lr": 0.1, ...}}

* `argparse`: the namespace `ArgumentParser.parse_known_args` (so `parse_args` too) returns for
  the process's own command line (args None or sys.argv[1:]), defaults included; not Hydra's
  own parser of its flags.
* `hydra`: the job's config (without Hydra's own `hydra` node), interpolations resolved where
  they resolve, each time Hydra sets it (`HydraConfig.set_config`, just before the task runs).

Rules, because this runs inside someone else's program:
* Never change what the program does or prints: every step of ours swallows its exceptions; the
  patched functions return exactly what the originals return and raise what they raise; no frame
  of ours sits between Hydra and the task (its error reports trim the stack by frame names).
* Cost next to nothing at start-up: nothing is imported here; argparse and Hydra are patched
  when the program itself imports them (a finder on sys.meta_path watches those names), by
  `_expctl_patches.py` beside this file, which only then is loaded.
* Chain the `sitecustomize` this one hides: the next one on sys.path runs right after, as it
  would have without expctl, its errors reported by `site` as usual.
* Leave sys.path as it would be: our folder is removed from it (it stays in PYTHONPATH, so that
  Python processes the program starts are hooked as well).
* Import nothing from expctl: the child may run another interpreter, where expctl is not
  installed. Python 3.6 syntax at most; on Python 2 it does nothing.
"""

import os
import sys

_DIR = os.path.dirname(os.path.abspath(__file__))


def _same_dir(entry):
    try:
        return os.path.abspath(entry or os.curdir) == _DIR
    except Exception:
        return False


_patches = None  # the _expctl_patches module, once loaded


def _patch_for(name):
    """The function that patches module `name`, from `_expctl_patches` (loaded on first use)."""
    global _patches
    if _patches is None:
        from importlib.machinery import SourceFileLoader

        loader = SourceFileLoader("_expctl_patches", os.path.join(_DIR, "_expctl_patches.py"))
        module = type(sys)("_expctl_patches")
        module.__file__ = loader.path
        loader.exec_module(module)
        _patches = module
    return _patches.PATCHES.get(name)


class _Watcher(object):
    """A meta path finder that lets the real finders find a watched module, then patches the
    module as soon as it has been executed."""

    def __init__(self, names):
        self.names = set(names)

    def find_spec(self, name, path=None, target=None):
        if name not in self.names:
            return None
        try:
            patch = _patch_for(name)
            return None if patch is None else self._spec(name, path, target, patch)
        except Exception:
            return None  # the import goes on as if we were not here

    def _spec(self, name, path, target, patch):
        spec = None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        loader = getattr(spec, "loader", None)
        if loader is None or isinstance(loader, type) or not hasattr(loader, "exec_module"):
            return spec
        run = loader.exec_module

        def exec_module(module):
            run(module)
            self.names.discard(name)
            try:
                patch(module)
            except Exception:
                pass

        loader.exec_module = exec_module  # this module's own loader instance only
        return spec


def _install():
    sys.path[:] = [entry for entry in sys.path if not _same_dir(entry)]
    if os.environ.get("EXPCTL_METRICS_FILE"):
        sys.meta_path.insert(0, _Watcher(("argparse", "hydra.core.hydra_config")))
        if "argparse" in sys.modules:  # imported before us (a .pth file, an earlier hook)
            _patch_for("argparse")(sys.modules["argparse"])


def _chain():
    """Run the sitecustomize ours hides, the next one on sys.path (ours is off it by now)."""
    from importlib.machinery import PathFinder
    # importlib.util's own function; importlib.util itself imports contextlib and more
    from importlib._bootstrap import module_from_spec

    spec = PathFinder.find_spec("sitecustomize", sys.path)
    if spec is None or spec.loader is None:
        return
    module = module_from_spec(spec)
    sys.modules["sitecustomize"] = module
    spec.loader.exec_module(module)  # its own errors reach `site`, which reports them as usual


if sys.version_info >= (3, 6):
    try:
        _install()
    except Exception:
        pass
    _chain()
