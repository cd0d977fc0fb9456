"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

RecBole training BPR on a small implicit-feedback dataset (an atomic ``.inter`` file the script
writes), with the modules its docs show (``Config``, ``create_dataset``, ``data_preparation``,
``Trainer``) rather than ``run_recbole``. RecBole logs through ``colorlog`` to stderr
(coloured on a terminal) as ``05 Dec 07:11    INFO  ...``:

* ``logger.info(config)``: the whole configuration in sections (``General Hyper
  Parameters:``, ``Training Hyper Parameters:``, ``Evaluation Hyper Parameters:``, ``Dataset
  Hyper Parameters:``, ``Other Hyper Parameters:``), one ``key = value`` a line (``seed =
  2020``, ``learning_rate = 0.002``, ``train_neg_sample_args = {'distribution': 'uniform',
  ...}``, ``user_inter_num_interval = [0,inf)``);
* the dataset (``The number of users: 201``, ``Average actions of users: 15.615``, ``The
  sparsity of the dataset: 89.71%``), the data loaders' settings, the model's repr and
  ``Trainable parameters: 22528``;
* per epoch ``epoch 0 training [time: 0.09s, train loss: 7.6332]``, ``epoch 0 evaluating
  [time: 0.09s, valid_score: 0.050300]``, ``valid result:`` and on the next line
  ``recall@10 : 0.0925    ndcg@10 : 0.0503    hit@10 : 0.12    precision@10 : 0.0112``,
  ``Saving current: .../BPR-Dec-05-2026_07-11-44.pth``; RecBole's tqdm bars (``Train     0:
  100%|...| 10/10``, ``Evaluate   : ...``) in between;
* after training, the docs' ``best valid : OrderedDict([('recall@10', 0.0975), ...])`` and
  ``test result: OrderedDict([...])``; pandas' and torch's warnings.

Truth: the ``Trainer``'s own records: ``train_loss_dict`` (``train loss`` at the epoch), and
what ``_valid_epoch`` returned each epoch (read by a subclass that only records it):
``valid_score`` and the result dict as ``val/<metric>`` (the ``valid result:`` section) at the
epoch; ``fit``'s best valid result as ``best valid/<metric>`` and ``evaluate``'s as
``test/<metric>``, no step. The dataset statistics and times are in neither map; the
trainable-parameter count optional. The configuration printed is params
(``config.final_config_dict``, values that are not numbers or strings as their ``str``).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    # torch>=2.6 refuses RecBole's own checkpoints unless told, as RecBole's issues advise
    os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"] = "1"
    import tempfile
    from logging import getLogger

    import numpy as np
    from recbole.config import Config
    from recbole.data import create_dataset, data_preparation
    from recbole.model.general_recommender import BPR
    from recbole.trainer import Trainer
    from recbole.utils import init_logger, init_seed

    truth = Truth()

    class RecordingTrainer(Trainer):
        """RecBole's Trainer, keeping what each validation returned."""

        valid_history: list = []

        def _valid_epoch(self, valid_data, show_progress=False):
            score, result = super()._valid_epoch(valid_data, show_progress)
            self.valid_history.append((score, dict(result)))
            return score, result

    with tempfile.TemporaryDirectory() as tmp:
        rng = np.random.default_rng(0)
        folder = Path(tmp) / "data" / "toy"
        folder.mkdir(parents=True)
        lines = ["user_id:token\titem_id:token\trating:float\ttimestamp:float"]
        popular = rng.permutation(150)[:40]
        t = 0
        for user in range(200):
            pool = popular if user % 3 else rng.permutation(150)
            for item in rng.choice(pool, size=rng.integers(8, 25), replace=False):
                t += 1
                lines.append(f"{user}\t{item}\t{rng.integers(1, 6)}\t{t}")
        (folder / "toy.inter").write_text("\n".join(lines) + "\n")
        config = Config(model="BPR", dataset="toy", config_dict={
            "data_path": str(Path(tmp) / "data"), "checkpoint_dir": str(Path(tmp) / "saved"),
            "epochs": 6, "train_batch_size": 256, "eval_batch_size": 256,
            "learning_rate": 0.002, "metrics": ["Recall", "NDCG", "Hit", "Precision"],
            "topk": [10], "valid_metric": "NDCG@10", "seed": 2020, "use_gpu": False,
            "log_wandb": False})
        init_seed(config["seed"], config["reproducibility"])
        init_logger(config)
        logger = getLogger()
        logger.info(config)
        dataset = create_dataset(config)
        logger.info(dataset)
        train_data, valid_data, test_data = data_preparation(config, dataset)
        model = BPR(config, train_data._dataset).to(config["device"])
        logger.info(model)
        trainer = RecordingTrainer(config, model)
        best_valid_score, best_valid_result = trainer.fit(train_data, valid_data)
        test_result = trainer.evaluate(test_data)
        logger.info(f"best valid : {best_valid_result}")
        logger.info(f"test result: {test_result}")
        for handler in logger.handlers:
            handler.flush()
        params = {k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
                  for k, v in config.final_config_dict.items()}
    for epoch, loss in trainer.train_loss_dict.items():
        truth.add(epoch, **{"train loss": loss})
    for epoch, (score, result) in enumerate(trainer.valid_history):
        truth.add(epoch, valid_score=score, **{f"val/{k}": v for k, v in result.items()})
    truth.add(**{f"best valid/{k}": v for k, v in best_valid_result.items()})
    truth.add(**{f"test/{k}": v for k, v in test_result.items()})
    truth.allow(**{"Trainable parameters": sum(p.numel() for p in model.parameters()
                                               if p.requires_grad)})
    truth.write("the Trainer's train_loss_dict at the epoch; what _valid_epoch returned per "
                "epoch (valid_score, val/<metric>); fit's best valid result (best valid/"
                "<metric>) and evaluate's (test/<metric>); config.final_config_dict = params",
                libraries=("recbole", "torch", "numpy"), params=params,
                rel=1e-6, abs_tol=5.1e-5)  # loss_decimal_place and metric_decimal_place: 4


if __name__ == "__main__":
    main(__file__, {"recbole": run}, root=HELDOUT7)
