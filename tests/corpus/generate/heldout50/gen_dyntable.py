"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A training loop drawing its progress as the in-place table of manuelblancovalentin/DynamicTable
``DynamicTable/Table.py``, used the way the class's own docstring shows: the header (a rule of
``=``, the centred titles between ``|``, a rule of ``|====|``) written once, then per epoch one
row redrawn after every batch with ``'\\r'`` and closed with ``'\\n'`` at the last batch, and
the bottom rule at the end. The docstring's columns and formatters: ``Epoch`` (``{:03d}``),
``Progress`` (``%$``: a bar of ``█`` and ``░``) and ``loss_labels`` (``{:.3f}``). Here: the table
layout rebuilt from the class's rules (auto column widths from the titles, values centred,
trimmed to the column), an MLP on sklearn's digits, SGD, 6 batches an epoch, 6 epochs;
``loss_labels`` is the epoch's running mean batch loss.

Truth: every drawn row state once: ``loss_labels`` at the row's ``Epoch`` value (0-based, as
printed). ``Progress`` is a bar, no number.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT50, Truth, main


class _Table:
    """The DynamicTable layout: auto widths, centred cells, ``%$`` bars, ``=`` rules."""

    def __init__(self, header, formatters):
        self.entries, self.formatters = header, formatters
        self.width = {}
        for xn in header:
            width = len(f' {xn} ')
            if '%$' not in xn:
                width = max(width, 2 + len(formatters[xn].format(1)))
            self.width[xn] = width
        pre = '|' + '='.join('=' * self.width[xn] for xn in header) + '|\n'
        head = self.line({xn: xn for xn in header}, {xn: '{}' for xn in header}) + '\n'
        post = '|' + '|'.join('=' * self.width[xn] for xn in header) + '|\n'
        self.header, self.bottom_border = pre + head + post, pre

    def line(self, values, formatters=None):
        formatters = formatters or self.formatters
        cols = []
        for xn in self.entries:
            w, v = self.width[xn], values[xn]
            if '%$' not in formatters[xn]:
                col = formatters[xn].format(v)
                col = (col[:w - 2] if len(col) > w - 2 else col).strip()
                lspace = max(1, w // 2 - len(col) // 2)
                rspace = max(1, w - len(col) - lspace)
                cols.append(' ' * lspace + col + ' ' * rspace)
            else:
                filled = '█' * int((w - 2) * v)
                cols.append(' {}{} '.format(filled, '░' * (w - 2 - len(filled))))
        return '|' + '|'.join(cols) + '|'


def run() -> None:
    import sys

    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, _, _ = digits(seed=24)
    model = mlp(seed=24)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    header = ['Epoch', 'Progress', 'loss_labels']
    formatters = {'Epoch': '{:03d}', 'Progress': '%$', 'loss_labels': '{:.3f}'}
    progress_table = _Table(header, formatters)
    truth = Truth()
    sys.stdout.write(progress_table.header)
    sys.stdout.flush()
    nb = 6
    for i in range(6):
        running = 0.0
        for b, (X, y) in enumerate(batches(Xtr, ytr, 200, i)):
            loss = F.cross_entropy(model(X), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            running += loss.item()
            vals = {'Epoch': i, 'Progress': b / (nb - 1), 'loss_labels': running / (b + 1)}
            line = progress_table.line(vals)
            truth.add(at=i, loss_labels=running / (b + 1))
            if b != nb - 1:
                sys.stdout.write(line + '\r')
            else:
                sys.stdout.write(line + '\n')
            sys.stdout.flush()
    sys.stdout.write(progress_table.bottom_border + '\n')
    truth.write("the epoch's running mean batch loss at every drawn row",
                libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dyntable": run}, root=HELDOUT50)
