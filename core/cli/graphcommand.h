#pragma once

#include "result.h"

#include <QStringList>

class QTextStream;

namespace Coach {

//! `rasa-coach graph`: the story graph without the GUI, for scripts and CI.
//!
//!     rasa-coach graph --stories PATH [--stories PATH ...] --domain PATH
//!                      [--session S.coach] [--max-history N]
//!                      --format json|dot|svg --output PATH
//!
//! PATH is a story/rule file (YAML, or Markdown for Rasa 2.x) or a folder,
//! searched recursively for such files (YAML files with `stories:` or
//! `rules:`, Markdown files with `*` steps). Without --session the graph is
//! Rasa's visualize_stories (every path in full, at most 100 events per
//! path as `rasa visualize` keeps); with it, the session's conversations
//! are added and the current one is the neighbourhood's centre, as in
//! `rasa interactive`. JSON is Rasa's graph as in tests/data/graph.
//!
//! `arguments` are those after the word `graph`. Exit codes: 0 done, 1 bad
//! usage or input (one line on stderr naming the file and the problem,
//! nothing written), 2 the output could not be written.
int runGraphCommand(const QStringList &arguments);
//! The same, writing its messages to `errors` (tests).
int runGraphCommand(const QStringList &arguments, QTextStream &errors);

} // namespace Coach
