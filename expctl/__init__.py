"""expctl: record any command's runs in a local store. Importing this package costs nothing."""

__version__ = "0.1.0"


def log(step=None, **metrics):
    """Record metrics of the ``expctl run`` this script runs under, exactly as given::

        import expctl
        for step, batch in enumerate(loader):
            expctl.log(loss=loss.item(), lr=scheduler.get_last_lr()[0], step=step)

    Does nothing outside ``expctl run``, never raises and never blocks (see
    `expctl.record.sidechannel`). Without `step`, each metric counts its own steps 0, 1, 2, ...
    """
    from .record.sidechannel import log as write

    write(step, **metrics)
