"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A two-layer LSTM phone classifier over windows of filter-bank frames, trained with Adagrad,
printing as NTUwanderer/ADLxMLDS2017 ``hw1/train.py`` (there in TensorFlow 1): each pass over
the shuffled windows prints ``shuffledFiles.shape`` and ``shuffledLabels.shape``, then per batch
``"Iter= " + str(step) + ", round= " + str(count) + "/" + str(rnd) + ", Average Loss= " +
"{:.6f}".format(loss_total/(count+1)) + ", Average Accuracy= " + "{:.2f}%".format(...) + ",
Loss= " + ... + ", Accuracy= " + ...`` (the running sums divided by ``count+1``, one more than
the batches seen, as in the file), and at the end ``Optimization Finished!`` and ``Elapsed
time:  <seconds> sec``. As in the file, the accuracy takes ``argmax`` over axis 1 of the
``[batch, num_steps, 39]`` predictions (the time axis). Here in PyTorch: 12 synthetic
utterances of 69-dimensional frames labelled with 39 phones, windows of 5 frames, batches of
32, 3 passes (the file's ``training_iters`` is 10), Adagrad lr 0.001, n_hidden 39.

Truth: ``Average Loss``, ``Average Accuracy`` (in percent), ``Loss`` and ``Accuracy`` (in
percent) at the printed ``Iter``; the shapes and the elapsed time are neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import random
    import time
    from random import shuffle

    import numpy as np
    import torch
    import torch.nn as nn

    random.seed(1)
    rng = np.random.default_rng(17)
    torch.manual_seed(17)
    truth = Truth()
    numOfPhones, numOfFeatures, num_steps, n_hidden = 39, 69, 5, 39
    means = rng.normal(0, 1, (numOfPhones, numOfFeatures))
    files, labels = [], []
    for _ in range(12):
        length = int(rng.integers(12, 18))
        lab = rng.integers(0, numOfPhones, length)
        files.append(means[lab] + rng.normal(0, 1.5, (length, numOfFeatures)))
        labels.append(lab)
    numOfFiles = len(files)
    total_length = sum(len(g) - num_steps + 1 for g in files)
    start_time = time.time()

    def elapsed(sec):
        if sec < 60:
            return str(sec) + " sec"
        elif sec < 60 * 60:
            return str(sec / 60) + " min"
        return str(sec / (60 * 60)) + " hr"

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.LSTM(numOfFeatures, n_hidden, num_layers=2, batch_first=True)
            self.W = nn.Linear(n_hidden, numOfPhones)

        def forward(self, x):
            out, _ = self.rnn(x)
            return self.W(out)

    model = Net()
    optimizer = torch.optim.Adagrad(model.parameters(), lr=0.001)
    training_iters = 3
    step = 0
    acc_total = loss_total = 0
    while step < training_iters:
        sequence = list(range(numOfFiles))
        shuffle(sequence)
        shuffledFiles = np.zeros([total_length, num_steps, numOfFeatures])
        shuffledLabels = np.zeros([total_length, num_steps])
        counter = 0
        for i in sequence:
            group, label = files[i], labels[i]
            for i in range(len(group) - num_steps + 1):
                shuffledFiles[counter] = group[i:i + num_steps]
                shuffledLabels[counter] = label[i:i + num_steps]
                counter += 1
        shuffledFiles = shuffledFiles[1:]
        shuffledLabels = shuffledLabels[1:]
        print('shuffledFiles.shape', shuffledFiles.shape)
        print('shuffledLabels.shape', shuffledLabels.shape)
        tempBatchSize = 32
        count = 0
        rnd = int(shuffledFiles.shape[0] / tempBatchSize)
        while (count + 1) <= rnd:
            fbanks = torch.tensor(shuffledFiles[count * tempBatchSize:(count + 1) * tempBatchSize],
                                  dtype=torch.float32)
            label = torch.tensor(shuffledLabels[count * tempBatchSize:(count + 1) * tempBatchSize],
                                 dtype=torch.long)
            count += 1
            logits = model(fbanks)
            cost = nn.functional.cross_entropy(logits.reshape(-1, numOfPhones), label.reshape(-1))
            with torch.no_grad():
                pred = torch.softmax(logits, -1)
                true = nn.functional.one_hot(label, numOfPhones).float()
                acc = (pred.argmax(1) == true.argmax(1)).float().mean().item()
            optimizer.zero_grad()
            cost.backward()
            optimizer.step()
            loss = cost.item()
            loss_total += loss
            acc_total += acc
            print("Iter= " + str(step) + ", round= " + str(count) + "/" + str(rnd) + ", Average Loss= " +
                  "{:.6f}".format(loss_total / (count + 1)) + ", Average Accuracy= " +
                  "{:.2f}%".format(100 * acc_total / (count + 1)) + ", Loss= " +
                  "{:.6f}".format(loss) + ", Accuracy= " +
                  "{:.2f}%".format(100 * acc))
            truth.add(at=step, **{"Average Loss": loss_total / (count + 1),
                                  "Average Accuracy": 100 * acc_total / (count + 1),
                                  "Loss": loss, "Accuracy": 100 * acc})
        acc_total = loss_total = 0
        step += 1
    print("Optimization Finished!")
    print("Elapsed time: ", elapsed(time.time() - start_time))
    truth.write("the batch cost and the argmax-over-axis-1 accuracy, and their running sums "
                "over count+1", libraries=("torch",), rel=1e-5, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"adlphone": run}, root=HELDOUT59)
