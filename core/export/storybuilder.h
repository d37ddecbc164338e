#pragma once

#include "model/event.h"
#include "model/story.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! One conversation to export: its id and every event of its tracker
//! (`include_events=ALL`), reverted turns and restarts included.
//! (Not `Conversation`: core/session has that name, and two definitions of one
//! name in one program break at link time.)
struct ExportConversation
{
    QString id;
    EventList events;
};

//! The story parts of one conversation (StoryBuilder::storyParts): computed
//! once per export and shared by the stories, NLU and domain steps.
struct ConversationParts
{
    QString id;
    QList<EventList> parts;
};

//! Turns conversations into the stories Rasa's interactive export writes
//! (spec §6.2), with this project's fixes: stories hold the *applied* events
//! (undone and rewound turns are gone), a story does not end in a user
//! message the bot never answered, and names never repeat.
//!
//! A conversation is cut at every `restart` (Rasa) and at every
//! `session_started` (Rasa's applied events would silently drop the earlier
//! sessions of a long conversation); each part with at least one user
//! message in its applied events becomes one story.
class StoryBuilder
{
public:
    //! The applied events of every part of one conversation, in order;
    //! parts without a user message are left out.
    static QList<EventList> storyParts(const EventList &events);

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
