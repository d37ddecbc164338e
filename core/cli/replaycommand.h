#pragma once

#include <QStringList>

namespace Coach {

//! `rasa-coach replay`: replays annotated sessions against the model a Rasa
//! server has loaded now, for CI after retraining.
//!
//!     rasa-coach replay FILE.coach… [--server URL] [--token-env VAR]
//!                       [--jwt-env VAR] [--jobs N] [--timeout SECONDS]
//!                       [--report FILE]…
//!
//! Without --server the URL the sessions were recorded against is used.
//! Each --report is written by its extension (.json, .xml = JUnit, .html),
//! only once the whole replay is done (QSaveFile: complete or untouched).
//! Prints every differing turn and a summary; needs no display.
//!
//! `arguments` are those after the word `replay`. Exit codes: 0 every turn
//! agrees, 1 some turns differ, 2 an error (bad usage, a file that cannot be
//! read, a server that cannot be reached or fails; the reason on stderr,
//! no report written).
int runReplayCommand(const QStringList &arguments);

} // namespace Coach
