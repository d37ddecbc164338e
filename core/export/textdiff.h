#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! Line diffs for the export preview: the user sees exactly which lines an
//! export adds to (or changes in) each file before anything is written.
class TextDiff
{
public:
    struct Line
    {
        enum class Kind { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Line &other) const = default;
    };

    //! The shortest edit script from `oldText` to `newText` by lines
    //! (Myers' algorithm after common head and tail are taken off; a huge
    //! middle falls back to "remove all, add all", which is still exact).
    static QList<Line> lines(const QString &oldText, const QString &newText);

    //! A unified diff (`---`/`+++` headers, `@@` hunks with `context` lines
    //! around changes, "\ No newline at end of file" where it applies);
    //! empty when the texts are equal. An empty `oldLabel` stands for a new
    //! file (`/dev/null`).
    static QString unified(const QString &oldText, const QString &newText, const QString &oldLabel,
                           const QString &newLabel, int context = 3);
};

} // namespace Coach
