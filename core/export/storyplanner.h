#pragma once

#include "storybuilder.h"
#include "storyrecord.h"
#include "storywriter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! What an export does with one story part (shown in the preview).
struct StoryOutcome
{
    enum class Kind {
        New, //!< written as a new story
        Replaced, //!< its changed steps replace the story an earlier export wrote
        Unchanged, //!< written before and not changed since: skipped
        Duplicate, //!< the project has a story or rule with the same steps: skipped
    };

    Kind kind = Kind::New;
    QString conversationId;
    int part = 0;
    QString story; //!< the name written, or the training story with the same steps
    QString file; //!< where `story` is
    //! Note: the steps begin a longer training story (`prefixOf` in
    //! `prefixFile`); the story is still written.
    QString prefixOf;
    QString prefixFile;
    //! Note: the story an earlier export wrote was edited or removed in the
    //! file since, so the changed part is written as a new story.
    QString earlierStory;
};

//! An export record to store for a conversation once the files are written.
struct StoryRecordUpdate
{
    QString conversationId;
    StoryRecord record;
};

//! A story or rule of the project, compared by its steps.
struct KnownStory
{
    QString name;
    QString file;
    int line = 0; //!< 1-based line of its block (target file only)
    QStringList items; //!< StoryPlanner::items()
    bool added = false; //!< written by this export
};

//! Decides, for every story part of an export, whether it is new, replaces
//! its own earlier story, is unchanged since it was exported, or repeats a
//! story the project already has (core/export/README.md, "Exporting
//! again"). Stories are compared by the YAML text of their items, which
//! does not depend on the target's format or on entity details such as
//! offsets and confidences.
//!
//! Without a record (a session saved before its export, a headless export
//! of trackers), a part recognises its own earlier story: an
//! `interactive_story_<n>` of the target file with the same steps, not
//! claimed by another part. It is unchanged, and its record names that
//! story, so later changes replace it in place.
class StoryPlanner
{
public:
    struct Input
    {
        QList<ConversationParts> conversations;
        //! Records of earlier exports into this target, by conversation id.
        QHash<QString, QList<StoryRecord>> records;
        QString path; //!< the stories file
        StorySteps present; //!< its stories and rules now
        StorySteps training; //!< stories and rules of the other project files
        StoryWriterOptions options;
    };

    struct Plan
    {
        StorySteps added; //!< new stories, named, in order
        QList<QStringList> addedItems; //!< the items of each, rendered
        //! Stories to write over their earlier version: name kept,
        //! `sourceLine` is the line of the block they replace.
        StorySteps replaced;
        QList<StoryOutcome> outcomes;
        QList<StoryRecordUpdate> records;

        int count(StoryOutcome::Kind kind) const;
    };

    static Plan plan(const Input &input);

    //! Story parts whose current steps no export has recorded (in any
    //! file): what closing the session would leave unexported.
    static int unexportedParts(const QList<ExportConversation> &conversations,
                               const StoryWriterOptions &options);

    //! The compared form of a story: the YAML of each item.
    static QStringList items(const StoryStep &step, const StoryWriterOptions &options);
    //! A short hash of those items (the `hash` of a StoryRecord).
    static QString hash(const QStringList &items);
    //! One line for the preview and `rasa-coach export`, e.g.
    //! "interactive_story_3: replaced (conversation c1, part 0)".
    static QString describe(const StoryOutcome &outcome);
};

} // namespace Coach
