#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Coach {

//! The team's review state of one conversation of a tracker store
//! (coach_review on PostgreSQL, or the session file for one annotator).
struct ConversationReview
{
    QString senderId;
    bool reviewed = false;
    QString reviewedBy;
    QDateTime reviewedAt; //!< UTC
    QStringList tags; //!< sorted, unique
    QString notes;
    QString claimedBy; //!< empty: nobody works on it
    QDateTime claimExpires; //!< UTC; a claim past it is free again

    bool isClaimedBy(const QString &annotator, const QDateTime &now) const
    {
        return claimedBy == annotator && claimExpires > now;
    }
    bool isClaimedByOther(const QString &annotator, const QDateTime &now) const
    {
        return !claimedBy.isEmpty() && claimedBy != annotator && claimExpires > now;
    }
    bool isEmpty() const
    {
        return !reviewed && tags.isEmpty() && notes.isEmpty() && claimedBy.isEmpty();
    }
    bool operator==(const ConversationReview &other) const = default;
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::ConversationReview)
