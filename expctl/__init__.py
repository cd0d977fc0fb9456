"""expctl: record any command's runs in a local store. Importing this package costs nothing."""

__version__ = "0.1.0"
