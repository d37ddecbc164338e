#include "storygraph.h"

using namespace Qt::StringLiterals;

namespace Coach {

QString StoryGraphNode::cssClass() const
{
    QString special;
    if (isDashed())
        special += u" dashed"_s;
    if (isActive())
        special += u" active"_s;
    switch (kind) {
    case GraphNodeKind::Start:
        return u"start active"_s;
    case GraphNodeKind::End:
        return u"end"_s;
    case GraphNodeKind::Tmp:
        return u"invisible"_s;
    case GraphNodeKind::Ellipsis:
        return u"ellipsis"_s;
    case GraphNodeKind::Intent:
    case GraphNodeKind::Waiting:
        return u"intent"_s + special;
    case GraphNodeKind::Action:
        break;
    }
    return special.trimmed();
}

int StoryGraph::indexOf(int id) const
{
    if (m_index.size() != nodes.size()) {
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).id == id)
                return i;
        }
        return -1;
    }
    return m_index.value(id, -1);
}

void StoryGraph::reindex()
{
    m_index.clear();
    m_index.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_index.insert(nodes.at(i).id, i);
}

} // namespace Coach
