"""`actieplan web`: the same check behind a web page, for staff who cannot install Python.

:func:`create_app` builds the application (tests use it with Starlette's test client);
:func:`actieplan.run.web.serve.serve` runs it with uvicorn for `actieplan web`.
"""

from actieplan.run.web.app import create_app
from actieplan.run.web.jobs import WebConfig

__all__ = ["WebConfig", "create_app"]
