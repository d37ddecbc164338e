#pragma once

#include <QStringList>

namespace Coach {

//! `rasa-coach export`: the export without the GUI, for scripts and CI.
//!
//!     rasa-coach export --tracker T.json [--tracker T2.json ...]
//!                       --domain D.json|D.yml [--new-responses R.json]
//!     rasa-coach export --session S.coach [--tracker ...] [--domain ...]
//!                       [--stories PATH] [--nlu PATH] [--domain-out PATH]
//!                       [--rasa-version X.Y.Z] [--e2e] [--dry-run]
//!                       [--responses keep|replace] [--update-session]
//!
//! T.json is the body of GET /conversations/{id}/tracker (only `events` is
//! required), D the body of GET /domain or a domain.yml, R.json the
//! responses created in the session (`{"utter_x": [{"text": "..."}]}`).
//! S.coach is a saved session: its conversations, domain snapshot (unless
//! --domain is given), new responses, Rasa version (unless --rasa-version)
//! and, when no target is given, its export paths.
//! Formats follow the file extensions as in Rasa. `--dry-run` prints the
//! diffs and writes nothing. Stories already in the project (same steps)
//! are skipped, so running the command twice adds nothing; a session's
//! export records let changed stories replace their earlier version, and
//! `--update-session` writes the new records back into the session file
//! (the only case in which the command changes a session file).
//!
//! `arguments` are those after the word `export`. Writes its own stdout and
//! stderr. Exit codes: 0 done, 1 bad usage or input (nothing written),
//! 2 a file could not be written (the message names it; files written
//! before it stay), 3 done, but some new responses clash with existing ones
//! and were not written (`--responses keep`).
int runExportCommand(const QStringList &arguments);

} // namespace Coach
