#include "cli/graphcommand.h"

#include "session/sessiondocument.h"
#include "testsupport/testdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestGraphCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesRasasGraphAsJson_data();
    void writesRasasGraphAsJson();
    void readsFolders();
    void writesDotAndSvg();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void readsSessionFiles();

private:
    int run(const QStringList &arguments);
    QString m_errors;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGraphCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_errors.clear();
}

int TestGraphCommand::run(const QStringList &arguments)
{
    QTextStream errors(&m_errors);
    return runGraphCommand(arguments, errors);
}

void TestGraphCommand::writesRasasGraphAsJson_data()
{
    QTest::addColumn<QString>("stories");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("moodbot") << u"rasa/examples/moodbot/data/stories.yml"_s
                             << u"rasa/examples/moodbot/domain.yml"_s
                             << u"graph/moodbot_stories_graph.json"_s;
    QTest::newRow("synthetic") << u"graph/synthetic_100_stories.yml"_s
                               << u"graph/synthetic_domain.yml"_s
                               << u"graph/synthetic_100_graph.json"_s;
}

void TestGraphCommand::writesRasasGraphAsJson()
{
    QFETCH(QString, stories);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    const QString output = m_dir->filePath(u"graph.json"_s);
    QCOMPARE(run({u"--stories"_s, TestSupport::dataPath(stories), u"--domain"_s,
                  TestSupport::dataPath(domain), u"--format"_s, u"json"_s, u"--output"_s, output}),
             0);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors));
    // Every node with every attribute, every edge in order: Rasa's own dump.
    QCOMPARE(TestSupport::readJson(output), TestSupport::readJson(TestSupport::dataPath(expected)));
}

void TestGraphCommand::readsFolders()
{
    const QString output = m_dir->filePath(u"graph.json"_s);
    QCOMPARE(run({u"--stories"_s, TestSupport::dataPath(u"rasa/examples/moodbot/data"_s),
                  u"--domain"_s, TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s),
                  u"--format"_s, u"json"_s, u"--output"_s, output}),
             0);
    const QJsonObject nodes = TestSupport::readJson(output)[u"nodes"_s].toObject();
    QStringList labels;
    for (const QJsonValue &node : nodes)
        labels.append(node[u"label"_s].toString());
    // the stories (yml and md say the same) and the rules' snippet actions
    QVERIFY(labels.contains(u"utter_cheer_up"_s));
    QVERIFY(labels.contains(u"utter_iamabot"_s));
    QVERIFY(labels.contains(u"..."_s));
}

void TestGraphCommand::writesDotAndSvg()
{
    const QStringList input{
        u"--stories"_s, TestSupport::dataPath(u"rasa/examples/moodbot/data/stories.yml"_s),
        u"--domain"_s, TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s)};
    const QString dot = m_dir->filePath(u"graph.dot"_s);
    QCOMPARE(run(input + QStringList{u"--format"_s, u"dot"_s, u"--output"_s, dot}), 0);
    const QByteArray dotText = TestSupport::readFile(dot);
    QVERIFY(dotText.startsWith("digraph"));
    QVERIFY(dotText.contains("0 -> 11"));
    QVERIFY(dotText.contains("label=\"mood_great\"")); // intent name for text-less steps
    const QString svg = m_dir->filePath(u"graph.svg"_s);
    QCOMPARE(run(input + QStringList{u"--format"_s, u"svg"_s, u"--output"_s, svg}), 0);
    const QByteArray svgText = TestSupport::readFile(svg);
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("id=\"node-0\""));
    QVERIFY(svgText.contains(">utter_cheer_up<"));
}

