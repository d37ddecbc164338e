#pragma once

#include "result.h"
#include "reviewstate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coach {

class InboxIndex;

//! The inbox's filters, AND-combined; an empty filter matches everything.
//! Exactly (docs/inbox.md): `intents` any of the intent names of the
//! conversation's user rows; `actions` any of the names of its `action`
//! rows; `below` its lowest user confidence is < below (conversations
//! without any confidence never match); `since`/`until` its last event's
//! timestamp is >= since / <= until (UTC seconds); `minTurns` at least that
//! many user rows; `text` a case-insensitive (simple Unicode case folding)
//! substring of the text of one of its user rows, every character literal;
//! `review` and `tags` the team's review state.
struct InboxFilter
{
    enum class Review { Any, NotReviewed, Reviewed };

    QStringList intents;
    QStringList actions;
    std::optional<double> below;
    std::optional<double> since;
    std::optional<double> until;
    int minTurns = 0;
    QString text;
    Review review = Review::Any;
    QStringList tags; //!< any of them

    bool isEmpty() const;
    //! For the per-project settings.
    QJsonObject toJson() const;
    static InboxFilter fromJson(const QJsonObject &json);
    bool operator==(const InboxFilter &other) const = default;
};

//! Runs a filter over an index: the matching conversations' indexes,
//! sorted by last event (newest first; none last), ties by sender id in
//! Unicode code-point order.
class InboxQuery final
{
public:
    InboxQuery() = delete;

    static QList<int> run(const InboxIndex &index, const InboxFilter &filter,
                          const QHash<QString, ConversationReview> &reviews = {});
    //! <0, 0, >0 as a < b in code-point order (UTF-16's order differs for
    //! characters beyond U+FFFF).
    static int compareCodePoints(QStringView a, QStringView b);
    //! ISO 8601 date or date-time (`2024-05-01`, `2024-05-01T12:30:00Z`,
    //! `…+02:00`) as UTC seconds; without an offset the time is UTC, a date
    //! alone is its midnight (UTC).
    static Result<double> parseTimestamp(const QString &text);
};

} // namespace Coach
