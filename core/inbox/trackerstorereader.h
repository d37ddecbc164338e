#pragma once

#include "inboxindex.h"
#include "result.h"

#include "model/event.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Coach {

class TrackerStoreConnection;

//! The queries the inbox runs on a tracker store's `events` table: only
//! SELECTs, the same SQL on PostgreSQL and SQLite. Rows are read in id
//! order, the order Rasa appended them (Rasa 3.x reads trackers back in
//! that order too).
class TrackerStoreReader final
{
public:
    explicit TrackerStoreReader(TrackerStoreConnection &connection) : m_connection(connection) { }

    struct Snapshot
    {
        qint64 rowCount = 0;
        qint64 maxId = 0;
    };
    //! Row count and highest id, read in one statement (one snapshot).
    Result<Snapshot> snapshot();

    //! Calls `sink` with the rows afterId < id <= upToId in id order, a batch
    //! at a time (`data` only for user rows); `sink` returns false to stop.
    Status readRows(qint64 afterId, qint64 upToId,
                    const std::function<bool(QList<EventRow> &&batch)> &sink,
                    int batchSize = 20000);

    struct ConversationEvents
    {
        EventList events; //!< in id order
        QList<qint64> ids; //!< the row id of each event
        QStringList problems; //!< rows whose data is not an event (skipped), named by id
    };
    //! The events of one conversation in id order; with beforeId only rows
    //! before that id, with limit only the last `limit` of them.
    Result<ConversationEvents> readConversation(const QString &senderId, qint64 beforeId = 0,
                                                int limit = -1);
    //! The event JSON of one row.
    Result<QJsonObject> readEvent(qint64 id);

private:
    Error queryError(const QString &what, const QString &message) const;

    TrackerStoreConnection &m_connection;
};

} // namespace Coach
