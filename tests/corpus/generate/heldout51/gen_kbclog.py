"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Knowledge-graph embedding training logging as shaoyx/kbc ``KBEcodes/src/train.py`` (commit
2540ef88) and ``KBEcodes/src/processors/trainer.py`` (commit 0aefdee5, ``PairwiseTrainer``):
``logging.basicConfig(level=logging.INFO)``, so every line goes to stderr as
``INFO:root:<message>`` (the original's extra file handler is left out): ``Arguments...`` and one
``{:>10} -----> {}`` line per sorted argument, ``preparing data...``, ``building model...``,
``setup trainer...``, per epoch ``start 1 epoch``, ``evaluation metric in 1 epoch: 0.123...``,
``evaluation time in 1 epoch: 0.0012...``, ``< Current Best metric: 0.123... (1 epoch) >``,
``training loss in 1 epoch: 456.7...``, ``training time in 1 epoch: ...`` (all unformatted
floats), then ``===== Best metric: ... (7 epoch) =====`` and ``done all``. Here: TransE in NumPy
(L1 distance, margin ranking loss, 5 uniform corrupted triplets per positive, Adagrad with L2
regularisation) on a synthetic graph of 40 entities and 4 relations, raw MRR on 60 validation
triplets, 10 epochs (the original: WordNet and Freebase with a choice of models).

Truth: ``training loss`` (the epoch's summed loss) and ``evaluation metric`` (validation MRR) at
the printed epoch. Optional: the ``Current Best metric`` and ``Best metric`` values (the best so
far). The argument dump is params.
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import logging
    import time
    from types import SimpleNamespace

    import numpy as np

    np.random.seed(46)
    rng = np.random.default_rng(24)
    n_ent, n_rel = 40, 4
    # a graph with structure: each relation shifts an entity's group
    groups = rng.integers(0, 8, n_ent)
    triples = []
    while len(triples) < 360:
        h, r = int(rng.integers(n_ent)), int(rng.integers(n_rel))
        cands = np.where(groups == (groups[h] + r + 1) % 8)[0]
        if len(cands):
            triples.append((h, r, int(rng.choice(cands))))
    triples = np.array(triples)
    train_dat, valid_dat = triples[:300], triples[300:]

    args = SimpleNamespace(batch=32, cp_ratio=0.5, dim=16, ent='dat/synthetic/train.entlist',
                           epoch=10, filtered=False, gradclip=5, graphall=None, l2_reg=0.0001,
                           log='20260101_00:00', lr=0.05, margin=2.0, method='transe',
                           metric='mrr', mode='pairwise', nbest=None, negative=5, opt='adagrad',
                           rel='dat/synthetic/train.rellist', save_step=100,
                           train='dat/synthetic/train.txt', valid='dat/synthetic/valid.txt')
    logger = logging.getLogger()
    logging.basicConfig(level=logging.INFO)
    logger.info('Arguments...')
    for arg, val in sorted(vars(args).items()):
        logger.info('{:>10} -----> {}'.format(arg, val))
    logger.info('preparing data...')
    logger.info('building model...')

    E = rng.uniform(-6 / np.sqrt(args.dim), 6 / np.sqrt(args.dim), (n_ent, args.dim))
    R = rng.uniform(-6 / np.sqrt(args.dim), 6 / np.sqrt(args.dim), (n_rel, args.dim))
    GE, GR = np.zeros_like(E), np.zeros_like(R)

    def dist(h, r, t):
        return np.abs(E[h] + R[r] - E[t]).sum(-1)

    def mrr(dat):
        rr = []
        for h, r, t in dat:
            scores_t = np.abs(E[h] + R[r] - E).sum(1)
            scores_h = np.abs(E + R[r] - E[t]).sum(1)
            rr.append(1.0 / (1 + np.sum(scores_t < scores_t[t])))
            rr.append(1.0 / (1 + np.sum(scores_h < scores_h[h])))
        return float(np.mean(rr))

    truth = Truth()
    logger.info('setup trainer...')
    best_val, best_epoch = -1.0, 0
    for epoch in range(args.epoch):
        start = time.time()
        sum_loss = 0.
        logger.info('start {} epoch'.format(epoch + 1))
        order = rng.permutation(len(train_dat))
        for b in range(0, len(order), args.batch):
            pos = np.tile(train_dat[order[b:b + args.batch]], (args.negative, 1))
            neg = pos.copy()
            n = len(neg)
            which = 2 * rng.integers(0, 2, n)
            neg[np.arange(n), which] = rng.integers(0, n_ent, n)
            h, r, t = pos.T
            nh, nr, nt = neg.T
            margin = args.margin + dist(h, r, t) - dist(nh, nr, nt)
            active = margin > 0
            sum_loss += float(margin[active].sum())
            gE, gR = np.zeros_like(E), np.zeros_like(R)
            sp = np.sign(E[h] + R[r] - E[t])[active]
            sn = np.sign(E[nh] + R[nr] - E[nt])[active]
            np.add.at(gE, h[active], sp); np.add.at(gE, t[active], -sp)
            np.add.at(gR, r[active], sp)
            np.add.at(gE, nh[active], -sn); np.add.at(gE, nt[active], sn)
            np.add.at(gR, nr[active], -sn)
            for P, G, acc in ((E, gE, GE), (R, gR, GR)):
                G += args.l2_reg * P
                G = np.clip(G, -args.gradclip, args.gradclip)
                acc += G ** 2
                P -= args.lr * G / (np.sqrt(acc) + 1e-8)
        valid_start = time.time()
        res = mrr(valid_dat)
        logger.info('evaluation metric in {} epoch: {}'.format(epoch + 1, res))
        logger.info('evaluation time in {} epoch: {}'.format(epoch + 1, time.time() - valid_start))
        if res > best_val:
            best_val, best_epoch = res, epoch + 1
        logger.info('< Current Best metric: {} ({} epoch) >'.format(best_val, best_epoch))
        logger.info('training loss in {} epoch: {}'.format(epoch + 1, sum_loss))
        logger.info('training time in {} epoch: {}'.format(epoch + 1, time.time() - start))
        truth.add(at=epoch + 1, **{"evaluation metric": res, "training loss": sum_loss})
        truth.allow(**{"Current Best metric": best_val})
    logger.info('===== Best metric: {} ({} epoch) ====='.format(best_val, best_epoch))
    truth.allow(**{"Best metric": best_val})
    logger.info('done all')
    truth.write("the trainer's summed epoch losses and validation MRRs", libraries=("numpy",),
                params=vars(args), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"kbclog": run}, root=HELDOUT51)
