#pragma once

#include "result.h"
#include "reviewstate.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Coach {

//! The team's review state of the conversations of one tracker store:
//! reviewed/by/at, tags, notes, and who works on a conversation now (a
//! claim that expires). Backends: PostgresReviewStore (shared by a team)
//! and SessionReviewStore (one annotator, in the session file).
class ReviewStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStore)

public:
    //! How long a claim lasts unless renewed (claiming again renews it).
    static constexpr int ClaimMinutes = 30;

    struct ClaimResult
    {
        bool claimed = false;
        QString holder; //!< who holds it when not claimed
    };

    explicit ReviewStore(QObject *parent = nullptr) : QObject(parent) { }

    virtual QString annotator() const = 0;
    virtual Result<QHash<QString, ConversationReview>> loadAll() = 0;
    //! One conversation's state (an empty review when it has none).
    virtual Result<ConversationReview> load(const QString &senderId) = 0;
    //! Claims one conversation for this annotator unless someone else holds it.
    virtual Result<ClaimResult> claim(const QString &senderId) = 0;
    //! Claims the first of `candidates` (in their order) that is not
    //! reviewed and not held by someone else; empty when there is none.
    virtual Result<QString> claimNext(const QStringList &candidates) = 0;
    virtual Status release(const QString &senderId) = 0;
    virtual Status setReviewed(const QString &senderId, bool reviewed) = 0;
    virtual Status setTags(const QString &senderId, const QStringList &tags) = 0;
    virtual Status setNotes(const QString &senderId, const QString &notes) = 0;

Q_SIGNALS:
    //! The state of a conversation changed, here or by another annotator.
    void reviewChanged(const QString &senderId);
};

} // namespace Coach
