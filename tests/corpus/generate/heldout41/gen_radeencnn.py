"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written per-sample CNN printing as RadeenXALNW/CNN-from-Scratch-with-Pytorch
``train_cnn.py`` and ``test_model.py``: ``Epoch 1 ->`` heads each epoch, every 100th sample
``%d steps out of 100 steps: Average Loss %.3f and Accuracy: %d%%`` (``i+1``, the summed loss of
the last 100 samples over 100, the number correct among them, which is the percentage; the
first line of an epoch prints the freshly reset ``0.000`` and ``0%``), then ``\\n--- Testing the
CNN ---``, ``Test Loss:`` and ``Test Accuracy:`` printed with ``print``'s comma, so as the
original's torch tensors: ``tensor(0.3466)``. Here: the original's conv (8 3x3 filters), 2x2
max-pool and softmax layers as torch tensors with autograd, per-sample SGD on 700 of sklearn's
8x8 digits, 300 for the test (the original: 1500 MNIST images; its learning rate 5e-9 would
not move, ours is 0.01).

Truth: ``Average Loss`` and ``Accuracy`` at the epoch of the ``Epoch n ->`` header (the sample
counter restarts each epoch), including the reset first lines; ``test/Loss`` and
``test/Accuracy`` (no step).
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F

    X, y = digit_images(seed=12)
    train_images, train_labels = X[:700, 0], y[:700]
    test_images, test_labels = X[700:1000, 0], y[700:1000]
    torch.manual_seed(12)
    filters = (torch.randn(8, 1, 3, 3) / 9).requires_grad_()
    weights = (torch.randn(8 * 4 * 4, 10) / 128).requires_grad_()
    biases = torch.zeros(10, requires_grad=True)
    learning_rate = 0.01

    def cnn_forward_prop(image, label):
        out = F.conv2d((image - 0.5).reshape(1, 1, 8, 8), filters, padding=1)
        out = F.max_pool2d(out, 2)
        out = torch.softmax(out.flatten() @ weights + biases, dim=0)
        loss = -torch.log(out[label])
        acc = torch.where(torch.argmax(out) == label, 1, 0)
        return out, loss, acc

    def train_cnn(image, label):
        out, loss, acc = cnn_forward_prop(image, label)
        loss.backward()
        with torch.no_grad():
            for p in (filters, weights, biases):
                p -= learning_rate * p.grad
                p.grad = None
        return loss.detach(), acc

    truth = Truth()
    g = torch.Generator().manual_seed(12)
    for epoch1 in range(2):
        print('Epoch %d ->' % (epoch1 + 1))
        shuffle_data = torch.randperm(len(train_images), generator=g)
        train_images, train_labels = train_images[shuffle_data], train_labels[shuffle_data]
        loss, num_correct = 0.0, 0
        for i, (im, label) in enumerate(zip(train_images, train_labels)):
            if i % 100 == 0:
                print('%d steps out of 100 steps: Average Loss %.3f and Accuracy: %d%%'
                      % (i + 1, loss / 100, num_correct))
                truth.add(at=epoch1 + 1, **{"Average Loss": float(loss / 100),
                                             "Accuracy": int(num_correct)})
                loss, num_correct = 0, 0
            l1, acc = train_cnn(im, label)
            loss += l1
            num_correct += acc

    print('\n--- Testing the CNN ---')
    loss, num_correct = 0, 0
    with torch.no_grad():
        for im, label in zip(test_images, test_labels):
            _, l, acc = cnn_forward_prop(im, label)
            loss += l
            num_correct += acc
    num_tests = len(test_images)
    print('Test Loss:', loss / num_tests)
    print('Test Accuracy:', num_correct / num_tests)
    truth.add(**{"test/Loss": float(loss / num_tests),
                 "test/Accuracy": float(num_correct / num_tests)})
    truth.write("the script's running sums and test means", libraries=("torch",), rel=1e-3,
                abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"radeencnn": run}, root=HELDOUT41)
