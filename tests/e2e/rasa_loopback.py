"""Runs the `rasa` command line with every Sanic server bound to 127.0.0.1.

Rasa 2.8's `rasa run` has no --interface option: it always listens on
0.0.0.0. The suite's servers must listen on loopback only, so server.sh
starts Rasa 2.8 as `python rasa_loopback.py run ...`, which forces the host
before handing over to Rasa's own entry point. (Rasa 3.x has `-i`.)
"""

import sys

import sanic

_original_run = sanic.Sanic.run


def _loopback_run(self, *args, **kwargs):
    if args:  # Sanic.run(host, port, ...): replace a positional host too
        args = ("127.0.0.1",) + tuple(args[1:])
    else:
        kwargs["host"] = "127.0.0.1"
    return _original_run(self, *args, **kwargs)


sanic.Sanic.run = _loopback_run

from rasa.__main__ import main  # noqa: E402  (after the patch on purpose)

sys.argv[0] = "rasa"
sys.exit(main())
