#include "graph/graphbuilder.h"
#include "graph/graphsvgwriter.h"
#include "graph/layeredlayout.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

struct Element
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
};

// Every element of an SVG document, with the text of <text> elements.
QList<Element> parse(const QByteArray &svg)
{
    QList<Element> elements;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            Element element{xml.name().toString(), xml.attributes(), {}};
            if (element.name == u"text"_s || element.name == u"title"_s)
                element.text = xml.readElementText();
            elements.append(element);
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(xml.errorString()), __FILE__, __LINE__);
    return elements;
}

const Element *group(const QList<Element> &elements, const QString &id)
{
    for (const Element &element : elements) {
        if (element.attributes.value(u"id"_s) == id)
            return &element;
    }
    return nullptr;
}

// A story that agrees with the current conversation, one that leaves it
// (cut with "..."), and the current conversation waiting for the user.
StoryGraph sampleGraph(const QString &longText)
{
    GraphStrings strings;
    const int listen = strings.intern(u"action_listen"_s);
    const auto user = [&](const QString &intent, const QString &text) {
        return GraphStep{GraphStep::Type::User, strings.intern(intent), strings.intern(text), 1};
    };
    const auto action = [&](int name) { return GraphStep{GraphStep::Type::Action, name, -1, 0}; };
    GraphSequence story;
    story.steps = {
        action(listen), user(u"greet"_s, u"hello"_s), action(strings.intern(u"utter_greet"_s)),
        action(listen), user(u"bye"_s, {}),           action(strings.intern(u"utter_bye"_s)),
        action(listen)};
    GraphSequence other;
    other.steps = {action(listen), user(u"ask"_s, {}), action(strings.intern(u"utter_answer"_s)),
                   action(listen)};
    GraphSequence current;
    current.kind = SequenceKind::Conversation;
    current.steps = {action(listen), user(u"greet"_s, longText),
                     action(strings.intern(u"utter_greet"_s)), action(listen)};
    QList<const GraphSequence *> sequences{&story, &other, &current};
    return *GraphBuilder(strings).build(sequences, 2);
}

} // namespace

class TestGraphSvgWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneGroupPerNodeAndEdge();
    void dimsNodesOffThePath();
    void drawsDashedAndColouredNodes();
    void escapesAndElidesLabels();
};

void TestGraphSvgWriter::writesOneGroupPerNodeAndEdge()
{
    const StoryGraph graph = sampleGraph(u"hello"_s);
    const GraphLayout layout = *LayeredLayout::run(graph);
    const QList<Element> elements = parse(GraphSvgWriter::write(graph, layout));
    QCOMPARE(elements.first().name, u"svg"_s);
    QCOMPARE(
        elements.first().attributes.value(u"viewBox"_s).toString(),
        u"0 0 %1 %2"_s.arg(layout.size.width(), 0, 'f', 1).arg(layout.size.height(), 0, 'f', 1));
    for (const StoryGraphNode &node : graph.nodes) {
        const Element *g = group(elements, GraphSvgWriter::nodeElementId(node.id));
        QVERIFY2(g, qPrintable(node.displayLabel));
        QCOMPARE(g->attributes.value(u"class"_s).toString(),
                 QString(u"node "_s + node.cssClass()).trimmed());
    }
    for (int e = 0; e < graph.edges.size(); ++e)
        QVERIFY(group(elements, u"edge-%1"_s.arg(e)));
    const auto count = [&elements](const QString &name) {
        return std::count_if(elements.cbegin(), elements.cend(),
                             [&name](const Element &e) { return e.name == name; });
    };
    QCOMPARE(count(u"rect"_s), graph.nodes.size());
    QCOMPARE(count(u"path"_s), graph.edges.size());
    QCOMPARE(count(u"polygon"_s), graph.edges.size());
}

void TestGraphSvgWriter::dimsNodesOffThePath()
{
    const StoryGraph graph = sampleGraph(u"hello"_s);
    const GraphLayout layout = *LayeredLayout::run(graph);
    const QList<Element> dimmed = parse(GraphSvgWriter::write(graph, layout));
    GraphSvgWriter::Options flat;
    flat.dimInactive = false;
    const QList<Element> plain = parse(GraphSvgWriter::write(graph, layout, flat));
    int dimmedNodes = 0;
    for (const StoryGraphNode &node : graph.nodes) {
        const QString id = GraphSvgWriter::nodeElementId(node.id);
        const QString opacity = group(dimmed, id)->attributes.value(u"opacity"_s).toString();
        const bool onPath = node.isActive() || node.kind == GraphNodeKind::Start;
        QCOMPARE(opacity, onPath ? u"1"_s : u"0.4"_s);
        dimmedNodes += onPath ? 0 : 1;
        QCOMPARE(group(plain, id)->attributes.value(u"opacity"_s).toString(), u"1"_s);
    }
    QVERIFY(dimmedNodes >= 3); // utter_bye, utter_answer, END, ...
}

void TestGraphSvgWriter::drawsDashedAndColouredNodes()
{
    const StoryGraph graph = sampleGraph(u"hello"_s);
    const QList<Element> elements = parse(GraphSvgWriter::write(graph, *LayeredLayout::run(graph)));
    QHash<QString, QString> fillByClass;
    bool sawDashedWaiting = false;
    for (int i = 0; i < elements.size(); ++i) {
        if (elements.at(i).name != u"rect"_s)
            continue;
        // the group two elements before (g, title, rect)
        const QString cls = elements.at(i - 2).attributes.value(u"class"_s).toString();
        fillByClass.insert(cls.section(u' ', 1, 1),
                           elements.at(i).attributes.value(u"fill"_s).toString());
        if (cls == u"node intent dashed active"_s)
            sawDashedWaiting = elements.at(i).attributes.hasAttribute(u"stroke-dasharray"_s);
    }
    QCOMPARE(fillByClass.value(u"start"_s), u"#77ff77"_s);
    QCOMPARE(fillByClass.value(u"end"_s), u"#ff7777"_s);
    QCOMPARE(fillByClass.value(u"intent"_s), u"#77ffff"_s);
    QCOMPARE(fillByClass.value(u"ellipsis"_s), u"#cccccc"_s);
    QVERIFY(sawDashedWaiting);
}

void TestGraphSvgWriter::escapesAndElidesLabels()
{
    const QString text = u"<b>Tom & Jerry</b> say \"hi\" and then talk for a very long while"_s;
    const StoryGraph graph = sampleGraph(text);
    const QByteArray svg = GraphSvgWriter::write(graph, *LayeredLayout::run(graph));
    const QList<Element> elements = parse(svg); // fails on broken XML
    QStringList texts, titles;
    for (const Element &element : elements) {
        if (element.name == u"text"_s)
            texts.append(element.text);
        if (element.name == u"title"_s)
            titles.append(element.text);
    }
    QVERIFY(titles.contains(text)); // the full text as a tooltip
    StoryGraphNode node;
    node.displayLabel = text;
    const QString drawn = GraphMetrics::visibleLabel(node);
    QVERIFY(texts.contains(drawn));
    QVERIFY(drawn.size() <= GraphMetrics::MaxLabelLength);
    QVERIFY(drawn.startsWith(u"<b>Tom"_s));
    QVERIFY(drawn.contains(u"…"_s));
}

QTEST_GUILESS_MAIN(TestGraphSvgWriter)
#include "tst_graphsvgwriter.moc"
