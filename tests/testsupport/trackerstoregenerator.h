#pragma once

#include "pyjson.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Coach::TestSupport {

//! One row as Rasa's SQLTrackerStore.save() inserts it; the database
//! assigns the id (in insertion order).
struct TrackerStoreRow
{
    QString senderId;
    QString typeName;
    std::optional<double> timestamp;
    std::optional<QString> intentName;
    std::optional<QString> actionName;
    QByteArray data;

    //! The columns exactly as save() derives them from `event.as_dict()`:
    //! type_name, timestamp, parse_data.intent.name, the dict's "name",
    //! json.dumps(dict).
    static TrackerStoreRow fromEvent(const QString &senderId, const PyJson &event);
};

//! What the generator wrote about one conversation, in insertion order:
//! the truth an inbox is checked against (computed here, not by the inbox).
struct GeneratedConversation
{
    struct UserMessage
    {
        QString text;
        std::optional<QString> intent;
        std::optional<double> confidence;
    };

    QString senderId;
    int events = 0;
    std::optional<double> firstEvent;
    std::optional<double> lastEvent;
    QList<UserMessage> userMessages;
    QStringList actions; //!< the name of every `action` row, in order
};

//! Realistic tracker stores for tests and benchmarks: conversations spread
//! over weeks that overlap in time (rows of different conversations
//! interleave as Rasa saves them turn by turn), sessions that expire after
//! an hour, /restart, NLU and core fallbacks, externally triggered intents
//! (no confidence), entities with slots, text in many scripts (stored as
//! \u escapes), `%` and `_` in text and ids, ids beyond the BMP. Events have
//! exactly the shape Rasa 2.8 or 3.6 gives them (checked against rows real
//! Rasa wrote: tst_trackerstoregenerator). Deterministic for a seed.
class TrackerStoreGenerator
{
public:
    enum class RasaLine { V2_8, V3_6 };
    struct Options
    {
        int conversations = 100;
        int meanTurns = 8; //!< user messages per conversation, on average
        quint32 seed = 1;
        RasaLine line = RasaLine::V3_6;
        double start = 1714521600.0; //!< 2024-05-01T00:00:00Z
        int weeks = 6;
        //! One more conversation with exactly this many user turns (0: none),
        //! sender id "long-conversation".
        int longConversationTurns = 0;
        bool keepTruth = true;
    };

    explicit TrackerStoreGenerator(const Options &options);

    //! Every row, in the order Rasa would have inserted them.
    void generate(const std::function<void(const TrackerStoreRow &)> &sink);
    const QList<GeneratedConversation> &conversations() const { return m_truth; }
    qint64 rowCount() const { return m_rows; }

    //! An event dict as Rasa's Event.as_dict() builds it: event, timestamp,
    //! metadata when not empty, then `fields` (a second "metadata" updates
    //! the first in place or goes last, as dict.update does).
    static PyJson rasaEvent(const QString &type, double timestamp, const PyJson &metadata,
                            const PyJson::Members &fields);

private:
    //! One conversation while it is generated.
    struct State
    {
        int conversation = 0;
        QString senderId;
        QRandomGenerator random;
        double time = 0;
        double lastTime = -1e18;
        int turnsLeft = 0;
        bool longConversation = false;
    };
    void emitTurn(State &state, const std::function<void(const TrackerStoreRow &)> &sink);
    void emitEvent(State &state, const PyJson &event,
                   const std::function<void(const TrackerStoreRow &)> &sink);

    Options m_options;
    QList<GeneratedConversation> m_truth;
    qint64 m_rows = 0;
};

} // namespace Coach::TestSupport