void TestGraphCommand::rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString stories = TestSupport::dataPath(u"graph/synthetic_100_stories.yml"_s);
    const QString domain = TestSupport::dataPath(u"graph/synthetic_domain.yml"_s);
    QTest::newRow("missing stories file") << QStringList{
        u"--stories"_s, u"/nonexistent/stories.yml"_s, u"--domain"_s, domain, u"--format"_s,
        u"json"_s} << u"/nonexistent/stories.yml: no such file or folder"_s;
    QTest::newRow("bad format") << QStringList{u"--stories"_s, stories,       u"--domain"_s,
                                               domain,         u"--format"_s, u"png"_s}
                                << u"--format must be json, dot or svg"_s;
    QTest::newRow("no domain") << QStringList{u"--stories"_s, stories, u"--format"_s, u"json"_s}
                               << u"--domain is required"_s;
    QTest::newRow("bad history") << QStringList{u"--stories"_s,     stories,
                                                u"--domain"_s,      domain,
                                                u"--format"_s,      u"json"_s,
                                                u"--max-history"_s, u"1"_s}
                                 << u"--max-history must be"_s;
    QTest::newRow("domain is broken YAML")
        << QStringList{u"--stories"_s, stories,
                       u"--domain"_s,  TestSupport::dataPath(u"graphgen/broken_domain.yml.txt"_s),
                       u"--format"_s,  u"json"_s}
        << u"broken_domain.yml"_s;
    QTest::newRow("nlu file as stories") << QStringList{
        u"--stories"_s, TestSupport::dataPath(u"rasa/examples/moodbot/data/nlu.yml"_s),
        u"--domain"_s,  domain,
        u"--format"_s,  u"json"_s} << u"nlu.yml: contains no stories or rules"_s;
    QTest::newRow("missing session")
        << QStringList{u"--stories"_s, stories,   u"--domain"_s,  domain,
                       u"--format"_s,  u"json"_s, u"--session"_s, u"/nonexistent/x.coach"_s}
        << u"/nonexistent/x.coach: cannot open the file"_s;
}

void TestGraphCommand::rejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString output = m_dir->filePath(u"out.json"_s);
    QCOMPARE(run(arguments + QStringList{u"--output"_s, output}), 1);
    QVERIFY2(m_errors.contains(message), qPrintable(m_errors));
    QCOMPARE(m_errors.count(u'\n'), 1); // one line
    QVERIFY(!QFile::exists(output));
}

void TestGraphCommand::readsSessionFiles()
{
    // A real session file, written as the app saves it.
    SessionDocument document;
    const int index = document.addConversation(u"default"_s);
    document.appendEvents(
        index,
        {Event::actionListen(),
         Event::user(u"hello there"_s, ParseData::corrected(u"hello there"_s, u"greet"_s, {})),
         Event::action(u"utter_greet"_s), Event::actionListen()});
    document.setCurrentConversation(index);
    const QString good = m_dir->filePath(u"good.coach"_s);
    QVERIFY(document.saveAs(good));
    const QStringList input{
        u"--stories"_s, TestSupport::dataPath(u"rasa/examples/moodbot/data/stories.yml"_s),
        u"--domain"_s,  TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s),
        u"--format"_s,  u"json"_s,
        u"--output"_s,  m_dir->filePath(u"g.json"_s)};
    QCOMPARE(run(input + QStringList{u"--session"_s, good}), 0);
    const QJsonObject nodes =
        TestSupport::readJson(m_dir->filePath(u"g.json"_s))[u"nodes"_s].toObject();
    bool sawUserText = false, sawWaiting = false;
    for (const QJsonValue &node : nodes) {
        sawUserText = sawUserText || node[u"label"_s].toString() == u"hello there"_s;
        sawWaiting = sawWaiting || node[u"class"_s].toString() == u"intent dashed active"_s;
    }
    QVERIFY(sawUserText);
    QVERIFY(sawWaiting);

    const QString bad = m_dir->filePath(u"bad.coach"_s);
    QFile damaged(bad);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not a session");
    damaged.close();
    QCOMPARE(run(input + QStringList{u"--session"_s, bad}), 1);
    QVERIFY2(m_errors.contains(u"bad.coach"_s), qPrintable(m_errors));
}

QTEST_GUILESS_MAIN(TestGraphCommand)
#include "tst_graphcommand.moc"
