#pragma once

#include "result.h"
#include "trackerstoreaddress.h"

#include <QSqlDatabase>
#include <QString>

namespace Coach {

//! One open database connection (QtSql) to a tracker store or to the
//! team's review database. A tracker store is opened read-only: SQLite with
//! QSQLITE_OPEN_READONLY, PostgreSQL with default_transaction_read_only, so
//! the inbox cannot change the bot's tables even by mistake. A connection
//! belongs to the thread that opened it (a QtSql rule).
class TrackerStoreConnection final
{
public:
    enum class Access { ReadOnly, ReadWrite };

    TrackerStoreConnection() = default;
    ~TrackerStoreConnection();
    TrackerStoreConnection(const TrackerStoreConnection &) = delete;
    TrackerStoreConnection &operator=(const TrackerStoreConnection &) = delete;

    //! Opens the connection; `password` is used when the address has none.
    //! A PostgreSQL error says whether a password is what is missing
    //! (isPasswordError) so that the caller can ask for one.
    Status open(const TrackerStoreAddress &address, const QString &password = {},
                Access access = Access::ReadOnly);
    //! Checks that the `events` table is there with Rasa's columns.
    Status checkEventsTable();
    void close();

    bool isOpen() const { return m_database.isOpen(); }
    QSqlDatabase database() const { return m_database; }
    const TrackerStoreAddress &address() const { return m_address; }
    //! The last open() failed because the server wants a (better) password.
    bool isPasswordError() const { return m_passwordError; }

private:
    Status openSqlite(Access access);
    Status openPostgreSql(const QString &password, Access access);

    TrackerStoreAddress m_address;
    QSqlDatabase m_database;
    QString m_name;
    bool m_passwordError = false;
};

} // namespace Coach
