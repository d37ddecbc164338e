#include "reviewschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct ReviewSchemaMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ReviewSchema)
};

//! Step n brings version n-1 to version n. Never edit a step once
//! released: add one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        {
            u"CREATE TABLE coach_review.conversations ("
            " store text NOT NULL, sender_id text NOT NULL,"
            " reviewed boolean NOT NULL DEFAULT false, reviewed_by text, reviewed_at timestamptz,"
            " notes text NOT NULL DEFAULT '', claimed_by text, claim_expires timestamptz,"
            " updated_at timestamptz NOT NULL DEFAULT now(),"
            " PRIMARY KEY (store, sender_id))"_s,
            u"CREATE TABLE coach_review.tags ("
            " store text NOT NULL, sender_id text NOT NULL, tag text NOT NULL,"
            " PRIMARY KEY (store, sender_id, tag),"
            " FOREIGN KEY (store, sender_id) REFERENCES coach_review.conversations ON DELETE CASCADE)"_s,
        },
    };
    return all;
}

Status run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return makeError(ReviewSchemaMessages::tr("preparing the review schema failed: %1")
                             .arg(query.lastError().text().trimmed()));
    return {};
}

Status migrateLocked(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    // "already exists, skipping" notices are no news.
    if (Status status = run(query, u"SET LOCAL client_min_messages = warning"_s); !status)
        return status;
    // One migrator at a time, across all apps of the team.
    if (Status status = run(query, u"SELECT pg_advisory_xact_lock(7368372837)"_s); !status)
        return status;
    if (Status status = run(query, u"CREATE SCHEMA IF NOT EXISTS coach_review"_s); !status)
        return status;
    if (Status status = run(
            query,
            u"CREATE TABLE IF NOT EXISTS coach_review.schema_version (version integer NOT NULL)"_s);
        !status) {
        return status;
    }
    Result<int> version = ReviewSchema::version(database);
    if (!version)
        return version.error();
    if (*version > ReviewSchema::CurrentVersion)
        return makeError(ReviewSchemaMessages::tr(
                             "the review schema was made by a newer Rasa Coach (version %1; this "
                             "one knows up to %2)")
                             .arg(*version)
                             .arg(ReviewSchema::CurrentVersion));
    for (int step = *version; step < ReviewSchema::CurrentVersion; ++step) {
        for (const QString &sql : steps().at(step)) {
            if (Status status = run(query, sql); !status)
                return status;
        }
    }
    if (*version != ReviewSchema::CurrentVersion) {
        if (Status status = run(query, u"DELETE FROM coach_review.schema_version"_s); !status)
            return status;
        return run(query,
                   u"INSERT INTO coach_review.schema_version VALUES (%1)"_s.arg(
                       ReviewSchema::CurrentVersion));
    }
    return {};
}

} // namespace

Result<int> ReviewSchema::version(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"SELECT to_regclass('coach_review.schema_version') IS NOT NULL"_s)
        || !query.next())
        return makeError(ReviewSchemaMessages::tr("reading the review schema failed: %1")
                             .arg(query.lastError().text().trimmed()));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM coach_review.schema_version"_s)
        || !query.next())
        return makeError(ReviewSchemaMessages::tr("reading the review schema failed: %1")
                             .arg(query.lastError().text().trimmed()));
    return query.value(0).toInt();
}

Status ReviewSchema::migrate(QSqlDatabase database)
{
    if (!database.transaction())
        return makeError(ReviewSchemaMessages::tr("preparing the review schema failed: %1")
                             .arg(database.lastError().text().trimmed()));
    Status status = migrateLocked(database);
    if (!status) {
        database.rollback();
        return status;
    }
    if (!database.commit())
        return makeError(ReviewSchemaMessages::tr("preparing the review schema failed: %1")
                             .arg(database.lastError().text().trimmed()));
    return {};
}

} // namespace Coach
