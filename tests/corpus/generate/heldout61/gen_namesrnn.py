"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A character-level name generator printing as rileynwong/pytorch-char-rnn ``char_rnn.py`` (the
PyTorch "generating names" tutorial): ``print('Num. categories:', n_categories,
all_categories)``, then every ``print_every`` iterations ``'%s (%d %d%%) %.4f' %
(timeSince(start), iter, iter / n_iters * 100, loss)`` -- the elapsed time as ``0m 1s``, the
iteration and the percentage done in parentheses, and the last example's per-letter loss as a
bare, unlabelled number -- and at the end a few sampled names per category. Here: a few dozen
made-up names per "language", the tutorial's RNN (category + letter + hidden), 6000 iterations
at learning rate 0.0005 by hand, a line every 250th.

Truth: ``loss`` (the script's variable: the line gives the number no name) at the printed
iteration. The elapsed time and the percentage are bookkeeping: in neither.
"""

import _toy  # noqa: F401  (puts the generators' folder on sys.path)
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import math
    import random
    import string
    import time

    import torch
    import torch.nn as nn

    random.seed(4)
    torch.manual_seed(4)
    all_letters = string.ascii_letters + " .,;'-"
    n_letters = len(all_letters) + 1
    syll = {"Russian": ["ov", "ev", "in", "sky", "ko", "va", "mir", "lav"],
            "German": ["berg", "mann", "sch", "er", "hof", "stein", "el"],
            "Spanish": ["ez", "ar", "os", "ado", "ia", "ra", "nes"],
            "Chinese": ["zh", "ang", "li", "wu", "ng", "xi", "ao"]}
    category_lines = {c: ["".join(random.choice(s) for _ in range(random.randint(2, 3))).capitalize()
                          for _ in range(40)] for c, s in syll.items()}
    all_categories = list(category_lines)
    n_categories = len(all_categories)
    print('Num. categories:', n_categories, all_categories)

    class RNN(nn.Module):
        def __init__(self, input_size, hidden_size, output_size):
            super(RNN, self).__init__()
            self.hidden_size = hidden_size
            self.i2h = nn.Linear(n_categories + input_size + hidden_size, hidden_size)
            self.i2o = nn.Linear(n_categories + input_size + hidden_size, output_size)
            self.o2o = nn.Linear(hidden_size + output_size, output_size)
            self.dropout = nn.Dropout(0.1)
            self.softmax = nn.LogSoftmax(dim=1)

        def forward(self, category, inputs, hidden):
            input_combined = torch.cat((category, inputs, hidden), 1)
            hidden = self.i2h(input_combined)
            output = self.o2o(torch.cat((hidden, self.i2o(input_combined)), 1))
            return self.softmax(self.dropout(output)), hidden

        def initHidden(self):
            return torch.zeros(1, self.hidden_size)

    def category_tensor(category):
        tensor = torch.zeros(1, n_categories)
        tensor[0][all_categories.index(category)] = 1
        return tensor

    def input_tensor(line):
        tensor = torch.zeros(len(line), 1, n_letters)
        for li, letter in enumerate(line):
            tensor[li][0][all_letters.find(letter)] = 1
        return tensor

    def target_tensor(line):
        idx = [all_letters.find(line[li]) for li in range(1, len(line))] + [n_letters - 1]
        return torch.LongTensor(idx)

    rnn = RNN(n_letters, 128, n_letters)
    criterion = nn.NLLLoss()
    learning_rate = 0.0005

    def train(category, line):
        c, inp, target = category_tensor(category), input_tensor(line), target_tensor(line)
        target.unsqueeze_(-1)
        hidden = rnn.initHidden()
        rnn.zero_grad()
        loss = 0
        for i in range(inp.size(0)):
            output, hidden = rnn(c, inp[i], hidden)
            loss += criterion(output, target[i])
        loss.backward()
        for p in rnn.parameters():
            p.data.add_(p.grad.data, alpha=-learning_rate)
        return output, loss.item() / inp.size(0)

    def timeSince(since):
        s = time.time() - since
        m = math.floor(s / 60)
        s -= m * 60
        return '%dm %ds' % (m, s)

    truth = Truth()
    n_iters, print_every = 6000, 250
    start = time.time()
    for iter in range(1, n_iters + 1):
        category = random.choice(all_categories)
        output, loss = train(category, random.choice(category_lines[category]))
        if iter % print_every == 0:
            print('%s (%d %d%%) %.4f' % (timeSince(start), iter, iter / n_iters * 100, loss))
            truth.add(at=iter, loss=loss)

    def sample(category, start_letter='A'):
        with torch.no_grad():
            c, inp, hidden = category_tensor(category), input_tensor(start_letter), rnn.initHidden()
            name = start_letter
            for _ in range(12):
                output, hidden = rnn(c, inp[0], hidden)
                top_i = int(output.topk(1)[1][0][0])
                if top_i == n_letters - 1:
                    break
                name += all_letters[top_i]
                inp = input_tensor(all_letters[top_i])
            return name

    rnn.eval()
    for category, letters in (('Russian', 'RUS'), ('German', 'GER'), ('Spanish', 'SPA'),
                              ('Chinese', 'CHI')):
        for letter in letters:
            print(sample(category, letter))
    truth.write("the loop's per-letter losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"namesrnn": run}, root=HELDOUT61)
