#include "conflictgraphmarker.h"

#include "graphview/graphcanvas.h"

#include <QEvent>
#include <QPainter>

namespace Coach {

ConflictGraphMarker::ConflictGraphMarker(GraphCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("ConflictGraphMarker"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    raise();
    show(); // a child made after its parent was shown starts hidden
    connect(canvas, &GraphCanvas::zoomChanged, this, [this] { update(); });
}

void ConflictGraphMarker::markEvent(int conversation, int eventIndex)
{
    m_conversation = conversation;
    m_eventIndex = eventIndex;
    m_pending = false;
    update();
}

void ConflictGraphMarker::markPending()
{
    m_conversation = -1;
    m_eventIndex = -1;
    m_pending = true;
    update();
}

void ConflictGraphMarker::clear()
{
    m_conversation = -1;
    m_eventIndex = -1;
    m_pending = false;
    update();
}

int ConflictGraphMarker::markedNode() const
{
    if (!m_canvas || (!m_pending && m_eventIndex < 0))
        return -1;
    const QList<GraphNodeInfo> &nodes = m_canvas->graph().nodes;
    for (int i = 0; i < nodes.size(); ++i) {
        const GraphNodeInfo &node = nodes.at(i);
        if (node.kind != GraphNodeKind::Action)
            continue;
        if (m_pending ? node.pending
                      : node.conversation == m_conversation && node.eventIndex == m_eventIndex)
            return i;
    }
    return -1;
}

bool ConflictGraphMarker::eventFilter(QObject *watched, QEvent *event)
{
    // Repaints of the canvas (pans, new graphs) repaint this child too;
    // only its size needs following.
    // The canvas is our parent: compare with it as a QObject, since events
    // also arrive while it is being destroyed, when it is no GraphCanvas.
    if (event->type() == QEvent::Resize && watched == parent())
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, event);
}

void ConflictGraphMarker::paintEvent(QPaintEvent * /*event*/)
{
    const int node = markedNode();
    if (node < 0)
        return;
    const QRectF box = m_canvas->graph().nodes.at(node).box;
    const QRectF ring =
        QRectF(m_canvas->toWidget(box.topLeft()), m_canvas->toWidget(box.bottomRight()))
            .adjusted(-5, -5, 5, 5);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd0, 0x1c, 0x1c), 3, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(ring, 6, 6);
}

} // namespace Coach
