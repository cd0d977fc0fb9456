"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A NumPy backpropagation network (course homework) printing as
GuanchengZhou/2023-2024XJTUMachineLearningCourseHomework ``bp/train_mnist.py`` with
``bp/net_mnist.py`` and ``bp/nn.py``: ``model.show_model()`` (each layer's ``show``:
``'Linear\\n in:{} out:{} bias:{}\\n'``, ``'Sigmoid\\n'``, and ``Softmax`` the same way), then
every iteration (a pass over the training batches) ``print(len(train_batchs))`` (a bare
count), ``'train: {}'`` (the last batch's loss) and ``'Loss{}: {} {}'`` (the iteration number
glued to the label, then the mean test loss and the mean test precision, unlabelled), and at
the end ``print(np.mean(Ls), np.mean(Prs))``. As in the original, the test pass calls
``train_loop`` with lr 0.1, so it also trains on the test batches, and the loss is the binary
cross-entropy of a softmax over sigmoid outputs. Here: sklearn's digits (64 inputs) instead of
MNIST's 784, layers [10, 128, 10] as in the original, weights drawn by
``np.random.random`` as in ``nn.Linear`` but centred and scaled by 1/sqrt(fan-in) (the
all-positive draw saturates the sigmoids and nothing is learnt in a few passes), lr 1 with the
original's decay, batches of 128, train rate 0.8; 12 iterations instead of 1000.

Truth: ``train`` (the loss after ``train:``) at the line's position and ``Loss`` at the glued
iteration number (``Loss3:`` is step 3), both as printed (unformatted NumPy floats). The
unlabelled precision after the loss, the bare batch count and the bare closing pair carry no
name and are not in the truth.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    np.random.seed(28)

    class Linear:
        def __init__(self, in_ch, out_ch, bias=False):
            self.in_ch, self.out_ch, self.bias = in_ch, out_ch, bias
            self.W = (np.random.random((out_ch, in_ch)) - 0.5) * 2 / np.sqrt(in_ch)
            self.b = np.zeros((out_ch, 1))

        def forward(self, x):
            self.x = x
            return np.einsum('ij,jn->in', self.W, x) + (self.b if self.bias else 0)

        def calc_grad(self, dLdy):
            dLdx = np.einsum('kin,ij->kjn', dLdy, self.W)
            self.dLdW = np.einsum('kin,jn->ijn', dLdy, self.x)
            self.dLdb = dLdy.transpose((1, 0, 2))
            return dLdx

        def back_ward(self, lr, alpha=.001):
            self.W = self.W - lr * np.sum(self.dLdW, axis=-1) - 2 * lr * alpha * self.W
            if self.bias:
                self.b = self.b - lr * np.sum(self.dLdb, axis=-1)

        def show(self):
            print('Linear\n in:{} out:{} bias:{}\n'.format(self.in_ch, self.out_ch, self.bias))

    class Sigmoid:
        def forward(self, x):
            self.y = 1 / (1 + np.exp(-x))
            return self.y

        def calc_grad(self, dLdy):
            return np.einsum('kin,in->kin', dLdy, self.y * (1 - self.y))

        def back_ward(self, lr, alpha=1.):
            pass

        def show(self):
            print('Sigmoid\n')

    class Softmax(Sigmoid):
        def forward(self, x):
            e = np.exp(x - x.max(0, keepdims=True))
            self.y = e / e.sum(0, keepdims=True)
            return self.y

        def calc_grad(self, dLdy):
            g = dLdy[0]
            return (self.y * (g - np.sum(g * self.y, axis=0, keepdims=True)))[None]

        def show(self):
            print('Softmax\n')

    class net:
        def __init__(self, in_ch, out_ch, layers, bias=False, alpha=.001):
            self.alpha = alpha
            dims = [in_ch] + layers
            self.layers = []
            for a, b in zip(dims[:-1], dims[1:]):
                self.layers += [Linear(a, b, bias), Sigmoid()]
            self.layers += [Linear(layers[-1], out_ch, bias), Sigmoid(), Softmax()]

        def forward(self, x):
            for layer in self.layers:
                x = layer.forward(x)
            return x

        def train_loop(self, x, y, lr):
            _y = np.clip(self.forward(x), 1e-12, 1 - 1e-12)
            L = -(y * np.log(_y) + (1 - y) * np.log(1 - _y))
            dLdy = np.expand_dims(-(y / _y) + (1 - y) / (1 - _y), axis=0)
            for layer in reversed(self.layers):
                dLdy = layer.calc_grad(dLdy)
                layer.back_ward(lr, self.alpha)
            return np.mean(np.sum(L, axis=0))

        def show_model(self):
            for layer in self.layers:
                layer.show()

    def calc_pr(pred_y, gt_y):
        pred_y, gt_y = np.argmax(pred_y, axis=0), np.argmax(gt_y, axis=0)
        return np.sum(pred_y == gt_y) / len(pred_y)

    X, y = load_digits(return_X_y=True)
    idx = np.random.permutation(len(X))
    X, Y = (X[idx] / 16.0).T, np.eye(10)[y[idx]].T
    n_train = int(X.shape[1] * .8)
    batch_size = 128
    split = lambda A, B: [(A[:, i:i + batch_size], B[:, i:i + batch_size])
                          for i in range(0, A.shape[1], batch_size)]
    test_batchs = split(X[:, n_train:], Y[:, n_train:])

    model = net(64, 10, [10, 128, 10], alpha=0, bias=True)
    model.show_model()
    truth = Truth()
    lr_0, decay_rate, decay_step, step = 1, .98, 1000, 0
    for iter in range(12):
        perm = np.random.permutation(n_train)
        train_batchs = split(X[:, perm], Y[:, perm])
        print(len(train_batchs))
        for train_x, train_y in train_batchs:
            lr = lr_0 * (decay_rate ** (step / decay_step))
            Loss = model.train_loop(train_x, train_y, lr)
            step += 1
        print('train: {}'.format(Loss))
        truth.add(train=Loss)
        Ls, Prs = [], []
        for test_x, test_y in test_batchs:
            _y = model.forward(test_x)
            Prs.append(calc_pr(test_y, _y))
            Ls.append(model.train_loop(test_x, test_y, 0.1))
        print('Loss{}: {} {}'.format(iter, np.mean(Ls), np.mean(Prs)))
        truth.add(at=iter, Loss=np.mean(Ls))
    Ls, Prs = [], []
    for test_x, test_y in test_batchs:
        _y = model.forward(test_x)
        Prs.append(calc_pr(test_y, _y))
        Ls.append(model.train_loop(test_x, test_y, 0.1))
    print(np.mean(Ls), np.mean(Prs))
    truth.write("train_loop's last training batch loss and the test batches' mean loss",
                libraries=("numpy", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"xjtubp": run}, root=HELDOUT50)
