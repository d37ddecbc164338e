#pragma once

#include "result.h"
#include "trackerstoregenerator.h"

#include <QSqlDatabase>

namespace Coach::TestSupport {

//! Writes a tracker store as Rasa's SQLTrackerStore does: the `events` table
//! as SQLAlchemy creates it for the dialect (the DDL real Rasa created,
//! tests/data/trackerstore/README.md) and one INSERT per event, ids assigned
//! by the database in insertion order.
class TrackerStoreWriter
{
public:
    explicit TrackerStoreWriter(QSqlDatabase database) : m_database(std::move(database)) { }

    Status createTable();
    Status insert(const QList<TrackerStoreRow> &rows);
    //! createTable() and every generated row, in batches.
    Status write(TrackerStoreGenerator &generator);

private:
    bool isPostgreSql() const;
    Status insertPostgreSql(const QList<TrackerStoreRow> &rows);
    Status insertSqlite(const QList<TrackerStoreRow> &rows);

    QSqlDatabase m_database;
};

} // namespace Coach::TestSupport
