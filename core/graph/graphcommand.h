#pragma once

#include "graphworker.h"
#include "result.h"

#include <QStringList>

class QTextStream;

#include <functional>

namespace Coach {

class Domain;

//! The conversations of a `*.coach` session file, for `--session`.
struct GraphSessionData
{
    QList<GraphConversation> conversations;
    int currentConversation = -1;
};

//! Reads a session file for `rasa-coach graph --session`. The session code
//! installs it (see setGraphSessionLoader) so that core/graph does not
//! depend on core/session; without one, `--session` reports that it is not
//! available.
using GraphSessionLoader = std::function<Result<GraphSessionData>(const QString &path)>;
void setGraphSessionLoader(GraphSessionLoader loader);

//! Reads the stories and rules of story/rule files and folders (searched
//! recursively, as for `--stories`), for the command and the graph panel.
//! The first unreadable file is the error; nothing is read in part. With
//! `requireStories`, a folder without story or rule files is an error too
//! (the command's user named it); a bot project may have none yet.
Result<StorySteps> readGraphStories(const QStringList &paths, const Domain &domain,
                                    bool requireStories = true);

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
