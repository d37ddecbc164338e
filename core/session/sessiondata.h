#pragma once

#include "sessiontypes.h"

#include "export/storyrecord.h"
#include "model/event.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Plain values of a session: what a *.coach file holds (docs/session-format.md).
// SessionDocument wraps them with change signals, undo and the journal.

namespace Coach {

//! What the annotator noted about one turn (a user message or an action).
struct TurnAnnotation
{
    bool corrected = false; //!< the annotator corrected NLU or the action during the session
    bool reviewed = false; //!< ticked off in a later review
    QString note;

    bool isEmpty() const { return !corrected && !reviewed && note.isEmpty(); }
    bool operator==(const TurnAnnotation &other) const = default;
};

//! One conversation (one sender id on the server) with every event the
//! server stored for it, in order. Events are only ever appended, so an
//! index into `events` is a stable reference for annotations.
struct Conversation
{
    QString id; //!< conversation (sender) id on the server
    QString title;
    QDateTime created;
    EventList events; //!< ALL events (include_events=ALL), including undone turns
    QMap<int, TurnAnnotation> annotations; //!< keyed by event index
    //! Ids this conversation had before a resume moved it to a new id
    //! because the server held different events under the old one.
    QStringList previousIds;
    //! What exports wrote of this conversation's story parts (one record per
    //! part and stories file), so that a later export writes only what
    //! changed.
    QList<StoryRecord> exportRecords;

    bool operator==(const Conversation &other) const = default;
};

//! A response created during the session (`utter_x` + its text variations).
struct NewResponse
{
    QString name;
    QJsonArray variations; //!< [{"text": "..."}], Rasa 3.x's NEW_RESPONSES shape
    bool operator==(const NewResponse &other) const = default;
};

//! Where the annotator exports to. Absolute in memory; stored relative to
//! the session file.
struct ExportPaths
{
    QString stories;
    QString nlu;
    QString domain;
    bool operator==(const ExportPaths &other) const = default;
};

//! Everything a session file holds.
struct SessionData
{
    QString sessionId; //!< stable uuid; names the journal of unsaved sessions
    //! New random value at every save: a journal started from an older
    //! revision of the file is stale once the file has been saved again.
    QString revision;
    QDateTime created;
    ServerInfo server;
    QJsonObject domain; //!< GET /domain snapshot (JSON), unchanged
    QList<Conversation> conversations;
    int currentConversation = -1;
    QStringList newIntents;
    QStringList newEntities;
    QStringList newActions;
    QList<NewResponse> newResponses;
    ExportPaths exportPaths;
    QString projectFolder; //!< the bot project (domain.yml, data/); absolute in memory
    //! The inbox's state kept with the session (core/inbox/sessioninboxstate.h).
    QJsonObject inbox;

    bool operator==(const SessionData &other) const = default;
};

} // namespace Coach
