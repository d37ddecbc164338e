#include "graphlayout.h"

using namespace Qt::StringLiterals;

namespace Coach::GraphMetrics {

QString visibleLabel(const StoryGraphNode &node)
{
    QString text = node.displayLabel.simplified();
    if (text.size() > MaxLabelLength) {
        const int keep = MaxLabelLength / 2 - 1;
        text = text.left(keep) + u"…"_s + text.right(keep);
    }
    return text;
}

QSizeF nodeSize(const StoryGraphNode &node)
{
    const QString text = visibleLabel(node);
    double width = 16.0;
    for (const QChar c : text)
        width += c.isUpper() || c == u'm' || c == u'w' ? 9.0
            : (c == u' ' || c == u'i' || c == u'l')    ? 4.0
                                                       : 7.0;
    switch (node.kind) {
    case GraphNodeKind::Start:
    case GraphNodeKind::End:
        return {std::max(width, 64.0), 32.0};
    case GraphNodeKind::Ellipsis:
        return {40.0, 24.0};
    default:
        return {std::max(width, 40.0), 28.0};
    }
}

} // namespace Coach::GraphMetrics
