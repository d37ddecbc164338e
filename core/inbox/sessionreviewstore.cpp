#include "sessionreviewstore.h"

#include "sessioninboxstate.h"

#include "session/sessiondocument.h"

#include <QCoreApplication>

namespace Coach {

SessionReviewStore::SessionReviewStore(SessionDocument *document, const QString &store,
                                       const QString &annotator, QObject *parent)
    : ReviewStore(parent), m_document(document), m_store(store), m_annotator(annotator)
{ }

Result<QHash<QString, ConversationReview>> SessionReviewStore::loadAll()
{
    if (!m_document)
        return QHash<QString, ConversationReview>();
    return SessionInboxState::fromJson(m_document->inbox()).reviews.value(m_store);
}

Result<ConversationReview> SessionReviewStore::load(const QString &senderId)
{
    Result<QHash<QString, ConversationReview>> all = loadAll();
    ConversationReview review = all->value(senderId);
    review.senderId = senderId;
    return review;
}

Result<ReviewStore::ClaimResult> SessionReviewStore::claim(const QString &senderId)
{
    Q_UNUSED(senderId)
    return ClaimResult{true, {}};
}

Result<QString> SessionReviewStore::claimNext(const QStringList &candidates)
{
    const QHash<QString, ConversationReview> reviews = loadAll().valueOr({});
    for (const QString &candidate : candidates) {
        if (!reviews.value(candidate).reviewed)
            return candidate;
    }
    return QString();
}

Status SessionReviewStore::release(const QString &senderId)
{
    Q_UNUSED(senderId)
    return {};
}

Status SessionReviewStore::change(const QString &senderId,
                                  const std::function<void(ConversationReview &)> &edit)
{
    if (!m_document)
        return makeError(
            QCoreApplication::translate("Coach::SessionReviewStore", "no session is open"));
    SessionInboxState state = SessionInboxState::fromJson(m_document->inbox());
    ConversationReview &review = state.reviews[m_store][senderId];
    review.senderId = senderId;
    edit(review);
    m_document->setInbox(state.toJson());
    Q_EMIT reviewChanged(senderId);
    return {};
}

Status SessionReviewStore::setReviewed(const QString &senderId, bool reviewed)
{
    return change(senderId, [&](ConversationReview &review) {
        review.reviewed = reviewed;
        review.reviewedBy = reviewed ? m_annotator : QString();
        review.reviewedAt = reviewed ? QDateTime::currentDateTimeUtc() : QDateTime();
    });
}

Status SessionReviewStore::setTags(const QString &senderId, const QStringList &tags)
{
    return change(senderId, [&](ConversationReview &review) {
        QStringList sorted = tags;
        sorted.removeAll(QString());
        sorted.sort();
        sorted.removeDuplicates();
        review.tags = sorted;
    });
}

Status SessionReviewStore::setNotes(const QString &senderId, const QString &notes)
{
    return change(senderId, [&](ConversationReview &review) { review.notes = notes; });
}

} // namespace Coach
