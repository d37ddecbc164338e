#pragma once

#include "result.h"

#include <QMap>
#include <QString>

namespace Coach {

class EnvInterpolation;

//! Where a bot's SQL tracker store is (Rasa's `tracker_store: type: SQL`):
//! a PostgreSQL database or a SQLite file. Read from a URL the user gives
//! or from the bot's own endpoints.yml, as Rasa reads it.
struct TrackerStoreAddress
{
    enum class Dialect { PostgreSql, Sqlite };

    Dialect dialect = Dialect::Sqlite;
    QString host; //!< PostgreSQL only
    int port = 5432;
    QString database; //!< PostgreSQL database name, or the absolute SQLite file path
    QString user;
    //! Only when the source itself held one (endpoints.yml, a URL with a
    //! password); else the caller asks (RASA_COACH_DB_PASSWORD, keyring, prompt).
    QString password;
    QMap<QString, QString> options; //!< libpq connection options (`query:` in endpoints.yml)
    QString schema; //!< PostgreSQL schema of the `events` table (Rasa's POSTGRESQL_SCHEMA)

    //! `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?option=value…]` or
    //! `sqlite:///ABSOLUTE/PATH` (three or four slashes: the path is absolute).
    static Result<TrackerStoreAddress> fromUrl(const QString &text);
    //! The `tracker_store` section of an endpoints.yml, with Rasa's `${VAR}`
    //! expansion and defaults (dialect sqlite, db rasa.db; a relative SQLite
    //! path is taken from the file's folder, where `rasa run` usually runs).
    static Result<TrackerStoreAddress> fromEndpoints(const QString &path,
                                                     const EnvInterpolation &environment);

    bool isPostgreSql() const { return dialect == Dialect::PostgreSql; }
    //! The URL without the password, for messages and the window title.
    QString displayName() const;
    //! What identifies the store's data regardless of who reads it (no user,
    //! no password): keys the app's cache and the team's review state.
    QString identity() const;
};

} // namespace Coach
