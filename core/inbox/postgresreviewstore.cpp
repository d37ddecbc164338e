#include "postgresreviewstore.h"

#include "reviewschema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! A PostgreSQL text[] literal: every element quoted, \ and " escaped.
QString textArray(const QStringList &items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (QString item : items)
        quoted.append(u'"' + item.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u'{' + quoted.join(u',') + u'}';
}

const QString claimUntil = u"now() + interval '%1 minutes'"_s.arg(ReviewStore::ClaimMinutes);

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

} // namespace

PostgresReviewStore::PostgresReviewStore(const QString &store, const QString &annotator,
                                         QObject *parent)
    : ReviewStore(parent), m_store(store), m_annotator(annotator)
{ }

PostgresReviewStore::~PostgresReviewStore() = default;

Error PostgresReviewStore::failure(const QString &what, const QString &message) const
{
    return makeError(tr("%1 failed: %2").arg(what, message.trimmed()),
                     m_connection.address().displayName());
}

Status PostgresReviewStore::open(const TrackerStoreAddress &database, const QString &password)
{
    if (!database.isPostgreSql())
        return makeError(tr("shared review state needs PostgreSQL"), database.displayName());
    if (Status status =
            m_connection.open(database, password, TrackerStoreConnection::Access::ReadWrite);
        !status)
        return status;
    if (Status status = ReviewSchema::migrate(m_connection.database()); !status)
        return makeError(status.error().message, database.displayName());
    QSqlDriver *driver = m_connection.database().driver();
    if (!driver->subscribeToNotification(channel()))
        return failure(tr("listening for changes"), driver->lastError().text());
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { onNotification(name, int(source), payload); });
    return {};
}

void PostgresReviewStore::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != channel() || source == int(QSqlDriver::SelfSource))
        return;
    const QString text = payload.toString();
    const qsizetype tab = text.indexOf(u'\t');
    if (tab > 0 && QStringView(text).left(tab) == m_store)
        Q_EMIT reviewChanged(text.mid(tab + 1));
}

Result<QHash<QString, ConversationReview>> PostgresReviewStore::select(const QString &onlySender)
{
    QSqlQuery query(m_connection.database());
    const QString one = onlySender.isEmpty() ? QString() : u" AND sender_id = ?"_s;
    query.prepare(
        u"SELECT sender_id, reviewed, reviewed_by, reviewed_at, notes, claimed_by, claim_expires "
        "FROM coach_review.conversations WHERE store = ?"_s
        + one);
    query.addBindValue(m_store);
    if (!onlySender.isEmpty())
        query.addBindValue(onlySender);
    if (!query.exec())
        return failure(tr("reading the review state"), query.lastError().text());
    QHash<QString, ConversationReview> reviews;
    while (query.next()) {
        ConversationReview review;
        review.senderId = query.value(0).toString();
        review.reviewed = query.value(1).toBool();
        review.reviewedBy = query.value(2).toString();
        review.reviewedAt = utc(query.value(3));
        review.notes = query.value(4).toString();
        review.claimedBy = query.value(5).toString();
        review.claimExpires = utc(query.value(6));
        reviews.insert(review.senderId, review);
    }
    query.prepare(u"SELECT sender_id, tag FROM coach_review.tags WHERE store = ?"_s + one
                  + u" ORDER BY tag"_s);
    query.addBindValue(m_store);
    if (!onlySender.isEmpty())
        query.addBindValue(onlySender);
    if (!query.exec())
        return failure(tr("reading the review state"), query.lastError().text());
    while (query.next())
        reviews[query.value(0).toString()].tags.append(query.value(1).toString());
    return reviews;
}

Result<QHash<QString, ConversationReview>> PostgresReviewStore::loadAll()
{
    return select({});
}

Result<ConversationReview> PostgresReviewStore::load(const QString &senderId)
{
    Result<QHash<QString, ConversationReview>> reviews = select(senderId);
    if (!reviews)
        return reviews.error();
    ConversationReview review = reviews->value(senderId);
    review.senderId = senderId;
    return review;
}

Status PostgresReviewStore::ensureRows(const QStringList &senderIds)
{
    // Sorted, so that two apps inserting overlapping sets lock in one order.
    QSqlQuery query(m_connection.database());
    query.prepare(
        u"INSERT INTO coach_review.conversations (store, sender_id) "
        "SELECT ?, id FROM unnest(?::text[]) AS k(id) ORDER BY id ON CONFLICT DO NOTHING"_s);
    query.addBindValue(m_store);
    query.addBindValue(textArray(senderIds));
    if (!query.exec())
        return failure(tr("saving the review state"), query.lastError().text());
    return {};
}

Status PostgresReviewStore::notify(const QString &senderId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(channel());
    query.addBindValue(QString(m_store + u'\t' + senderId));
    if (!query.exec())
        return failure(tr("announcing a change"), query.lastError().text());
    return {};
}

Status PostgresReviewStore::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase database = m_connection.database();
    if (!database.transaction())
        return failure(tr("starting a transaction"), database.lastError().text());
    Status status = work();
    if (!status) {
        database.rollback();
        return status;
    }
    if (!database.commit())
        return failure(tr("saving the review state"), database.lastError().text());
    return {};
}

