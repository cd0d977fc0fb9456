"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through davda54/sam ``example/utility/log.py`` and
``example/utility/loading_bar.py``: a four-line table header (``|-----T--R--A--I--N-----S--T--A--
T--S-----V--A--L--I--D--------|``, a blank row, ``|       epoch  |        loss  |    accuracy  |
l.r.  |     elapsed  |        loss  |    accuracy  |`` and a rule), then for each epoch a row
redrawn in place with ``\\r`` every ``log_each`` steps (the running loss and accuracy of the last
steps, the learning rate, the elapsed ``mm:ss min`` and a ``┠┈███▒┈┈┈┨`` loading bar), finished
by the epoch's train means with ``end=""`` and, after the validation pass, the validation loss
and accuracy ``{loss:12.4f}  |{100*accuracy:10.2f} %  |`` on the same row. Here: an MLP on
sklearn's digits with plain SGD and a step learning-rate schedule (not SAM), 10 epochs, log_each
5, per-sample losses as the original's ``loss.sum()``/``loss.size(0)`` bookkeeping expects.

Truth: per finished row ``train/loss``, ``train/accuracy`` (percent), ``val/loss``,
``val/accuracy`` (the header's TRAIN and VALID groups name the phases) at the row's ``epoch``
(from 0). The overwritten in-epoch states are optional under the train names; the ``l.r.``
column is optional; the elapsed time is no metric.
"""

from _toy import batches, chunks, digits, mlp
from _capture import HELDOUT42, Truth, main


class LoadingBar:
    def __init__(self, length: int = 40):
        self.length = length
        self.symbols = ['┈', '░', '▒', '▓']

    def __call__(self, progress: float) -> str:
        p = int(progress * self.length * 4 + 0.5)
        d, r = p // 4, p % 4
        return '┠┈' + d * '█' + ((self.symbols[r]) + max(0, self.length - 1 - d) * '┈'
                                 if p < self.length * 4 else '') + "┈┨"


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F

    truth = Truth()

    class Log:
        def __init__(self, log_each: int, initial_epoch=-1):
            self.loading_bar = LoadingBar(length=27)
            self.best_accuracy = 0.0
            self.log_each = log_each
            self.epoch = initial_epoch

        def train(self, len_dataset):
            self.epoch += 1
            if self.epoch == 0:
                self._print_header()
            else:
                self.flush()
            self.is_train = True
            self.last_steps_state = {"loss": 0.0, "accuracy": 0.0, "steps": 0}
            self._reset(len_dataset)

        def eval(self, len_dataset):
            self.flush()
            self.is_train = False
            self.eval_epoch = self.epoch
            self._reset(len_dataset)

        def __call__(self, loss, accuracy, learning_rate=None):
            if self.is_train:
                self._train_step(loss, accuracy, learning_rate)
            else:
                self._eval_step(loss, accuracy)

        def flush(self):
            loss = self.epoch_state["loss"] / self.epoch_state["steps"]
            accuracy = self.epoch_state["accuracy"] / self.epoch_state["steps"]
            if self.is_train:
                print(f"\r|{self.epoch:12d}  |{loss:12.4f}  |{100*accuracy:10.2f} %  |"
                      f"{self.learning_rate:12.3e}  |{self._time():>12}  |", end="", flush=True)
                truth.add(at=self.epoch, **{"train/loss": loss, "train/accuracy": 100 * accuracy})
                truth.allow(**{"l.r.": self.learning_rate})
            else:
                print(f"{loss:12.4f}  |{100*accuracy:10.2f} %  |", flush=True)
                truth.add(at=self.eval_epoch, **{"val/loss": loss, "val/accuracy": 100 * accuracy})
                if accuracy > self.best_accuracy:
                    self.best_accuracy = accuracy

        def _train_step(self, loss, accuracy, learning_rate):
            self.learning_rate = learning_rate
            for st in (self.last_steps_state, self.epoch_state):
                st["loss"] += loss.sum().item()
                st["accuracy"] += accuracy.sum().item()
                st["steps"] += loss.size(0)
            self.step += 1
            if self.step % self.log_each == self.log_each - 1:
                loss = self.last_steps_state["loss"] / self.last_steps_state["steps"]
                accuracy = self.last_steps_state["accuracy"] / self.last_steps_state["steps"]
                self.last_steps_state = {"loss": 0.0, "accuracy": 0.0, "steps": 0}
                progress = self.step / self.len_dataset
                print(f"\r|{self.epoch:12d}  |{loss:12.4f}  |{100*accuracy:10.2f} %  |"
                      f"{learning_rate:12.3e}  |{self._time():>12}  {self.loading_bar(progress)}",
                      end="", flush=True)
                truth.allow(**{"train/loss": loss, "train/accuracy": 100 * accuracy,
                               "l.r.": learning_rate})

        def _eval_step(self, loss, accuracy):
            self.epoch_state["loss"] += loss.sum().item()
            self.epoch_state["accuracy"] += accuracy.sum().item()
            self.epoch_state["steps"] += loss.size(0)

        def _reset(self, len_dataset):
            self.start_time = time.time()
            self.step = 0
            self.len_dataset = len_dataset
            self.epoch_state = {"loss": 0.0, "accuracy": 0.0, "steps": 0}

        def _time(self):
            time_seconds = int(time.time() - self.start_time)
            return f"{time_seconds // 60:02d}:{time_seconds % 60:02d} min"

        def _print_header(self):
            print("|-----------------------T--R--A--I--N-----------------S--T--A--T--S----------"
                  "-------V--A--L--I--D--------|")
            print("|              |              |              |              |              |"
                  "              |              |")
            print("|       epoch  |        loss  |    accuracy  |        l.r.  |     elapsed  |"
                  "        loss  |    accuracy  |")
            print("|--------------|--------------|--------------|--------------|--------------|"
                  "--------------|--------------|")

    Xtr, ytr, Xva, yva, _, _ = digits(seed=19)
    model = mlp(seed=19)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 4, 0.2)
    log = Log(log_each=5)
    for epoch in range(10):
        train_batches = list(batches(Xtr, ytr, 64, epoch))
        log.train(len_dataset=len(train_batches))
        model.train()
        for X, y in train_batches:
            out = model(X)
            loss = F.cross_entropy(out, y, reduction='none')
            optimizer.zero_grad()
            loss.mean().backward()
            optimizer.step()
            with torch.no_grad():
                correct = out.argmax(1) == y
                log(loss.detach(), correct.float(), scheduler.get_last_lr()[0])
        scheduler.step()
        model.eval()
        val = list(chunks(Xva, yva, 100))
        log.eval(len_dataset=len(val))
        with torch.no_grad():
            for X, y in val:
                out = model(X)
                log(F.cross_entropy(out, y, reduction='none'), (out.argmax(1) == y).float())
    log.flush()
    truth.write("the logger's epoch and step means", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"samlog": run}, root=HELDOUT42)
