#pragma once

#include "inbox/trackerstoreaddress.h"
#include "result.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

namespace Coach::TestSupport {

//! A fresh, empty database for one test: a SQLite file in a temporary
//! folder, or a new database on the PostgreSQL server the test command
//! started (COACH_TEST_POSTGRES_URL, scripts/postgres.sh), dropped again
//! at the end. Tests labelled `postgres` fail without that server.
class TestDatabase
{
public:
    enum class Dialect { Sqlite, PostgreSql };

    explicit TestDatabase(Dialect dialect) : m_dialect(dialect) { }
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Status create();
    //! Where the database is, for the code under test (PostgreSQL: as the
    //! server's superuser; use createRole() for a restricted one).
    const TrackerStoreAddress &address() const { return m_address; }
    //! The same as a URL for `rasa-coach inbox --tracker-store`.
    QString url() const { return m_address.displayName(); }
    //! A read-write connection of the test's own (to fill the store).
    QSqlDatabase writer() const { return m_writer; }
    //! A login role with a password that may only SELECT on `events`.
    Status createReadOnlyRole(const QString &name, const QString &password);
    //! The admin URL from COACH_TEST_POSTGRES_URL, or the reason it is not usable.
    static Result<TrackerStoreAddress> serverAddress();

private:
    Status createPostgreSql();
    static QSqlDatabase connect(const TrackerStoreAddress &address, const QString &name);

    Dialect m_dialect;
    QTemporaryDir m_dir;
    TrackerStoreAddress m_address;
    QSqlDatabase m_writer;
    QString m_connectionName;
};

//! The dialect a test program is built for: PostgreSQL in the copies of
//! tests/core programs that tests/postgres builds with COACH_TEST_POSTGRES,
//! else SQLite. (static: each test's own value, whatever the library's.)
#ifdef COACH_TEST_POSTGRES
static constexpr TestDatabase::Dialect BuildDialect = TestDatabase::Dialect::PostgreSql;
#else
static constexpr TestDatabase::Dialect BuildDialect = TestDatabase::Dialect::Sqlite;
#endif

} // namespace Coach::TestSupport