Result<ReviewStore::ClaimResult> PostgresReviewStore::claim(const QString &senderId)
{
    if (Status status = ensureRows({senderId}); !status)
        return status.error();
    ClaimResult result;
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery query(m_connection.database());
        // The row lock: a second claimer waits here until the first commits.
        query.prepare(u"SELECT claimed_by, claim_expires > now() FROM coach_review.conversations "
                      "WHERE store = ? AND sender_id = ? FOR UPDATE"_s);
        query.addBindValue(m_store);
        query.addBindValue(senderId);
        if (!query.exec() || !query.next())
            return failure(tr("claiming a conversation"), query.lastError().text());
        const QString holder = query.value(0).toString();
        if (!holder.isEmpty() && holder != m_annotator && query.value(1).toBool()) {
            result.holder = holder;
            return {};
        }
        result.claimed = true;
        if (Status updated =
                update(senderId, u"claimed_by = ?, claim_expires = "_s + claimUntil, {m_annotator});
            !updated)
            return updated;
        return notify(senderId);
    });
    if (!status)
        return status.error();
    if (result.claimed)
        Q_EMIT reviewChanged(senderId);
    return result;
}

Result<QString> PostgresReviewStore::claimNext(const QStringList &candidates)
{
    if (candidates.isEmpty())
        return QString();
    if (Status status = ensureRows(candidates); !status)
        return status.error();
    QString claimed;
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery query(m_connection.database());
        query.prepare(u"SELECT c.sender_id FROM coach_review.conversations c "
                      "JOIN unnest(?::text[]) WITH ORDINALITY AS k(id, n) ON c.sender_id = k.id "
                      "WHERE c.store = ? AND NOT c.reviewed "
                      "AND (c.claimed_by IS NULL OR c.claimed_by = ? OR c.claim_expires <= now()) "
                      "ORDER BY k.n LIMIT 1 FOR UPDATE OF c SKIP LOCKED"_s);
        query.addBindValue(textArray(candidates));
        query.addBindValue(m_store);
        query.addBindValue(m_annotator);
        if (!query.exec())
            return failure(tr("claiming a conversation"), query.lastError().text());
        if (!query.next())
            return {};
        claimed = query.value(0).toString();
        if (Status updated =
                update(claimed, u"claimed_by = ?, claim_expires = "_s + claimUntil, {m_annotator});
            !updated)
            return updated;
        return notify(claimed);
    });
    if (!status)
        return status.error();
    if (!claimed.isEmpty())
        Q_EMIT reviewChanged(claimed);
    return claimed;
}

Status PostgresReviewStore::update(const QString &senderId, const QString &assignments,
                                   const QVariantList &values)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE coach_review.conversations SET "_s + assignments
                  + u", updated_at = now() WHERE store = ? AND sender_id = ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(m_store);
    query.addBindValue(senderId);
    if (!query.exec())
        return failure(tr("saving the review state"), query.lastError().text());
    return {};
}

Status PostgresReviewStore::release(const QString &senderId)
{
    Status status = inTransaction([&]() -> Status {
        QSqlQuery query(m_connection.database());
        query.prepare(
            u"UPDATE coach_review.conversations SET claimed_by = NULL, claim_expires = NULL, "
            "updated_at = now() WHERE store = ? AND sender_id = ? AND claimed_by = ?"_s);
        query.addBindValue(m_store);
        query.addBindValue(senderId);
        query.addBindValue(m_annotator);
        if (!query.exec())
            return failure(tr("releasing a conversation"), query.lastError().text());
        return notify(senderId);
    });
    if (status)
        Q_EMIT reviewChanged(senderId);
    return status;
}

Status PostgresReviewStore::change(const QString &senderId, const std::function<Status()> &work)
{
    if (Status status = ensureRows({senderId}); !status)
        return status;
    Status status = inTransaction([&]() -> Status {
        if (Status done = work(); !done)
            return done;
        return notify(senderId);
    });
    if (status)
        Q_EMIT reviewChanged(senderId);
    return status;
}

Status PostgresReviewStore::setReviewed(const QString &senderId, bool reviewed)
{
    return change(senderId, [&] {
        const QVariant by =
            reviewed ? QVariant(m_annotator) : QVariant(QMetaType(QMetaType::QString));
        const QString at = reviewed ? u"now()"_s : u"NULL"_s;
        return update(senderId, u"reviewed = ?, reviewed_by = ?, reviewed_at = "_s + at,
                      {reviewed, by});
    });
}

Status PostgresReviewStore::setTags(const QString &senderId, const QStringList &tags)
{
    return change(senderId, [&]() -> Status {
        QSqlQuery query(m_connection.database());
        query.prepare(u"DELETE FROM coach_review.tags WHERE store = ? AND sender_id = ?"_s);
        query.addBindValue(m_store);
        query.addBindValue(senderId);
        if (!query.exec())
            return failure(tr("saving tags"), query.lastError().text());
        query.prepare(u"INSERT INTO coach_review.tags (store, sender_id, tag) "
                      "SELECT DISTINCT ?, ?, t FROM unnest(?::text[]) AS k(t) WHERE t <> ''"_s);
        query.addBindValue(m_store);
        query.addBindValue(senderId);
        query.addBindValue(textArray(tags));
        if (!query.exec())
            return failure(tr("saving tags"), query.lastError().text());
        return update(senderId, u"notes = notes"_s, {}); // touches updated_at
    });
}

Status PostgresReviewStore::setNotes(const QString &senderId, const QString &notes)
{
    return change(senderId, [&] { return update(senderId, u"notes = ?"_s, {notes}); });
}

} // namespace Coach
