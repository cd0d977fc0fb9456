"""LIST_HEADING (rules): a table printed as a member of an R list is named by the member's path.

``print(list)`` prints each member under its path from the list, on a line of its own (``$name``,
``$outer$inner``; r_lists reads the vectors so printed). A member that is a matrix or a data
frame prints its header right under that line, so the path says which table it is, as a
heading does; tables of one shape printed one after another (a model's coefficients per
component, per stratum, per class) differ only by it::

    $Comp.1
                 Estimate Std. Error z value  Pr(>|z|)
    (Intercept) 10.120042   0.161115  62.812 < 2.2e-16 ***   <- Comp.1/(Intercept)/Estimate

Its parts are joined by ``/`` before the row's name.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# "$Comp.1", "$train$loss", "$`p adj`": a path of list members alone on its line (R quotes a
# name that is no symbol in backticks)
_MEMBER_PATH = LazyPattern(r"((?:\$(?:`[^`\n]+`|[^\W\d][\w.]*))+) *\Z")
_PART = LazyPattern(r"\$(?:`([^`\n]+)`|([^\W\d][\w.]*))")


def list_heading(line: str) -> str | None:
    """The path of the list member `line` heads (its parts joined by ``/``), or None."""
    if line[:1] == " ":  # LIST_HEADING: a path set in with its member (a wrapper's indent)
        line = line.lstrip(" ")
    found = _MEMBER_PATH.match(line) if line[:1] == "$" else None
    return None if found is None else "/".join(a or b for a, b in _PART.findall(found.group(1)))
