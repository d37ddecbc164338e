#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Coach {

class InboxIndex;

//! The inbox command's output formats. Numbers are written as Python
//! writes them (`1.0`, `0.123`, `1e-05`), so a float stays a float for
//! scripts; text is UTF-8.
class InboxOutput final
{
public:
    InboxOutput() = delete;

    //! `{"total": N, "conversations": [{"sender_id", "user_turns",
    //! "first_event", "last_event", "min_intent_confidence",
    //! "latest_intent"}, …]}`, one conversation per line.
    static QString json(const InboxIndex &index, const QList<int> &matches, qsizetype limit);
    //! The same columns as CSV (RFC 4180) with a header line; null is empty.
    static QString csv(const InboxIndex &index, const QList<int> &matches, qsizetype limit);
    //! Python's repr() of a float.
    static QString pythonFloat(double value);
    static QString jsonString(const QString &text);
};

} // namespace Coach
