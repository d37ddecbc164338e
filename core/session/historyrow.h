#pragma once

#include "model/event.h"
#include "sessionquestions.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Coach {

//! One row of the conversation history the annotator sees: one applied
//! event of the current story part (spec §5.9: after the last restart,
//! undone and rewound turns removed). Rows are what a table model shows;
//! `eventIndex` points back into the conversation's full event list, where
//! annotations and fork points live.
struct HistoryRow
{
    enum class Kind {
        User,       //!< a user message (intent, entities, annotated text)
        Bot,        //!< a bot message (text, buttons, images, ...)
        Action,     //!< an action the bot ran (action_listen included)
        Slot,       //!< a slot was set
        ActiveLoop, //!< a form/loop was activated or deactivated
        Other,      //!< anything else with a story string (restart, pause, ...)
    };

    Kind kind = Kind::Other;
    int eventIndex = -1;
    Event event;
    //! Display text: annotated user text, formatted bot output (spec §5.9.1),
    //! the action name, or Rasa's story string (`slot{"city": "Berlin"}`).
    QString text;
    QString intent;                   //!< user rows
    std::optional<double> confidence; //!< user rows (intent) and action rows
    QString policy;                   //!< action rows
    QList<BotButton> buttons;         //!< bot rows

    bool operator==(const HistoryRow &other) const
    {
        return eventIndex == other.eventIndex && event == other.event && text == other.text;
    }
};

namespace History {

//! The rows for a conversation's events. `rasaMajorVersion` selects Rasa's
//! 2.x or 3.x bot-output rules (spec §8).
QList<HistoryRow> rows(const EventList &events, int rasaMajorVersion = 3);

//! Indexes (into `events`) of the applied events of the last story part,
//! the events the history shows.
QList<int> appliedIndexes(const EventList &events);

//! Bot output formatted as Rasa's history does (spec §5.9.1).
QString formatBotOutput(const Event &bot, int rasaMajorVersion = 3);
QList<BotButton> buttons(const Event &bot);

//! Rasa's story string for events shown as plain rows (`slot{"a": 1}`).
QString storyString(const Event &event);

} // namespace History

} // namespace Coach

Q_DECLARE_METATYPE(Coach::HistoryRow)
