#pragma once

#include <QString>

namespace Coach {

//! What an export did with one story part of a conversation: the story it
//! wrote (or the training story it found with the same steps) in which
//! file, and a hash of the part's steps at that time. A later export writes
//! a part again only when its steps changed, and then replaces that story
//! in place (docs/session-format.md, core/export/README.md).
struct StoryRecord
{
    int part = 0; //!< StoryPart::index
    QString file; //!< the stories file (absolute in memory)
    QString story; //!< the story's name in that file
    QString hash; //!< StoryFingerprint::hash() of the part's steps
    //! Not written: the project already had a story or rule with these
    //! steps (`story` names it).
    bool duplicate = false;

    bool operator==(const StoryRecord &other) const = default;
};

} // namespace Coach
