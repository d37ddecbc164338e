#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Coach {

class InboxIndex;

//! One text of the NLU inbox: what real users typed that the project's NLU
//! data does not have yet, grouped by text.
struct NluInboxItem
{
    QString text;
    int count = 0; //!< how many user messages had this text
    QString intent; //!< the prediction of the latest of them
    std::optional<double> confidence;
    qint64 messageId = 0; //!< row of the latest (its parse has the ranking)
    QString senderId; //!< conversation of the latest
    std::optional<double> lastSeen;
};

//! The NLU inbox (Rasa X's "annotate new data"): typed user messages of a
//! tracker store whose text (trimmed) is in no NLU file of the project, nor
//! accepted or dismissed before; `/intent` messages and intents triggered
//! from outside (no confidence) are not typed text. Least confident first,
//! then the most frequent, then by text.
class NluInbox final
{
public:
    NluInbox() = delete;

    static QList<NluInboxItem> build(const InboxIndex &index, const QSet<QString> &knownTexts);
    //! The example texts of every NLU file under the project's data folder
    //! (YAML, Markdown, JSON; other YAML is skipped). The first file that
    //! cannot be read is the error.
    static Result<QSet<QString>> projectTexts(const QString &projectFolder);
};

} // namespace Coach
