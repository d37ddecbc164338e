#pragma once

#include "reviewstore.h"
#include "trackerstoreaddress.h"
#include "trackerstoreconnection.h"

#include <QVariantList>

#include <functional>

namespace Coach {

//! Review state shared by a team in PostgreSQL: the schema `coach_review`
//! (created and migrated by the app; ReviewSchema) in a database the team
//! names, possibly the tracker store's own. A claim takes a row lock, so
//! two annotators never claim the same conversation; claimNext() skips rows
//! another annotator has locked (SKIP LOCKED). Every change is announced
//! with NOTIFY, and each store LISTENs, so another annotator's change
//! arrives as reviewChanged() within moments (the connection's thread needs
//! an event loop). Lives in the thread that opened it.
class PostgresReviewStore final : public ReviewStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresReviewStore)

public:
    //! `store` is the tracker store's identity (TrackerStoreAddress::identity()).
    PostgresReviewStore(const QString &store, const QString &annotator, QObject *parent = nullptr);
    ~PostgresReviewStore() override;

    //! Connects, creates or migrates the schema, and listens for changes.
    Status open(const TrackerStoreAddress &database, const QString &password = {});

    QString annotator() const override { return m_annotator; }
    Result<QHash<QString, ConversationReview>> loadAll() override;
    Result<ConversationReview> load(const QString &senderId) override;
    Result<ClaimResult> claim(const QString &senderId) override;
    Result<QString> claimNext(const QStringList &candidates) override;
    Status release(const QString &senderId) override;
    Status setReviewed(const QString &senderId, bool reviewed) override;
    Status setTags(const QString &senderId, const QStringList &tags) override;
    Status setNotes(const QString &senderId, const QString &notes) override;

    //! The channel NOTIFY uses.
    static QString channel() { return QStringLiteral("coach_review"); }

private:
    Result<QHash<QString, ConversationReview>> select(const QString &onlySender);
    Status ensureRows(const QStringList &senderIds);
    //! `work` in a transaction on an existing row, announced, reported.
    Status change(const QString &senderId, const std::function<Status()> &work);
    Status update(const QString &senderId, const QString &assignments, const QVariantList &values);
    Status notify(const QString &senderId);
    Status inTransaction(const std::function<Status()> &work);
    void onNotification(const QString &name, int source, const QVariant &payload);
    Error failure(const QString &what, const QString &message) const;

    QString m_store;
    QString m_annotator;
    TrackerStoreConnection m_connection;
};

} // namespace Coach
