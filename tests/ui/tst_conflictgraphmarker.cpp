// ConflictGraphMarker: finds the node of a conflicting action and rings it
// over the graph canvas.

#include "conflictgraphmarker.h"
#include "graphview/graphcanvas.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

RenderedGraph graph()
{
    RenderedGraph graph;
    graph.svg =
        "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='120' viewBox='0 0 300 120'>"
        "<rect x='20' y='40' width='80' height='30' fill='none' stroke='black'/>"
        "<rect x='180' y='40' width='80' height='30' fill='none' stroke='black'/></svg>";
    graph.size = {300, 120};
    GraphNodeInfo confirmed;
    confirmed.id = 1;
    confirmed.kind = GraphNodeKind::Action;
    confirmed.box = {20, 40, 80, 30};
    confirmed.conversation = 0;
    confirmed.eventIndex = 5;
    GraphNodeInfo pending = confirmed;
    pending.id = 2;
    pending.box = {180, 40, 80, 30};
    pending.conversation = -1;
    pending.eventIndex = -1;
    pending.pending = true;
    graph.nodes = {confirmed, pending};
    graph.shownNodes = graph.totalNodes = 2;
    return graph;
}

//! Whether any pixel along the top of the ring around `box` is the
//! marker's red.
bool ringedAt(GraphCanvas &canvas, const QRectF &box)
{
    const QImage image = canvas.grab().toImage();
    const QPointF left = canvas.toWidget(box.topLeft()), right = canvas.toWidget(box.topRight());
    const qreal ratio = canvas.devicePixelRatioF();
    for (qreal x = left.x(); x < right.x(); x += 1) {
        for (qreal dy = -7; dy <= -3; dy += 1) {
            const QColor color = image.pixelColor(QPointF(x, left.y() + dy).toPoint() * ratio);
            if (color.red() > 170 && color.green() < 80 && color.blue() < 80)
                return true;
        }
    }
    return false;
}

} // namespace

class TestConflictGraphMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheNode();
    void ringsIt();
};

void TestConflictGraphMarker::findsTheNode()
{
    GraphCanvas canvas;
    canvas.setGraph(graph());
    ConflictGraphMarker marker(&canvas);
    QCOMPARE(marker.markedNode(), -1);
    marker.markEvent(0, 5);
    QCOMPARE(marker.markedNode(), 0);
    marker.markEvent(1, 5);
    QCOMPARE(marker.markedNode(), -1);
    marker.markPending();
    QCOMPARE(marker.markedNode(), 1);
    marker.clear();
    QCOMPARE(marker.markedNode(), -1);
}

void TestConflictGraphMarker::ringsIt()
{
    GraphCanvas canvas;
    canvas.resize(400, 200);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setGraph(graph());
    canvas.fitToView();
    auto *marker = new ConflictGraphMarker(&canvas);
    QCOMPARE(marker->geometry(), canvas.rect());
    QVERIFY(!ringedAt(canvas, graph().nodes.at(0).box));
    marker->markEvent(0, 5);
    QVERIFY(ringedAt(canvas, graph().nodes.at(0).box));
    QVERIFY(!ringedAt(canvas, graph().nodes.at(1).box));
    canvas.resize(500, 250);
    QTRY_COMPARE(marker->geometry(), canvas.rect());
}

QTEST_MAIN(TestConflictGraphMarker)
#include "tst_conflictgraphmarker.moc"
