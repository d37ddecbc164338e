#pragma once

#include "conflictindex.h"
#include "conflictproject.h"
#include "statedomain.h"
#include "statetable.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Coach {

//! Rasa's story structure check (`rasa data validate stories`) of a bot
//! project, kept up to date while a session's conversations grow: the
//! project's stories are turned into trackers once; after that, a
//! conversation's check costs only that conversation's states.
class ConflictChecker
{
public:
    //! Makes the project's story trackers and indexes them (the slow part,
    //! made once per project and max_history; safe on a worker thread).
    static Result<std::unique_ptr<ConflictChecker>> create(ConflictProject project,
                                                           std::optional<int> maxHistory);

    const ConflictProject &project() const { return m_project; }
    std::optional<int> maxHistory() const { return m_index.maxHistory(); }
    const StateTable &table() const { return *m_table; }
    const ConflictIndex &index() const { return m_index; }

    //! Replaces the trackers of session conversation `conversation` with
    //! its parts as the export would write them, named `name` ("name (2)"
    //! for later parts). `inProgress`: its last part has not ended, so no
    //! final action_listen is assumed (the bot may still act).
    void setConversation(int conversation, const QString &name, const EventList &events,
                         bool inProgress);
    void removeConversation(int conversation);
    QList<int> conversationIndexes() const { return m_conversations.keys(); }
    //! The tracker handles of a conversation's parts, in order.
    QList<int> conversationTrackers(int conversation) const
    {
        return m_conversations.value(conversation);
    }

    QList<StoryConflict> conflicts() const { return m_index.conflicts(); }
    QList<StoryConflict> conversationConflicts(int conversation) const;
    //! The latest conflict in the bot's current turn of the conversation (its
    //! actions since the last user message), if there is one.
    std::optional<StoryConflict> latestConflict(int conversation) const;
    //! The conflict at the conversation's very last action, if any.
    std::optional<StoryConflict> lastActionConflict(int conversation) const;

    //! The story steps a tracker went through, to show them: the project's
    //! blocks, or a conversation part as the export writes it.
    StorySteps stepsOf(int tracker) const;
    //! The session conversation a tracker belongs to, -1 for a story.
    int conversationOf(int tracker) const;

private:
    ConflictChecker(ConflictProject project, std::optional<int> maxHistory);

    ConflictProject m_project;
    StateDomain m_domain;
    std::unique_ptr<StateTable> m_table;
    ConflictIndex m_index;
    QHash<int, QList<int>> m_conversations;
    QHash<int, StoryStep> m_conversationSteps; //!< by tracker handle
};

} // namespace Coach
