"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A NumPy L-layer network with k-fold evaluation printing as DanielBarLev2/Machine-Learning
``A2-Neural_Network/src/neural_network.py``: for each of the 5 folds (``KFold(n_folds,
shuffle=True, random_state=1)``) the network is trained from scratch and ``print(f'accuracy:
{accuracy}')`` gives its held-out accuracy (a percentage, unformatted), then the last fold's
parameters are scored on the test set: ``print(f'test accuracy: {accuracy} %')``. Here: sklearn's
digits instead of MNIST, layers 64-20-7-10, softmax cross-entropy, learning rate 0.1, 150
iterations of full-batch gradient descent per fold (the training routine prints nothing).

Truth: ``accuracy`` at no step (the fold is not printed: positions 0-4), and ``test accuracy``.
"""

from _toy import digits
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.model_selection import KFold

    Xtr, ytr, Xva, yva, Xte, yte = digits(seed=20)
    x_data = np.concatenate([Xtr.numpy(), Xva.numpy()]).astype(np.float64)
    y_data = np.eye(10)[np.concatenate([ytr.numpy(), yva.numpy()])]
    x_test, y_test = Xte.numpy().astype(np.float64), np.eye(10)[yte.numpy()]

    def l_layer_model(x_train, y_train, layer_dims, learning_rate, num_iterations, seed):
        rng = np.random.default_rng(seed)
        params = [(rng.normal(0, np.sqrt(2 / a), (b, a)), np.zeros((b, 1)))
                  for a, b in zip(layer_dims[:-1], layer_dims[1:])]
        m = x_train.shape[1]
        for _ in range(num_iterations):
            acts = [x_train]
            for k, (W, b) in enumerate(params):
                z = W @ acts[-1] + b
                if k < len(params) - 1:
                    acts.append(np.maximum(z, 0))
                else:
                    e = np.exp(z - z.max(0))
                    acts.append(e / e.sum(0))
            dz = (acts[-1] - y_train) / m
            for k in range(len(params) - 1, -1, -1):
                W, b = params[k]
                dW, db = dz @ acts[k].T, dz.sum(1, keepdims=True)
                if k:
                    dz = (W.T @ dz) * (acts[k] > 0)
                params[k] = (W - learning_rate * dW, b - learning_rate * db)
        return params

    def predict(x_test, y_test, parameters):
        a = x_test
        for k, (W, b) in enumerate(parameters):
            a = W @ a + b
            if k < len(parameters) - 1:
                a = np.maximum(a, 0)
        return np.mean(a.argmax(0) == y_test.argmax(0)) * 100

    truth = Truth()
    k_fold = KFold(5, shuffle=True, random_state=1)
    parameters = []
    for n, (i_tr, i_te) in enumerate(k_fold.split(x_data)):
        layers_dims = np.array([64, 20, 7, 10])
        parameters = l_layer_model(x_data[i_tr].T, y_data[i_tr].T, layers_dims, 0.1, 150, n)
        accuracy = predict(x_data[i_te].T, y_data[i_te].T, parameters)
        print(f'accuracy: {accuracy}')
        truth.add(accuracy=accuracy)
    accuracy = predict(x_test.T, y_test.T, parameters)
    print(f'test accuracy: {accuracy} %')
    truth.add(**{"test accuracy": accuracy})
    truth.write("the script's accuracies", libraries=("numpy", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"banlev": run}, root=HELDOUT54)
