"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written skip-gram loop printing as lonePatient/chinese-word2vec-pytorch
``train_word2vec.py`` with ``pyword2vec/train/trainer.py``, ``pyword2vec/callback/
progressbar.py``, ``pyword2vec/io/dataset.py`` and ``pyword2vec/train/train_utils.py``
(commit 650e72ea). The logger of that commit (``pyword2vec/utils/logginger.py``) is not in the
index; its later ``pyw2v/common/tools.py`` (commit 22c9b3f5, a root logger with a
``"%(message)s"`` stream handler on stderr) stands in. Printed: ``seed is 2018``, the data
loader's ``read data and processing`` and ``build vocab`` tqdm bars, ``initializing model``,
``initializing callbacks``, ``training model....``, the no-GPU warning, ``trainable parameters:
...M`` and the model's repr; then per epoch ``----------------- training start ---...``,
``Epoch 1/3......``, the hand-made ``\\r[training] %d/%d %s -%.1fs/step- %s: %.4f`` line per
batch (one batch per centre word, without newlines; the bar's total is ``len(vocab) * 50`` as in
the original), and ``saving word2vec vector`` with a ``save vector`` tqdm bar (the vectors go to
/dev/null here). Here: a 20-word synthetic corpus, embedding size 100, three epochs, a
learning rate of 0.5 rather than 0.025 (so that the losses move); the negative-sampling table
has 1e5 rather than 1e8 entries.

