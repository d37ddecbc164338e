#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Coach {

//! Interned strings of the story graph (labels, intent names, texts).
//! The graph algorithms compare labels millions of times on large projects;
//! comparing small integers instead of strings keeps merging linear-ish.
//! Id -1 stands for Rasa's `None` (a missing label), which is distinct from
//! the empty string.
class GraphStrings
{
public:
    static constexpr int Null = -1;

    //! The id of `text`; a null QString maps to Null.
    int intern(const QString &text);
    //! The id of `text` if it was interned before, else Null.
    int find(const QString &text) const;
    //! The string of an id; a null QString for Null.
    QString at(int id) const;
    int size() const { return int(m_strings.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_strings;
};

} // namespace Coach
