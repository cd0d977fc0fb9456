"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

K-fold training printing as RickSaitamaSanchez/Neural_Networks ``kfold.py``
(``lstm_model_kfold``): ``Importing libraries...`` / ``Hyperparameters were set!`` / ``Loading
batch...`` style progress lines, ``~~~`` rules, ``Initiating 10-Fold training.``, per fold
``K-Fold "K": 1`` and ``Dataset: ['*VAL.*', 'TRAIN', ...]``, then ``"Fold "+ str(i+1) +"
accuracy: %0.1f%%"``, ``Mean validation accuracy: %0.1f%%``, a final training phase, every 10th
test prediction as two lists (``Prediction 10: ['0.1%', ...]`` and ``Target 10    : ['Nope', ' Yes
', ...]``), and ``Testing set size: %d``, ``Hits (right predictions): %d``, ``Testing accuracy:
%0.1f%%``. The script trains with tflearn (whose own fit log is not reproduced here); here: a
PyTorch MLP on sklearn's digits (10 classes, as the spoken digits were), 10 folds of 30 epochs,
full-batch Adam, a 90/10 split.

Truth: ``accuracy`` (in percent) at the printed fold (the line is ``Fold N accuracy``: the fold is
its step); ``Mean validation accuracy``; ``test/accuracy`` (``Testing accuracy``). ``Testing set
size`` and ``Hits (right predictions)`` are counts a reader may take for results: optional. The
prediction lists are no metric.
"""

from _toy import digits_np
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    def printline():
        print("~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~")

    truth = Truth()
    print("Importing libraries...")
    print("Imported libraries!")
    kfold_k, epochs = 10, 30
    print("Hyperparameters were set!")
    print("Loading batch...")
    Xa, ya, Xb, yb = digits_np(seed=5, test=0.1)
    print("Loading training and testing sets...")
    datasetX, datasetY = torch.tensor(Xa, dtype=torch.float32), torch.tensor(ya)
    testX, testY = torch.tensor(Xb, dtype=torch.float32), torch.tensor(yb)
    print("Building/Loading neural network structures...")

    def build():
        torch.manual_seed(5)
        return nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))

    def fit(model, X, y):
        opt = torch.optim.Adam(model.parameters(), lr=0.01)
        for _ in range(epochs):
            loss = F.cross_entropy(model(X), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    print("Built net!")
    val_sets = len(datasetX) // kfold_k
    printline()
    print("\nInitiating " + str(kfold_k) + "-Fold training.\n")
    printline()
    validation_accuracy = 0
    for i in range(kfold_k):
        lo, hi = i * val_sets, (i + 1) * val_sets
        validationX, validationY = datasetX[lo:hi], datasetY[lo:hi]
        trainX = torch.cat([datasetX[:lo], datasetX[hi:]])
        trainY = torch.cat([datasetY[:lo], datasetY[hi:]])
        printline()
        lista = ['*VAL.*' if j == i else 'TRAIN' for j in range(kfold_k)]
        print("\nK-Fold \"K\":", (i + 1))
        print("Dataset:", lista)
        print()
        printline()
        model = build()
        fit(model, trainX, trainY)
        with torch.no_grad():
            accuracy = float((model(validationX).argmax(1) == validationY).float().mean())
        printline()
        print("Fold " + str(i + 1) + " accuracy: %0.1f%%" % (accuracy * 100))
        printline()
        truth.add(at=i + 1, accuracy=accuracy * 100)
        validation_accuracy += accuracy
    validation_accuracy /= kfold_k
    printline()
    print("\nValidation phase done!")
    print("Mean validation accuracy: %0.1f%%\n" % (validation_accuracy * 100))
    truth.add(**{"Mean validation accuracy": validation_accuracy * 100})
    printline()
    print()

    printline()
    print("\nInitiating final training phase.\n")
    printline()
    model = build()
    fit(model, datasetX, datasetY)
    printline()
    with torch.no_grad():
        _Y = F.softmax(model(testX), 1).numpy()
    print("\nPredictions using testing set:\n")
    printline()
    hits = 0
    for i in range(len(testX)):
        prediction = [str(round(float(p) * 100, 1)) + "%" for p in _Y[i]]
        target = ['Nope' if int(testY[i]) != j else ' Yes ' for j in range(10)]
        if int(np.argmax(_Y[i])) == int(testY[i]):
            hits += 1
        if (i + 1) % 40 == 0:
            print("Prediction " + str(i + 1) + ":", prediction)
            print("Target " + str(i + 1) + "    :", target)
            printline()
    accuracy = hits / len(testX)
    print("Testing set size: %d" % len(testX))
    print("Hits (right predictions): %d" % hits)
    print("Testing accuracy: %0.1f%%" % (accuracy * 100))
    truth.allow(**{"Testing set size": len(testX), "Hits (right predictions)": hits})
    truth.add(**{"test/accuracy": accuracy * 100})
    printline()
    print("Model saved with name: tflearn.lstm.model_digits")
    print("Results saved as: digits_results.txt")
    truth.write("the script's fold, mean and test accuracies (percent)", libraries=("torch",),
                rel=1e-3, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"speechkfold": run}, root=HELDOUT61)
