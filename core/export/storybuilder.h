#pragma once

#include "storyrecord.h"

#include "model/event.h"
#include "model/story.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Coach {

//! One conversation to export: its id, every event of its tracker
//! (`include_events=ALL`), reverted turns and restarts included, and what
//! earlier exports wrote of it.
//! (Not `Conversation`: core/session has that name, and two definitions of one
//! name in one program break at link time.)
struct ExportConversation
{
    QString id;
    EventList events;
    QList<StoryRecord> records = {};
};

//! One story part of a conversation: the events after its `index`-th
//! restart that become a story. Events are only ever appended, so the
//! index names the same part in every later export.
struct StoryPart
{
    int index = 0;
    EventList events;
};

//! The story parts of one conversation (StoryBuilder::storyParts): computed
//! once per export and shared by the stories, NLU and domain steps.
struct ConversationParts
{
    QString id;
    QList<StoryPart> parts;
};

//! Names for new stories, `interactive_story_<n>`: numbering continues
//! after the highest such name among `taken`, and no taken name is reused.
class StoryNames
{
public:
    explicit StoryNames(const QStringList &taken);
    QString next();

private:
    QSet<QString> m_taken;
    int m_number = 0;
};

//! Turns conversations into the stories Rasa's interactive export writes
//! (spec §6.2), with this project's fixes: stories hold what the annotator
//! kept (undone and rewound turns are gone), a user message the bot never
//! answered is left out, and names never repeat.
//!
//! A conversation is cut at every `restart`, as Rasa 3.6 cuts it; a
//! `session_started` inside a part does not cut it (the carried slots become
//! `slot_was_set` steps, as in Rasa 3.6's export). Unlike Rasa's applied
//! events, turns between two runs of a form are kept: Rasa prunes them for
//! featurizing, but a story without them fills slots with no user input.
//! Each part with at least one user message becomes one story.
class StoryBuilder
{
public:
    //! The kept events of every part of one conversation, in order; parts
    //! without a user message are left out.
    static QList<StoryPart> storyParts(const EventList &events);

    //! Story items for applied events: one per event, a
    //! `user_featurization` event folded into the user step before it; bot
    //! utterances and session starts (no story syntax) left out.
    static QList<StoryItem> items(const EventList &applied);

    static QList<ConversationParts> parts(const QList<ExportConversation> &conversations);

    //! Stories named `interactive_story_<n>`: numbering continues after the
    //! highest such name in `takenNames`, and no name in it is reused.
    static StorySteps build(const QList<ConversationParts> &conversations,
                            const QStringList &takenNames = {});
    static StorySteps build(const QList<ExportConversation> &conversations,
                            const QStringList &takenNames = {});
};

} // namespace Coach
