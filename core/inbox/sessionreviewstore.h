#pragma once

#include "reviewstore.h"

#include <QPointer>

namespace Coach {

class SessionDocument;

//! Review state for one annotator without PostgreSQL: kept in the session
//! file (SessionInboxState), saved and journaled with it. Claims always
//! succeed and are not stored: nobody else can hold one.
class SessionReviewStore final : public ReviewStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionReviewStore)

public:
    SessionReviewStore(SessionDocument *document, const QString &store, const QString &annotator,
                       QObject *parent = nullptr);

    QString annotator() const override { return m_annotator; }
    Result<QHash<QString, ConversationReview>> loadAll() override;
    Result<ConversationReview> load(const QString &senderId) override;
    Result<ClaimResult> claim(const QString &senderId) override;
    Result<QString> claimNext(const QStringList &candidates) override;
    Status release(const QString &senderId) override;
    Status setReviewed(const QString &senderId, bool reviewed) override;
    Status setTags(const QString &senderId, const QStringList &tags) override;
    Status setNotes(const QString &senderId, const QString &notes) override;

private:
    Status change(const QString &senderId, const std::function<void(ConversationReview &)> &edit);

    QPointer<SessionDocument> m_document;
    QString m_store;
    QString m_annotator;
};

} // namespace Coach
