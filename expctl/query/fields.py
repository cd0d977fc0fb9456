"""The fields a run has, as `--where`, `--sort` and `--columns` name them (`id`, `params.lr`,
`metrics.acc.max`, `git.commit` ...): what each holds, a name resolved to its field (with a
did-you-mean), and a field's value in a loaded run."""

from __future__ import annotations

from ..models import STORED_AGGREGATES, Record
from .lexer import QueryError, Token

# What a field holds, which decides the values and operators it accepts.
INT, NUMBER, TEXT, TIME, SECONDS, COMMIT, BOOL, TAGS, PARAM = (
    "int", "number", "text", "time", "seconds", "commit", "bool", "tags", "param")

RUN_FIELDS = {
    "id": INT, "uuid": TEXT, "name": TEXT, "experiment": TEXT, "status": TEXT,
    "exit_code": INT, "started": TIME, "ended": TIME, "duration": SECONDS, "host": TEXT,
    "user": TEXT, "command": TEXT, "cwd": TEXT,
}
GIT_FIELDS = {"commit": COMMIT, "branch": TEXT, "dirty": BOOL, "remote": TEXT}
# What expctl.capture.ci recorded about the CI job a run was made in (all text, as the CI says it).
CI_FIELDS = {"provider": TEXT, "job_url": TEXT, "run_id": TEXT, "job": TEXT, "commit": TEXT,
             "branch": TEXT, "pr": TEXT}
METRIC_AGGS = STORED_AGGREGATES  # a field reads the stored summary: no `mean` (it needs the points)


class Field(Record):
    """A field of a run. `kind`: run (a column named `name`), param, metric (aggregate `agg`),
    git (`name` in GIT_FIELDS) or tags. `label`: the field as the user wrote it."""

    kind: str
    name: str
    agg: str | None
    label: str

    @property
    def type(self) -> str:
        if self.kind == "run":
            return RUN_FIELDS[self.name]
        if self.kind == "git":
            return GIT_FIELDS[self.name]
        if self.kind == "ci":
            return CI_FIELDS[self.name]
        if self.kind == "metric":
            return INT if self.agg == "count" else NUMBER
        return TAGS if self.kind == "tags" else PARAM


def resolve_field(token: Token, text: str, option: str, sortable: bool = False) -> Field:
    """The Field a path token names; QueryError (with a did-you-mean) when there is none."""
    segments, quoted = token.value
    head, rest = segments[0], segments[1:]
    if head in ("params", "metrics", "git") and not rest:
        raise QueryError(option, text, token.pos + len(token.text),
                         f"expected a name after '{head}.'")
    if not rest and head in RUN_FIELDS:
        return Field("run", head, None, token.text)
    if not rest and head == "tags":
        if sortable:
            raise QueryError(option, text, token.pos, "runs cannot be sorted by tags")
        return Field("tags", "tags", None, token.text)
    if head == "params":
        return Field("param", ".".join(rest), None, token.text)
    if head == "metrics":
        return _metric_field(rest, quoted[1:], token.text)
    if head == "git" and len(rest) == 1 and rest[0] in GIT_FIELDS:
        return Field("git", rest[0], None, token.text)
    if head == "ci" and len(rest) == 1 and rest[0] in CI_FIELDS:
        return Field("ci", rest[0], None, token.text)
    raise QueryError(option, text, token.pos, _unknown_field(segments))


def _metric_field(rest: tuple[str, ...], quoted: tuple[bool, ...], label: str) -> Field:
    if len(rest) >= 2 and not quoted[-1] and rest[-1] in METRIC_AGGS:
        return Field("metric", ".".join(rest[:-1]), rest[-1], label)
    return Field("metric", ".".join(rest), "last", label)


def _unknown_field(segments: tuple[str, ...]) -> str:
    written = ".".join(segments)
    if segments[0] == "git":
        return f"unknown field '{written}': git has {', '.join('git.' + f for f in GIT_FIELDS)}"
    if segments[0] == "ci":
        return f"unknown field '{written}': ci has {', '.join('ci.' + f for f in CI_FIELDS)}"
    known = [*RUN_FIELDS, "tags", "params", "metrics", "git"]
    import difflib  # lazily: only a misspelt field needs it (list, show ... start faster)

    guess = difflib.get_close_matches(segments[0], known, n=1, cutoff=0.6)
    if guess and guess[0] in ("params", "metrics", "git") and len(segments) > 1:
        return f"unknown field '{written}'; did you mean '{guess[0]}.{'.'.join(segments[1:])}'?"
    if guess and len(segments) == 1:
        return f"unknown field '{written}'; did you mean '{guess[0]}'?"
    return (f"unknown field '{written}' (fields: {', '.join(RUN_FIELDS)}, tags, params.NAME, "
            f"metrics.NAME, git.commit/branch/dirty/remote)")



def field_value(run, field: Field, git=None):
    """The value `field` has in `run` (a models.Run; `git` its GitInfo or None), as Python
    data: times in seconds since the epoch, tags a list, None where the run has none. Used for
    `--columns`; the store evaluates the same fields in SQL for `--where` and `--sort`."""
    if field.kind == "param":
        param = run.params.get(field.name)
        return None if param is None else param.value
    if field.kind == "metric":
        summary = run.metrics.get(field.name)
        return None if summary is None else getattr(summary, field.agg or "last")
    if field.kind == "tags":
        return list(run.tags)
    if field.kind == "git":
        if git is None:
            return None
        return getattr(git, "remote_url" if field.name == "remote" else field.name)
    return _run_value(run, field.name)


def _run_value(run, name: str):
    if name == "started":
        return run.started_at
    if name == "ended":
        return run.ended_at
    if name == "duration":
        return run.duration_s
    if name == "command":
        return " ".join(run.command)
    return getattr(run, name)
