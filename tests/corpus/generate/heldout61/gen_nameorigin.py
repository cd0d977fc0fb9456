"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A character RNN classifying names by language, printing as shivamsaboo17/Know-the-origin-of-your-name
``char_rnn.py`` (the PyTorch "classifying names" tutorial, with the script's own leftovers): the
list of data files, the first ten Italian names, an output tensor, ``category_from_output``'s
debug ``print(top_i)`` (a ``tensor([[k]])`` line before each use), ten random ``language name``
pairs, then every ``print_every`` iterations ``'%d %d%% (%s) %.4f %s / %s %s' % (iter, iter /
n_iter * 100, time_since(start), loss, line, guess, correct)`` -- the iteration, the percentage
done, the elapsed ``0m 3s``, the example's loss as a bare number, the name, the guess and ``✓``
or ``✗ (Language)``. Here: made-up names for five "languages", the tutorial's RNN, SGD at 0.005
by hand, 15000 iterations, a line every 500th.

Truth: ``loss`` (the script's variable; the line gives the number no name) at the printed
iteration, which leads the line. The percentage and the elapsed time are bookkeeping.
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

    random.seed(17)
    torch.manual_seed(17)
    parts = {"Italian": (["Ro", "Ma", "Bel", "Con", "Fer", "Gal"], ["ssi", "rino", "lini", "etti", "ari"]),
             "Greek": (["Pap", "Kon", "Geor", "Nik", "Dim"], ["adopoulos", "akis", "iou", "opoulos"]),
             "Japanese": (["Ta", "Ya", "Suzu", "Wata", "Kato", "Ito"], ["naka", "moto", "ki", "nabe", "hashi"]),
             "Scottish": (["Mac", "Mc", "Camp", "Fra"], ["donald", "leod", "bell", "ser", "kenzie"]),
             "Polish": (["Kowal", "Nowa", "Wisz", "Wojc", "Kam"], ["ski", "k", "niewski", "ik", "inski"])}
    files = [f"data/names/{c}.txt" for c in parts]
    print(files)
    category_lines = {c: [random.choice(a) + random.choice(b) for _ in range(60)]
                      for c, (a, b) in parts.items()}
    all_categories = list(category_lines)
    all_letters = string.ascii_letters + ".,;'"
    n_letters = len(all_letters)
    n_categories = len(all_categories)
    print(category_lines['Italian'][:10])

    def line_to_tensor(line):
        tensor = torch.zeros(len(line), 1, n_letters)
        for li, letter in enumerate(line):
            tensor[li][0][all_letters.find(letter)] = 1
        return tensor

    class RNN(nn.Module):
        def __init__(self, input_size, hidden_size, output_size):
            super(RNN, self).__init__()
            self.hidden_size = hidden_size
            self.i2h = nn.Linear(input_size + hidden_size, hidden_size)
            self.i2o = nn.Linear(input_size + hidden_size, output_size)
            self.softmax = nn.LogSoftmax(dim=1)

        def forward(self, input, hidden):
            combined = torch.cat((input, hidden), 1)
            return self.softmax(self.i2o(combined)), self.i2h(combined)

        def init_hidden(self):
            return torch.zeros(1, self.hidden_size)

    n_hidden = 128
    rnn = RNN(n_letters, n_hidden, n_categories)
    output, _ = rnn(line_to_tensor('Albert')[0], torch.zeros(1, n_hidden))
    print(output)

    def category_from_output(output):
        _, top_i = output.data.topk(1)
        print(top_i)
        category_i = top_i[0][0]
        return all_categories[category_i], category_i

    print(category_from_output(output))

    def random_training_example():
        category = random.choice(all_categories)
        line = random.choice(category_lines[category])
        return (category, line, torch.LongTensor([all_categories.index(category)]),
                line_to_tensor(line))

    for i in range(10):
        category, line, _, _ = random_training_example()
        print(category, line)

    criterion = nn.NLLLoss()
    learning_rate = 0.005

    def train(category_tensor, line_tensor):
        hidden = rnn.init_hidden()
        rnn.zero_grad()
        for i in range(line_tensor.size()[0]):
            output, hidden = rnn(line_tensor[i], hidden)
        loss = criterion(output, category_tensor)
        loss.backward()
        for p in rnn.parameters():
            p.data.add_(p.grad.data, alpha=-learning_rate)
        return output, loss.item()

    def time_since(since):
        s = time.time() - since
        m = math.floor(s / 60)
        s -= m * 60
        return '%dm %ds' % (m, s)

    truth = Truth()
    n_iter, print_every = 15000, 500
    start = time.time()
    for iter in range(1, n_iter + 1):
        category, line, category_tensor, line_tensor = random_training_example()
        output, loss = train(category_tensor, line_tensor)
        if iter % print_every == 0:
            guess, guess_i = category_from_output(output)
            correct = '✓' if guess == category else '✗ (%s)' % category
            print('%d %d%% (%s) %.4f %s / %s %s' % (iter, iter / n_iter * 100, time_since(start), loss, line, guess, correct))
            truth.add(at=iter, loss=loss)
    truth.write("the loop's per-example losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"nameorigin": run}, root=HELDOUT61)