Truth: each batch's ``loss`` at the epoch of the ``Epoch i/N`` line above it (the batch counter
restarts every epoch). The parameter count is optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import logging
    import math
    import operator
    import os
    import random
    import time
    from collections import Counter

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch import optim
    from tqdm import tqdm

    truth = Truth()
    config = {"embedding_dim": 100, "epochs": 3, "batch_size": 256, "window_size": 5,
              "negative_sample_num": 5, "n_gpus": [1], "min_freq": 5, "sample": 1e-3,
              "learning_rate": 0.5, "vocab_size": 30000000}
    args = {"seed": 2018, "resume": False}

    def init_logger():
        log_format = logging.Formatter("%(message)s")
        logger = logging.getLogger()
        logger.setLevel(logging.INFO)
        console_handler = logging.StreamHandler()
        console_handler.setFormatter(log_format)
        logger.handlers = [console_handler]
        return logger

    def seed_everything(seed=1029):
        random.seed(seed)
        os.environ["PYTHONHASHSEED"] = str(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)

    # a small synthetic corpus: lines of "words" drawn with Zipf-like frequencies
    words = ["我们", "今天", "学习", "模型", "数据", "训练", "向量",
             "词语", "中文", "知乎", "问题", "回答", "时间", "方法",
             "结果", "分析", "网络", "语言", "文本", "特征"]
    crng = np.random.default_rng(52)
    freq = 1.0 / np.arange(1, len(words) + 1) ** 0.6
    corpus = [" ".join(crng.choice(words, crng.integers(5, 9), p=freq / freq.sum()))
              for _ in range(36)]

    class DataLoader:
        def __init__(self, min_freq, window_size, skip_header, negative_num, vocab_size,
                     batch_size, shuffle, seed, sample):
            self.window_size, self.skip_header = window_size, skip_header
            self.negative_num = negative_num
            self.min_freq, self.shuffle, self.seed, self.sample = min_freq, shuffle, seed, sample
            self.vocab_size, self.batch_size = vocab_size, batch_size
            self.random_s = np.random.RandomState(self.seed)
            self.build_examples()
            self.build_vocab()
            self.build_negative_sample_table()
            self.subsampling()

        def build_examples(self):
            self.examples = []
            for i, line in tqdm(enumerate(corpus), desc="read data and processing"):
                if i == 0 and self.skip_header:
                    continue
                line = line.strip("\n")
                if line:
                    self.examples.append(line.split())

        def build_vocab(self):
            count = Counter()
            for ws in tqdm(self.examples, desc="build vocab"):
                count.update(ws)
            count = sorted(dict(count).items(), key=operator.itemgetter(1), reverse=True)
            all_words = [(w[0], w[1]) for w in count if w[1] >= self.min_freq]
            if self.vocab_size:
                all_words = all_words[:self.vocab_size]
            all_words = all_words + [("<unk>", 0)]
            word2id = {k: (i, v) for i, (k, v) in zip(range(0, len(all_words)), all_words)}
            self.word_frequency = {tu[0]: tu[1] for word, tu in word2id.items()}
            self.vocab = {word: tu[0] for word, tu in word2id.items()}

        def build_negative_sample_table(self):
            self.negative_sample_table = []
            sample_table_size = 1e5
            pow_frequency = np.array(list(self.word_frequency.values())) ** 0.75
            ratio = pow_frequency / sum(pow_frequency)
            count = np.round(ratio * sample_table_size)
            for wid, c in enumerate(count):
                self.negative_sample_table += [wid] * int(c)
            self.negative_sample_table = np.array(self.negative_sample_table)

        def reserve_ratio(self, p, total):
            tmp_p = (math.sqrt(p / self.sample) + 1) * self.sample / p
            if tmp_p > 1:
                tmp_p = 1
            return tmp_p * total

        def subsampling(self, total=2 ** 32):
            pow_frequency = np.array(list(self.word_frequency.values()))
            ratio = pow_frequency / sum(pow_frequency)
            delete_int = [self.reserve_ratio(p, total=total) for p in ratio]
            self.train_examples = []
            for example in self.examples:
                ws = [self.vocab[w] for w in example
                      if w in self.vocab and delete_int[self.vocab[w]] >= random.random() * total]
                if len(ws) > 0:
                    self.train_examples.append(ws)
            del self.examples

        def get_neg_word(self, u):
            neg_v = []
            while len(neg_v) < self.negative_num:
                n_w = np.random.choice(self.negative_sample_table,
                                       size=self.negative_num).tolist()[0]
                if n_w != u:
                    neg_v.append(n_w)
            return neg_v

        def make_iter(self):
            for example in self.train_examples:
                if len(example) < 2:
                    continue
                reduced_window = self.random_s.randint(self.window_size)
                for i, w in enumerate(example):
                    words_num = len(example)
                    window_start = max(0, i - self.window_size + reduced_window)
                    window_end = min(words_num, i + self.window_size + 1 - reduced_window)
                    pos_v = [example[j] for j in range(window_start, window_end) if j != i]
                    pos_u = [w] * len(pos_v)
                    neg_u = [c for c in pos_v for _ in range(self.negative_num)]
                    neg_v = [v for u in pos_u for v in self.get_neg_word(u)]
                    yield pos_u, pos_v, neg_u, neg_v

    class SkipGram(torch.nn.Module):
        def __init__(self, embedding_dim, vocab_size):
            super().__init__()
            initrange = 0.5 / embedding_dim
            self.u_embedding_matrix = nn.Embedding(vocab_size, embedding_dim)
            self.u_embedding_matrix.weight.data.uniform_(-initrange, initrange)
            self.v_embedding_matrix = nn.Embedding(vocab_size, embedding_dim)
            self.v_embedding_matrix.weight.data.uniform_(-0, 0)

        def forward(self, pos_u, pos_v, neg_u, neg_v):
            score = torch.sum(torch.mul(self.v_embedding_matrix(pos_u),
                                        self.u_embedding_matrix(pos_v)), dim=1)
            log_target = F.logsigmoid(score).squeeze()
            neg_score = torch.sum(torch.mul(self.u_embedding_matrix(neg_u),
                                            self.v_embedding_matrix(neg_v)), dim=1)
            sum_log_sampled = F.logsigmoid(-1 * neg_score).squeeze()
            return -1 * (log_target.sum() + sum_log_sampled.sum())

    class StepLr:
        def __init__(self, optimizer, init_lr, epochs):
            self.optimizer, self.epochs, self.init_lr = optimizer, epochs, init_lr

        def step(self, epoch):
            new_lr = self.init_lr * (1.0 - 1.0 * epoch / self.epochs)
            for param_group in self.optimizer.param_groups:
                param_group["lr"] = new_lr

    class ProgressBar:
        def __init__(self, n_batch, loss_name="loss", width=30):
            self.width, self.loss_name, self.n_batch = width, loss_name, n_batch

        def step(self, batch_idx, loss, use_time):
            recv_per = int(100 * (batch_idx + 1) / self.n_batch)
            if recv_per >= 100:
                recv_per = 100
            show_bar = ("[%%-%ds]" % self.width) % (int(self.width * recv_per / 100) * ">")
            show_str = "\r[training] %d/%d %s -%.1fs/step- %s: %.4f"
            print(show_str % (batch_idx + 1, self.n_batch, show_bar, use_time, self.loss_name,
                              loss), end="")

    def model_device(n_gpu, model, logger):
        n_gpu_use = n_gpu
        if len(n_gpu_use) > 0 and torch.cuda.device_count() == 0:
            logger.warning("Warning: There\'s no GPU available on this machine, training will "
                           "be performed on CPU.")
            n_gpu_use = range(0)
        return model.to("cpu"), torch.device("cpu")

    class Trainer:
        def __init__(self, model, epochs, logger, n_gpu, vocab, train_data, optimizer,
                     lr_scheduler, verbose=1):
            self.model, self.train_data, self.epochs = model, train_data, epochs
            self.optimizer, self.logger, self.verbose = optimizer, logger, verbose
            self.lr_scheduler, self.n_gpu, self.vocab = lr_scheduler, n_gpu, vocab
            self.progressbar = ProgressBar(loss_name="loss", n_batch=len(self.vocab) * 50)
            self.model, self.device = model_device(n_gpu=self.n_gpu, model=self.model,
                                                   logger=self.logger)
            self.start_epoch = 1

        def summary(self):
            model_parameters = filter(lambda p: p.requires_grad, self.model.parameters())
            params = sum([np.prod(p.size()) for p in model_parameters])
            self.logger.info("trainable parameters: {:4}M".format(params / 1000 / 1000))
            truth.allow(**{"trainable parameters": params / 1000 / 1000})
            self.logger.info(self.model)

        def save(self):
            id_word = {value: key for key, value in self.vocab.items()}
            self.logger.info("saving word2vec vector")
            metrix = self.model.v_embedding_matrix.weight.data
            with open(os.devnull, "w", encoding="utf-8") as f:
                vector = metrix.numpy()
                for i in tqdm(range(len(vector)), desc="save vector"):
                    s_vec = [str(s) for s in vector[i].tolist()]
                    f.write(id_word[i] + " " + " ".join(s_vec) + "\n")

        def _train_epoch(self, epoch):
            self.model.train()
            i = 0
            input_type = torch.LongTensor
            for pos_u, pos_v, neg_u, neg_v in self.train_data.make_iter():
                start = time.time()
                self.optimizer.zero_grad()
                loss = self.model(input_type(pos_u), input_type(pos_v), input_type(neg_u),
                                  input_type(neg_v))
                loss.backward()
                self.optimizer.step()
                i += 1
                if self.verbose >= 1:
                    self.progressbar.step(batch_idx=i, loss=loss.item(),
                                          use_time=time.time() - start)
                    truth.add(at=epoch, loss=loss.item())

        def train(self):
            for epoch in range(self.start_epoch, self.start_epoch + self.epochs):
                print("----------------- training start -----------------------")
                print("Epoch {i}/{epochs}......".format(i=epoch,
                                                       epochs=self.start_epoch + self.epochs - 1))
                self._train_epoch(epoch)
                if self.lr_scheduler:
                    self.lr_scheduler.step(epoch)
                self.save()

    logger = init_logger()
    logger.info("seed is %d" % args["seed"])
    seed_everything(seed=args["seed"])
    logger.info("starting load train data from disk")
    train_dataset = DataLoader(skip_header=False, negative_num=config["negative_sample_num"],
                               batch_size=config["batch_size"],
                               window_size=config["window_size"],
                               vocab_size=config["vocab_size"], min_freq=config["min_freq"],
                               shuffle=True, seed=args["seed"], sample=config["sample"])
    logger.info("initializing model")
    model = SkipGram(embedding_dim=config["embedding_dim"], vocab_size=len(train_dataset.vocab))
    optimizer = optim.SGD(params=model.parameters(), lr=config["learning_rate"])
    logger.info("initializing callbacks")
    lr_scheduler = StepLr(optimizer=optimizer, init_lr=config["learning_rate"],
                          epochs=config["epochs"])
    logger.info("training model....")
    trainer = Trainer(model=model, vocab=train_dataset.vocab, train_data=train_dataset,
                      optimizer=optimizer, epochs=config["epochs"], logger=logger,
                      lr_scheduler=lr_scheduler, n_gpu=config["n_gpus"])
    trainer.summary()
    trainer.train()
    truth.write("the skip-gram loss (summed negative log-sigmoid scores) of every centre word's "
                "batch", libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"w2vzh": run}, root=HELDOUT52)
