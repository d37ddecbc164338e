#!/usr/bin/env python3
"""Records how Rasa expands ${VAR} in endpoints.yml (rasa.shared.utils.io.read_yaml).

Run with a Rasa venv's python; prints JSON (tests/data/trackerstore/endpoints-env.json):
  ~/.cache/rasa-coach-e2e/venv-3.6/bin/python tests/e2e/endpoints_env_probe.py
"""
import json, os, sys
os.environ.update({"DB_USER": "rasa", "DB_PASS": "s3cr3t pass", "DB_HOST": "db.local", "EMPTY": "", "PORT": "5433"})
os.environ.pop("UNSET_VAR", None)
import rasa.shared.utils.io as io
cases = [
 "url: ${DB_HOST}",
 "url: \"${DB_HOST}\"",
 "url: '${DB_HOST}'",
 "url: postgres://${DB_USER}:${DB_PASS}@${DB_HOST}:${PORT}/rasa",
 "url: $DB_HOST",
 "url: x${DB_HOST}y",
 "url: ${UNSET_VAR}",
 "url: a${UNSET_VAR}",
 "url: a ${UNSET_VAR}",
 "url: ${DB_HOST} $UNSET_VAR",
 "url: ${DB_HOST}-$UNSET_VAR",
 "url: ${EMPTY}",
 "port: ${PORT}",
 "url: ${DB_HOST} and $DB_USER",
 "url: ${DB_HOST}$DB_USER",
 "url: ${DB_HOST:-x}",
 "url: ${ DB_HOST }",
 "url: |\n  ${DB_HOST}",
 "url: >\n  ${DB_HOST}",
 "${DB_HOST}: 1",
 "url: [${DB_HOST}, b]",
 "url: {a: ${DB_HOST}}",
 "url: ${}",
 "url: $${DB_HOST}",
 "url: ${DB_HOST}}",
 "url: ${UNSET_VAR}x",
]
out = []
for c in cases:
    try:
        v = io.read_yaml(c)
        out.append({"yaml": c, "result": v})
    except Exception as e:
        out.append({"yaml": c, "error": type(e).__name__ + ": " + str(e)})
json.dump({"environment": {"DB_USER": "rasa", "DB_PASS": "s3cr3t pass", "DB_HOST": "db.local", "EMPTY": "", "PORT": "5433"}, "unset": ["UNSET_VAR"], "cases": out}, sys.stdout, indent=1, ensure_ascii=False)
