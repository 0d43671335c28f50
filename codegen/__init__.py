"""ocpkit's code generator: official definitions -> facts-only schemas -> IR -> Python.

The pipeline is split so that every stage can be looked at on its own:

* :mod:`codegen.schema_import` copies the official OCA schemas into ``schemas/`` with all prose
  removed and records their provenance;
* :mod:`codegen.ocpp_loader` reads ``schemas/ocpp/<version>/`` into the typed intermediate model
  of :mod:`codegen.ir`;
* :mod:`codegen.emit_python` turns that model into the modules under ``src/ocpkit/.../_generated/``.
"""
