#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QDataStream;

namespace Coach {

//! One row of Rasa's `events` table as the inbox reads it: every column but
//! `data`, which only user rows need (text and confidence).
struct EventRow
{
    qint64 id = 0;
    QString senderId;
    QString typeName;
    std::optional<double> timestamp;
    std::optional<QString> intentName;
    std::optional<QString> actionName;
    QByteArray data; //!< `user` rows only
};

//! What the inbox knows about a tracker store: one summary per conversation
//! and every user message, built from the rows in id order (the order Rasa
//! appended them) and updated with the rows added since. The semantics of
//! the columns are the inbox's (docs/inbox.md): the store is a raw log over
//! all sessions; every `user` row is a turn (also `/restart` and messages a
//! fallback reverted).
class InboxIndex final
{
public:
    static constexpr int NoName = -1;

    struct Conversation
    {
        QString senderId;
        int events = 0;
        int userTurns = 0;
        std::optional<double> firstEvent;
        std::optional<double> lastEvent;
        //! Lowest parse_data.intent.confidence of user rows that have one.
        std::optional<double> minConfidence;
        int latestIntent = NoName; //!< intent_name of the last user row
        bool fallback = false; //!< an action_default/two_stage_fallback ran
        QList<int> intents; //!< intent_name of user rows, sorted, unique
        QList<int> actions; //!< action_name of `action` rows, sorted, unique
        QList<int> messages; //!< indexes into messages(), in id order
    };

    struct Message
    {
        qint64 id = 0; //!< row id in the store
        int conversation = 0;
        std::optional<double> timestamp;
        QString text; //!< as the user typed it; empty when the row has none
        QString folded; //!< text.toCaseFolded(), for the text filter
        int intent = NoName;
        std::optional<double> confidence;
    };

    //! Applies one row; rows must come in increasing id order.
    void addRow(const EventRow &row);
    //! Facts read from one user row's `data` (JSON), done apart from addRow
    //! so that a caller can decode many rows in parallel.
    struct UserData
    {
        QString text;
        QString folded;
        std::optional<double> confidence;
    };
    static UserData decodeUserData(const QByteArray &data);
    void addRow(const EventRow &row, const UserData &user);

    const QList<Conversation> &conversations() const { return m_conversations; }
    const QList<Message> &messages() const { return m_messages; }
    int conversationIndex(const QString &senderId) const { return m_senders.value(senderId, -1); }
    //! The id of an intent or action name; NoName when never seen.
    int nameId(const QString &name) const { return m_nameIds.value(name, NoName); }
    QString name(int id) const { return id == NoName ? QString() : m_names.value(id); }
    QStringList names(const QList<int> &ids) const;

    qint64 rowCount() const { return m_rowCount; }
    qint64 maxRowId() const { return m_maxRowId; }
    bool isEmpty() const { return m_rowCount == 0; }

    void write(QDataStream &out) const;
    //! False on a stream that does not hold an index (the caller rebuilds).
    bool read(QDataStream &in);

private:
    bool isConsistent() const;
    int internName(const QString &name);
    int conversationFor(const QString &senderId);

    QList<Conversation> m_conversations;
    QList<Message> m_messages;
    QHash<QString, int> m_senders;
    QList<QString> m_names;
    QHash<QString, int> m_nameIds;
    qint64 m_rowCount = 0;
    qint64 m_maxRowId = 0;
};

} // namespace Coach
