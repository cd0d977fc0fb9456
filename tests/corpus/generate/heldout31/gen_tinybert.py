"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written distillation loop logging as ktholeti/BiasAnalysis ``Training/knowledge_distillation.py``
does, with the logger of its ``Training/my_logger.py`` (root logger on stdout, format
``'%(asctime)s - %(levelname)s - %(name)s -   %(message)s'``, ``datefmt='%m/%d/%Y %H:%M:%S'``):
``***** Running training *****``, ``  Batch size = 32``, ``  Num steps = 36``, ``n: <parameter
name>`` for each parameter, ``Total parameters: 62``; tqdm bars on stderr (``trange(...,
desc="Epoch")``, ``tqdm(..., desc="Iteration", ascii=True)``, ``tqdm(..., desc="Evaluating")``);
after each epoch ``***** Eval results *****`` twice (``result_to_file`` logs it before writing
the epoch header to its file, then again before the results) and ``  %s = %s`` for each key
sorted: ``acc``, ``confusion_matrix`` (a 2x2 array over two lines), ``eval_loss``, ``f1_score``,
``f1_weighted``, ``precision``, ``recall``. Here: a logistic student distilled (soft cross
entropy at temperature 2) from an MLP teacher trained first, on scikit-learn's breast-cancer
data, 3 epochs.

Truth: the script's result dict of each epoch: ``eval/acc``, ``eval_loss``, ``eval/f1_score``,
``eval/f1_weighted``, ``eval/precision``, ``eval/recall`` (the section header names the phase;
``eval_loss`` already carries it), no step (the lines state none). The confusion matrix (no
label on its numbers) and the parameter names: printed, no truth. Optional: ``Total
parameters``, ``Batch size``, ``Num steps`` (counts).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import logging

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer
    from sklearn.metrics import confusion_matrix, f1_score, precision_score, recall_score
    from sklearn.model_selection import train_test_split
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm, trange

    log_format = '%(asctime)s - %(levelname)s - %(name)s -   %(message)s'
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format=log_format,
                        datefmt='%m/%d/%Y %H:%M:%S')
    logger = logging.getLogger()

    torch.manual_seed(31)
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, random_state=31)
    tr = TensorDataset(torch.tensor(Xtr, dtype=torch.float32), torch.tensor(ytr))
    te = TensorDataset(torch.tensor(Xte, dtype=torch.float32), torch.tensor(yte))
    train_dataloader = DataLoader(tr, batch_size=32, shuffle=True)
    eval_dataloader = DataLoader(te, batch_size=32)
    teacher = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 2))
    topt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    for _ in range(20):
        for xb, yb in train_dataloader:
            topt.zero_grad()
            nn.functional.cross_entropy(teacher(xb), yb).backward()
            topt.step()
    teacher.eval()
    student = nn.Sequential(nn.Linear(30, 2))
    temperature, num_train_epochs, batch_size = 2.0, 3, 32
    truth = Truth()

    def soft_cross_entropy(predicts, targets):
        student_likelihood = torch.nn.functional.log_softmax(predicts, dim=-1)
        targets_prob = torch.nn.functional.softmax(targets, dim=-1)
        return (- targets_prob * student_likelihood).mean()

    def calculate_loss():
        eval_loss, nb_eval_steps, preds = 0, 0, []
        for xb, yb in tqdm(eval_dataloader, desc="Evaluating"):
            with torch.no_grad():
                logits = student(xb)
            eval_loss += nn.CrossEntropyLoss()(logits.view(-1, 2), yb.view(-1)).mean().item()
            nb_eval_steps += 1
            preds.append(logits.numpy())
        preds = np.argmax(np.concatenate(preds), axis=1)
        labels = yte
        result = {'acc': (preds == labels).mean(), 'recall': recall_score(labels, preds),
                  'precision': precision_score(labels, preds),
                  'f1_score': f1_score(labels, preds),
                  'f1_weighted': f1_score(labels, preds, average='weighted'),
                  'confusion_matrix': confusion_matrix(labels, preds)}
        result['eval_loss'] = eval_loss / nb_eval_steps
        return result

    num_train_optimization_steps = int(len(Xtr) / batch_size) * num_train_epochs
    logger.info("***** Running training *****")
    logger.info("  Batch size = %d", batch_size)
    logger.info("  Num steps = %d", num_train_optimization_steps)
    size = 0
    for n, p in student.named_parameters():
        logger.info('n: {}'.format(n))
        size += p.nelement()
    logger.info('Total parameters: {}'.format(size))
    truth.allow(**{"Batch size": batch_size, "Num steps": num_train_optimization_steps,
                   "Total parameters": size})
    optimizer = torch.optim.Adam(student.parameters(), lr=5e-2)
    for epoch_ in trange(int(num_train_epochs), desc="Epoch"):
        student.train()
        for step, (xb, yb) in enumerate(tqdm(train_dataloader, desc="Iteration", ascii=True)):
            with torch.no_grad():
                teacher_logits = teacher(xb)
            loss = soft_cross_entropy(student(xb) / temperature, teacher_logits / temperature)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
        student.eval()
        result = calculate_loss()
        logger.info("***** Eval results *****")  # result_to_file with the epoch header string
        logger.info("***** Eval results *****")
        for key in sorted(result.keys()):
            logger.info("  %s = %s", key, str(result[key]))
        truth.add(**{"eval/acc": result["acc"], "eval_loss": result["eval_loss"],
                     "eval/f1_score": result["f1_score"],
                     "eval/f1_weighted": result["f1_weighted"],
                     "eval/precision": result["precision"], "eval/recall": result["recall"]})
    truth.write("the script's eval result dict of each epoch (sklearn scores on its predictions, "
                "its mean eval loss)", libraries=("torch", "tqdm", "scikit-learn", "numpy"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"tinybert": run}, root=HELDOUT31)
