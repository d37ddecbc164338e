#include "graphstrings.h"

namespace Coach {

int GraphStrings::intern(const QString &text)
{
    if (text.isNull())
        return Null;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const int id = int(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    return id;
}

int GraphStrings::find(const QString &text) const
{
    return text.isNull() ? Null : m_ids.value(text, Null);
}

QString GraphStrings::at(int id) const
{
    return id >= 0 && id < m_strings.size() ? m_strings.at(id) : QString();
}

} // namespace Coach
