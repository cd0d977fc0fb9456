"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

NumPy logistic regression printing as 1173774897/catDetector ``logistic_regression.py`` (the
deeplearning.ai "cat vs non-cat" exercise): the data echo (``Number of training examples:
m_train = ...``, ``Height/Width of each image: num_px = ...``, shapes, ``sanity check after
reshaping: [...]``), ``"Cost after iteration %i: %f"`` every 100th of 2000 iterations, then
``"train accuracy: {} %"`` and ``"test accuracy: {} %"`` (100 minus the mean absolute error, in
percent, unrounded). Here: sklearn's 8x8 digits as 8x8x3 "images" (0..255), the label is
"the digit is 0..4", learning rate 0.005.

Truth: ``Cost`` at the printed iteration; ``train/accuracy`` and ``test/accuracy``.
``m_train``, ``m_test`` and ``num_px`` are the data's sizes: optional.
"""

from _toy import digits_np
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np

    Xtr, ytr, Xte, yte = digits_np(seed=11)
    train_set_x_orig = np.repeat((Xtr.reshape(-1, 8, 8, 1) * 255).astype(int), 3, axis=3)
    test_set_x_orig = np.repeat((Xte.reshape(-1, 8, 8, 1) * 255).astype(int), 3, axis=3)
    train_set_y = (ytr < 5).astype(int).reshape(1, -1)
    test_set_y = (yte < 5).astype(int).reshape(1, -1)
    truth = Truth()

    m_train = train_set_x_orig.shape[0]
    m_test = test_set_x_orig.shape[0]
    num_px = test_set_x_orig.shape[1]
    print ("Number of training examples: m_train = " + str(m_train))
    print ("Number of testing examples: m_test = " + str(m_test))
    print ("Height/Width of each image: num_px = " + str(num_px))
    print ("Each image is of size: (" + str(num_px) + ", " + str(num_px) + ", 3)")
    print ("train_set_x shape: " + str(train_set_x_orig.shape))
    print ("train_set_y shape: " + str(train_set_y.shape))
    print ("test_set_x shape: " + str(test_set_x_orig.shape))
    print ("test_set_y shape: " + str(test_set_y.shape))
    truth.allow(m_train=m_train, m_test=m_test, num_px=num_px)

    train_set_x_flatten = train_set_x_orig.reshape(train_set_x_orig.shape[0], -1).T
    test_set_x_flatten = test_set_x_orig.reshape(test_set_x_orig.shape[0], -1).T
    print ("train_set_x_flatten shape: " + str(train_set_x_flatten.shape))
    print ("train_set_y shape: " + str(train_set_y.shape))
    print ("test_set_x_flatten shape: " + str(test_set_x_flatten.shape))
    print ("test_set_y shape: " + str(test_set_y.shape))
    print ("sanity check after reshaping: " + str(train_set_x_flatten[0:5, 0]))
    train_set_x = train_set_x_flatten / 255.
    test_set_x = test_set_x_flatten / 255.

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def predict(w, b, X):
        A = sigmoid(np.dot(w.T, X) + b)
        return (A > 0.5).astype(float)

    w, b = np.zeros([train_set_x.shape[0], 1]), 0
    X, Y = train_set_x, train_set_y
    m = X.shape[1]
    for i in range(2000):
        A = sigmoid(np.dot(w.T, X) + b)
        cost = np.squeeze(-1 / m * np.sum(np.multiply(Y, np.log(A))
                                         + np.multiply((1 - Y), np.log(1 - A))))
        dw = 1 / m * np.dot(X, (A - Y).T)
        db = 1 / m * np.sum(A - Y)
        w = w - 0.005 * dw
        b = b - 0.005 * db
        if i % 100 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
            truth.add(at=i, Cost=cost)
    train_acc = 100 - np.mean(np.abs(predict(w, b, train_set_x) - train_set_y)) * 100
    test_acc = 100 - np.mean(np.abs(predict(w, b, test_set_x) - test_set_y)) * 100
    print("train accuracy: {} %".format(train_acc))
    print("test accuracy: {} %".format(test_acc))
    truth.add(**{"train/accuracy": train_acc, "test/accuracy": test_acc})
    truth.write("the exercise's costs and accuracies", libraries=("numpy",), rel=1e-4,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"catlogreg": run}, root=HELDOUT61)
