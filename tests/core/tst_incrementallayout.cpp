#include "core/helpers/graphfixtures.h"

#include "graph/incrementallayout.h"
#include "graph/layeredlayout.h"

#include <QTest>

using namespace Coach;
using Coach::Testing::graphOf;
using namespace Qt::StringLiterals;

namespace {

double distanceToBox(const QPointF &point, const QRectF &box)
{
    const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
    const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

// Nodes drawn before stay put when the graph grows; new nodes go next to
// their neighbours without overlapping anything; edges still meet their nodes.
class TestIncrementalLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grownGraphKeepsOldNodes()
    {
        const StoryGraph before =
            graphOf({u"greet /hi utter_hi /sad utter_cheer"_s, u"greet /bye utter_bye"_s});
        const StoryGraph after = graphOf({u"greet /hi utter_hi /sad utter_cheer /ok utter_great"_s,
                                          u"greet /bye utter_bye /thanks utter_welcome"_s});
        const GraphLayout first = *LayeredLayout::run(before);
        const IncrementalLayout::Memory memory = IncrementalLayout::remember(before, first);
        QCOMPARE(IncrementalLayout::knownNodes(after, memory), int(before.nodes.size()));
        const GraphLayout fresh = *LayeredLayout::run(after);
        const GraphLayout placed = IncrementalLayout::place(after, fresh, memory);

        QCOMPARE(placed.nodes.size(), after.nodes.size());
        int kept = 0;
        const QStringList keys = IncrementalLayout::nodeKeys(after);
        for (qsizetype i = 0; i < after.nodes.size(); ++i) {
            const QString &key = keys.at(i);
            if (!memory.nodes.contains(key))
                continue;
            QCOMPARE(placed.nodes.at(i).center(), memory.nodes.value(key).center());
            ++kept;
        }
        QCOMPARE(kept, int(before.nodes.size()));
        for (qsizetype i = 0; i < placed.nodes.size(); ++i) {
            QVERIFY(placed.nodes.at(i).left() >= 0 && placed.nodes.at(i).top() >= 0);
            QVERIFY(placed.nodes.at(i).right() <= placed.size.width());
            QVERIFY(placed.nodes.at(i).bottom() <= placed.size.height());
            for (qsizetype j = i + 1; j < placed.nodes.size(); ++j)
                QVERIFY2(!placed.nodes.at(i).intersects(placed.nodes.at(j)),
                         qPrintable(u"%1 and %2 overlap"_s.arg(i).arg(j)));
        }
        for (qsizetype e = 0; e < after.edges.size(); ++e) {
            const GraphLayout::EdgePath &path = placed.edges.at(e);
            QVERIFY(path.points.size() >= 2);
            const QRectF from = placed.nodes.at(after.indexOf(after.edges.at(e).from));
            const QRectF to = placed.nodes.at(after.indexOf(after.edges.at(e).to));
            QVERIFY(distanceToBox(path.points.first(), from) < 1.0);
            QVERIFY(distanceToBox(path.arrowTo, to) < 1.0);
        }
    }

    void nodesThatLeaveComeBackToTheirPlace()
    {
        const StoryGraph full = graphOf({u"greet /hi utter_hi"_s, u"greet /bye utter_bye"_s});
        const StoryGraph part = graphOf({u"greet /hi utter_hi /ok utter_ok /x utter_x"_s});
        const GraphLayout first = *LayeredLayout::run(full);
        IncrementalLayout::Memory memory = IncrementalLayout::remember(full, first);
        const GraphLayout second =
            IncrementalLayout::place(part, *LayeredLayout::run(part), memory);
        memory = IncrementalLayout::remember(part, second, memory);
        // The nodes of the second story were not drawn; nothing took their place.
        const QStringList fullKeys = IncrementalLayout::nodeKeys(full);
        const QStringList partKeys = IncrementalLayout::nodeKeys(part);
        for (qsizetype i = 0; i < fullKeys.size(); ++i) {
            if (partKeys.contains(fullKeys.at(i)))
                continue;
            for (const QRectF &box : second.nodes)
                QVERIFY(!box.intersects(first.nodes.at(i)));
        }
        const GraphLayout third = IncrementalLayout::place(full, *LayeredLayout::run(full), memory);
        QCOMPARE(third.nodes, first.nodes);
    }

    void unchangedGraphIsDrawnTheSame()
    {
        const StoryGraph graph = graphOf({u"greet /hi utter_hi"_s, u"greet /bye utter_bye"_s});
        const GraphLayout layout = *LayeredLayout::run(graph);
        const GraphLayout again = IncrementalLayout::place(
            graph, *LayeredLayout::run(graph), IncrementalLayout::remember(graph, layout));
        QCOMPARE(again.nodes, layout.nodes);
        for (qsizetype e = 0; e < layout.edges.size(); ++e)
            QCOMPARE(again.edges.at(e).points, layout.edges.at(e).points);
    }
};

QTEST_GUILESS_MAIN(TestIncrementalLayout)
#include "tst_incrementallayout.moc"
