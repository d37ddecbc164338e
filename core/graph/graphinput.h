#pragma once

#include "graphworker.h"
#include "result.h"

#include <QStringList>

namespace Coach {

class Domain;

//! The conversations of a `*.coach` session file, for `--session`.
struct GraphSessionData
{
    QList<GraphConversation> conversations;
    int currentConversation = -1;
};

//! Reads the stories and rules of story/rule files and folders (searched
//! recursively, as for `--stories`), for the command and the graph panel.
//! The first unreadable file is the error; nothing is read in part. With
//! `requireStories`, a folder without story or rule files is an error too
//! (the command's user named it); a bot project may have none yet.
Result<StorySteps> readGraphStories(const QStringList &paths, const Domain &domain,
                                    bool requireStories = true);

} // namespace Coach
